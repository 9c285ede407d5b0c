package org.custodian.prospecting;

import static org.custodian.prospecting.EligibilityDecision.evidenceOf;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

import org.custodian.contacts.PersonType;

/**
 * PRO-6 — 000 §7: customers «may be kept during the commercial relationship, then for a period of three years from
 * the end of the commercial relationship (for example, at from a purchase, the expiry date of a warranty, the end of a
 * service contract or the last contact from the customer)»; a prospect «for a period of three years from their
 * collection by the data controller or the last contact from the prospect». Once the period is over, the person is not
 * canvassed any more.
 *
 * @param period how long after the last of those dates the person may still be canvassed (3 years)
 */
record ProspectRetention(Period period) {

    /** The period of the standard. */
    static final Period THREE_YEARS = Period.ofYears(3);

    ProspectRetention {
        Objects.requireNonNull(period, "period");
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("The prospecting period must be positive");
        }
        if (period.getDays() != 0 || period.toTotalMonths() % 12 != 0) {
            throw new IllegalArgumentException("The prospecting period is a number of years");
        }
    }

    /** Excluded when the period after the last date that counts ended on or before {@code today}. */
    Optional<EligibilityDecision> decide(ProspectFacts facts, LocalDate today) {
        var customer = facts.type() == PersonType.CUSTOMER && !facts.purchases().isEmpty();
        var last = customer ? null : facts.collectedOn();
        String purchaseId = null;
        if (customer) {
            for (var purchase : facts.purchases()) {
                if (last == null || purchase.lastDay().isAfter(last)) {
                    last = purchase.lastDay();
                    purchaseId = purchase.id().toString();
                }
            }
        }
        if (facts.lastContactOn() != null && facts.lastContactOn().isAfter(last)) {
            last = facts.lastContactOn();
            purchaseId = null;
        }
        if (today.isBefore(last.plus(period))) {
            return Optional.empty();
        }
        var years = period.toTotalMonths() / 12;
        return Optional.of(EligibilityDecision.excluded(EligibilityRule.RETENTION, customer
                ? "prospecting.reason.retention.customer" : "prospecting.reason.retention.prospect",
                evidenceOf("lastDate", last, "purchaseId", purchaseId, "lastContactDate", facts.lastContactOn()),
                last, years));
    }
}
