package org.custodian.retention;

import java.util.UUID;

import org.custodian.shared.RecordNotFound;

/** The archive holds no person with this id (never archived, or deleted at the end of the archive period). */
public class ArchivedPersonNotFound extends RecordNotFound {

    private ArchivedPersonNotFound(String message) {
        super(message);
    }

    public static ArchivedPersonNotFound forId(UUID id) {
        return new ArchivedPersonNotFound("No archived person with id " + id);
    }
}
