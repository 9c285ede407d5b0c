package org.custodian.contacts;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * RET, PRO-6: the end of the commercial relationship with a customer, from which the three years of prospecting
 * are counted. CNIL standard on commercial management (seed 000, § 7, retention periods):
 *
 * <blockquote>Customer data used for commercial prospecting purposes may be kept during the commercial relationship,
 * then for a period of three years from the end of the commercial relationship (for example, at from a purchase, the
 * expiry date of a warranty, the end of a service contract or the last contact from the customer).</blockquote>
 *
 * <p>So the end is the latest of these dates: the last purchase, a warranty's expiry, a service contract's end, the
 * last contact from the customer. A warranty or contract still running puts it in the future: the relationship has
 * not ended. Pure: no clock, no database; the same rule is kept set-based in the person's
 * {@code relationship_end_at} column, raised on each purchase and contact.
 */
public final class CommercialRelationshipEnd {

    /** Seed 000, § 7: "a period of three years from the end of the commercial relationship". */
    public static final int PROSPECTING_YEARS = 3;

    private CommercialRelationshipEnd() {
    }

    /**
     * The end of the relationship from these facts, each of which may be absent.
     *
     * @return the latest of the dates given, empty when none is
     */
    public static Optional<LocalDate> latest(LocalDate lastPurchase, LocalDate warrantyEnd, LocalDate contractEnd,
            LocalDate lastContact) {
        return Stream.of(lastPurchase, warrantyEnd, contractEnd, lastContact)
                .filter(date -> date != null)
                .max(LocalDate::compareTo);
    }

    /**
     * The end of the relationship with a person from their purchases and their last contact.
     *
     * @return the latest purchase date, warranty end, contract end or contact, empty when the person has none
     */
    public static Optional<LocalDate> of(Collection<Purchase> purchases, LocalDate lastContact) {
        var end = Optional.ofNullable(lastContact);
        for (var purchase : purchases) {
            var dates = latest(purchase.date(), purchase.warrantyEnd(), purchase.contractEnd(), null);
            end = later(end, dates);
        }
        return end;
    }

    /** The latest date of one purchase: its date, its warranty's end or its contract's end. */
    static LocalDate of(Purchase purchase) {
        return latest(purchase.date(), purchase.warrantyEnd(), purchase.contractEnd(), null).orElseThrow();
    }

    /** The last day a customer may still be prospected: three years after the end of the relationship. */
    public static LocalDate prospectingUntil(LocalDate end) {
        return end.plusYears(PROSPECTING_YEARS);
    }

    private static Optional<LocalDate> later(Optional<LocalDate> a, Optional<LocalDate> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return a.get().isAfter(b.get()) ? a : b;
    }
}
