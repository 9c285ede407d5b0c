package org.custodian.rights;

import java.util.UUID;

import org.custodian.shared.RecordNotFound;

/** No rights request has this identifier. */
public class RightsRequestNotFound extends RecordNotFound {

    private RightsRequestNotFound(String message) {
        super(message);
    }

    public static RightsRequestNotFound forId(UUID id) {
        return new RightsRequestNotFound("No rights request with id " + id);
    }
}
