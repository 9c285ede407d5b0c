package org.custodian.register;

import java.time.Instant;

/**
 * A measure of the security checklist (SEC-7, 000 §10) with the DPO's decision.
 *
 * @param id            stable number, in the order of the standard's table
 * @param category      the table's category (authenticate users, manage authorisations ...)
 * @param measure       the measure
 * @param implementedBy the Custodian feature that covers it, if any, for the DPO to check
 * @param status        done, equivalent, not applicable or to do
 * @param justification why an equivalent measure suffices or why the measure does not apply
 * @param owner         who is responsible for it
 * @param updatedAt     last decision (null until the DPO decides)
 * @param updatedBy     who decided
 */
public record SecurityMeasureView(long id, LocalizedText category, LocalizedText measure, LocalizedText implementedBy,
        MeasureStatus status, String justification, String owner, Instant updatedAt, String updatedBy) {
}
