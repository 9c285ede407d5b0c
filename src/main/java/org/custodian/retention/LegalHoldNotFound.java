package org.custodian.retention;

import java.util.UUID;

import org.custodian.shared.RecordNotFound;

/** No legal hold has this id. */
public class LegalHoldNotFound extends RecordNotFound {

    private LegalHoldNotFound(String message) {
        super(message);
    }

    public static LegalHoldNotFound forId(UUID id) {
        return new LegalHoldNotFound("No legal hold with id " + id);
    }
}
