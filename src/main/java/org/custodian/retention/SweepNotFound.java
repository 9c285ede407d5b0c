package org.custodian.retention;

import java.util.UUID;

import org.custodian.shared.RecordNotFound;

/** No retention sweep has this id. */
public class SweepNotFound extends RecordNotFound {

    private SweepNotFound(String message) {
        super(message);
    }

    public static SweepNotFound forId(UUID id) {
        return new SweepNotFound("No retention sweep with id " + id);
    }
}
