package org.custodian.register;

import java.time.Instant;
import java.util.List;

/**
 * One kept version of an activity (REG-1): version 1 is the preloaded standard.
 *
 * @param version       1, 2, ...
 * @param changedAt     when
 * @param changedBy     who
 * @param justification the written justification of the deviation (the standard's reference for version 1)
 * @param changes       what changed compared with the previous version
 */
public record ActivityVersionView(int version, Instant changedAt, String changedBy, String justification,
        List<FieldChange> changes) {
}
