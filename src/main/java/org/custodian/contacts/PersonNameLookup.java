package org.custodian.contacts;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.custodian.shared.PageRequest;
import org.custodian.shared.PersonId;
import org.custodian.shared.PersonNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer file's answer to {@link PersonNames}: names for the audit log's screen, for the roles that may read
 * persons only (the administrator, who runs the application, sees a neutral reference instead).
 */
@Component
class PersonNameLookup implements PersonNames {

    /** The roles of the customer file's readers, as on its screens ({@code contacts.web.Roles.READ}). */
    private static final Set<String> READERS = Set.of("ROLE_SALES", "ROLE_SUPPORT", "ROLE_MARKETING", "ROLE_ACCOUNTING",
            "ROLE_DPO");

    private final JdbcClient jdbc;
    private final Persons persons;

    PersonNameLookup(JdbcClient jdbc, Persons persons) {
        this.jdbc = jdbc;
        this.persons = persons;
    }

    @Override
    public boolean visibleToCurrentUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(READERS::contains);
    }

    /** One query for the page of ids; a person whose erasure is under way is no longer on file. */
    @Override
    @Transactional(readOnly = true)
    public Map<PersonId, String> of(Collection<PersonId> ids) {
        var names = new HashMap<PersonId, String>();
        if (ids.isEmpty() || !visibleToCurrentUser()) {
            return names;
        }
        jdbc.sql("SELECT id, last_name, first_names FROM person WHERE id IN (:ids) AND "
                        + PersonRepository.NOT_ERASING)
                .param("ids", ids.stream().map(PersonId::value).distinct().toList())
                .query((rs, row) -> Map.entry(new PersonId(rs.getObject("id", UUID.class)),
                        name(rs.getString("last_name"), rs.getString("first_names"))))
                .list()
                .forEach(found -> names.put(found.getKey(), found.getValue()));
        return names;
    }

    @Override
    public List<PersonId> find(String query, int limit, String purpose) {
        if (query == null || query.isBlank() || !visibleToCurrentUser()) {
            return List.of();
        }
        return persons.search(query, PageRequest.of(0, limit), purpose).content().stream()
                .map(PersonView::id).toList();
    }

    /** As {@link PersonView#displayName()}: last name in capitals, then first names. */
    private static String name(String lastName, String firstNames) {
        var last = lastName.toUpperCase(Locale.FRENCH);
        return firstNames == null || firstNames.isBlank() ? last : last + " " + firstNames;
    }
}
