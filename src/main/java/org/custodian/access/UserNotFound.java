package org.custodian.access;

import org.custodian.shared.RecordNotFound;

/**
 * No staff account with this id.
 */
class UserNotFound extends RecordNotFound {

    private UserNotFound(String message) {
        super(message);
    }

    static UserNotFound forId(long id) {
        return new UserNotFound("No staff user " + id);
    }
}
