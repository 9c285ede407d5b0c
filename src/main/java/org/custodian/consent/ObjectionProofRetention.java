package org.custodian.consent;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * DSR-5, PRO-3: the proof of an objection or a withdrawal outlives the person's erasure, anonymised, for the purposes
 * of proof within the limit of the applicable limitation period (000 §7): five years for a claim of unlawful
 * prospecting (Civil Code art. 2224), counted from the person's statement.
 *
 * @param period how long after the statement the proof is kept
 */
record ObjectionProofRetention(Period period) {

    /** The limitation period of the Civil Code, art. 2224, the default. */
    static final Period LIMITATION_PERIOD = Period.ofYears(5);

    ObjectionProofRetention {
        Objects.requireNonNull(period, "period");
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("The proof of an objection must be kept for some time");
        }
    }

    /** The day the proof of a statement made at {@code statedAt} is deleted at the latest. */
    Instant until(Instant statedAt) {
        return statedAt.atOffset(ZoneOffset.UTC).plus(period).toInstant();
    }

    /** The legal reason told to the person and written to the audit log. */
    String legalReason() {
        return "proof that the person's objection or withdrawal is honoured (GDPR Art. 7(3), 21), kept "
                + "anonymised for the limitation period (CNIL standard on commercial management, § 7; Civil Code art. 2224)";
    }
}
