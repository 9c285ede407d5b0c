package org.custodian.access;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.custodian.shared.StaffNames;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff accounts' answer to {@link StaffNames}: the full name of each account of a page of logins, in one query.
 * Disabled accounts keep their name: the register still says who acted.
 */
@Component
class StaffNameLookup implements StaffNames {

    private final StaffUserRepository users;

    StaffNameLookup(StaffUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> of(Collection<String> logins) {
        var names = new HashMap<String, String>();
        if (logins.isEmpty()) {
            return names;
        }
        var byLogin = new HashMap<String, String>();
        for (var login : logins) {
            if (login != null) {
                byLogin.put(StaffUserRepository.normalise(login), login);
            }
        }
        users.displayNames(byLogin.keySet()).forEach((username, name) -> {
            var asked = byLogin.get(username);
            if (asked != null && name != null && !name.isBlank()) {
                names.put(asked, name);
            }
        });
        return names;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> loginsNamed(String fragment, int limit) {
        return fragment == null || fragment.isBlank() ? List.of() : users.usernamesNamed(fragment.strip(), limit);
    }
}
