package org.custodian.shared;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Names of persons for modules that hold person ids without owning the persons (the audit log): implemented by the
 * module that keeps the customer file, so that the others need not know its tables. Both lookups answer for the
 * current user only: nothing when their role may not read the customer file.
 */
public interface PersonNames {

    /**
     * The names (last name in capitals, then first names) of those of these persons still on file, in one lookup
     * for a page of ids; an id absent from the answer is no person on file (erased, or the id of something else).
     * Empty when the current user may not read persons.
     */
    Map<PersonId, String> of(Collection<PersonId> ids);

    /**
     * The persons whose name, e-mail or phone matches the query, at most {@code limit}, for a search by person in
     * another module's screen; audited as a search of the customer file with this purpose. Empty when the current
     * user may not read persons.
     */
    List<PersonId> find(String query, int limit, String purpose);

    /**
     * Whether the current user's role may read persons, hence see their names.
     */
    boolean visibleToCurrentUser();
}
