package org.custodian.contacts;

import org.custodian.shared.PersonId;
import org.custodian.shared.RecordNotFound;

/** No person has this identifier (or no longer: it was deleted). */
public class PersonNotFound extends RecordNotFound {

    private PersonNotFound(String message) {
        super(message);
    }

    public static PersonNotFound forId(PersonId id) {
        return new PersonNotFound("No person with id " + id);
    }
}
