package org.custodian.register;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The DPO's decision on a security measure (SEC-7).
 *
 * @param status        the new status
 * @param justification required for {@link MeasureStatus#EQUIVALENT} and {@link MeasureStatus#NOT_APPLICABLE}
 * @param owner         who is responsible for the measure
 */
public record MeasureDecision(
        @NotNull(message = "{register.security.status.required}") MeasureStatus status,
        @Size(max = 2000, message = "{validation.tooLong}") String justification,
        @Size(max = 200, message = "{validation.tooLong}") String owner) {

    /**
     * 000 §10: the organisation adopts the measures, or justifies their equivalence or not needing them.
     */
    @AssertTrue(message = "{register.security.justification.required}")
    public boolean isJustified() {
        return status == null || !status.needsJustification() || (justification != null && !justification.isBlank());
    }
}
