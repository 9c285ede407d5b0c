package org.custodian.retention;

import java.util.UUID;

/**
 * The hold was released already (by someone else a moment before, when two release it at once): a hold is released
 * exactly once, and this release changed nothing.
 */
public class LegalHoldAlreadyReleased extends RuntimeException {

    private final UUID id;

    LegalHoldAlreadyReleased(UUID id) {
        super("Legal hold " + id + " was released already");
        this.id = id;
    }

    public UUID id() {
        return id;
    }
}
