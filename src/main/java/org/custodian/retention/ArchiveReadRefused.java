package org.custodian.retention;

import java.util.List;

import org.custodian.shared.Violation;

/** A read of the archive without a stated reason (RET-2): nothing was read. */
public class ArchiveReadRefused extends RuntimeException {

    private final transient List<Violation> violations;

    ArchiveReadRefused(List<Violation> violations) {
        super("Archive read refused: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
