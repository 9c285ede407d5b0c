package org.custodian.access;

import org.custodian.shared.RecordNotFound;

/**
 * No API token with this id.
 */
class ApiTokenNotFound extends RecordNotFound {

    private ApiTokenNotFound(String message) {
        super(message);
    }

    static ApiTokenNotFound forId(long id) {
        return new ApiTokenNotFound("No API token " + id);
    }
}
