package org.custodian.prospecting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.custodian.consent.ConsentStatus;
import org.custodian.contacts.GenericCompanyAddress;
import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonType;
import org.custodian.shared.PersonId;

/**
 * What the eligibility rules read about one person for one campaign (PRO-2): plain values, gathered set-based by the
 * engine from the file, the consent ledger, the suppression list and the restrictions; no database behind them.
 *
 * @param personId                      the person
 * @param type                          prospect or customer
 * @param audience                      consumer or professional
 * @param email                         the address the campaign would use; null when there is none
 * @param genericAddress                why the address is a company's generic one ({@code contact@}…: on the list
 *                                      the administrator keeps, or marked by staff), null when it is not
 * @param jobTitle                      the professional's job title, null when unknown
 * @param sector                        the professional's sector, null when unknown
 * @param collectedOn                   the day the person's data was collected ({@code person.collected_at}: stated
 *                                      from the old file when the company moved to Custodian, else their entry)
 * @param lastContactOn                 the last contact from the person (a request, a reply, a click; not an
 *                                      opening), null when none
 * @param oppositionOfferedAtCollection the person was informed and offered to object when their details were
 *                                      collected (a form with its notice, a sale); false for data bought or scraped
 * @param consent                       the current ledger state of prospecting on the campaign's channel, null when
 *                                      nothing was ever recorded
 * @param softOptIns                    the evidence recorded at sales that the address was collected there
 * @param purchases                     the person's purchases and contracts
 * @param suppression                   the suppression-list entry covering the campaign's channel, null when none
 * @param restriction                   the restriction of processing in force (DSR-5), null when none
 * @param messagesInWindow              prospecting messages the person received within the frequency cap's window
 */
public record ProspectFacts(
        PersonId personId,
        PersonType type,
        Audience audience,
        String email,
        GenericCompanyAddress.Basis genericAddress,
        String jobTitle,
        String sector,
        LocalDate collectedOn,
        LocalDate lastContactOn,
        boolean oppositionOfferedAtCollection,
        ConsentFact consent,
        List<SoftOptInEvidence> softOptIns,
        List<Purchase> purchases,
        SuppressionFact suppression,
        RestrictionFact restriction,
        int messagesInWindow) {

    public ProspectFacts {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(collectedOn, "collectedOn");
        if (messagesInWindow < 0) {
            throw new IllegalArgumentException("messagesInWindow cannot be negative");
        }
        softOptIns = List.copyOf(softOptIns);
        purchases = List.copyOf(purchases);
    }

    /**
     * A ledger state of prospecting on one channel.
     *
     * @param id     the ledger record (or the pending request) it comes from
     * @param status where it stands; only {@link ConsentStatus#ACTIVE} is a confirmed consent with its proof
     * @param at     when it was recorded (for a confirmed e-mail consent, its confirmation)
     */
    public record ConsentFact(UUID id, ConsentStatus status, Instant at) {

        public ConsentFact {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(at, "at");
        }

        boolean confirmed() {
            return status == ConsentStatus.ACTIVE;
        }
    }

    /**
     * What a sale recorded about the address (the soft opt-in of CPCE L.34-5).
     *
     * @param id                  the evidence's record
     * @param recordedAt          when it was recorded
     * @param purchaseId          the sale at which the address was collected, null when not tied to one
     * @param productFamily       the product family of that sale
     * @param collectedAtSale     the address was collected at that sale
     * @param oppositionOffered   the person was offered, expressly and free of charge, to object at collection
     * @param opposed             the person objected then (ticked the box)
     * @param byThisOrganisation  collected by the organisation that sends the campaign, not by another one
     * @param collectedOn         the day of the sale, which the reasons name; null when unknown (then the day it was
     *                            recorded)
     */
    public record SoftOptInEvidence(UUID id, Instant recordedAt, UUID purchaseId, String productFamily,
            boolean collectedAtSale, boolean oppositionOffered, boolean opposed, boolean byThisOrganisation,
            LocalDate collectedOn) {

        public SoftOptInEvidence {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(recordedAt, "recordedAt");
        }

        /** Evidence whose sale day is the day it was recorded. */
        public SoftOptInEvidence(UUID id, Instant recordedAt, UUID purchaseId, String productFamily,
                boolean collectedAtSale, boolean oppositionOffered, boolean opposed, boolean byThisOrganisation) {
            this(id, recordedAt, purchaseId, productFamily, collectedAtSale, oppositionOffered, opposed,
                    byThisOrganisation, null);
        }

        /** The day of the sale, in {@code zone} when only the recording instant is known. */
        LocalDate day(ZoneId zone) {
            return collectedOn != null ? collectedOn : LocalDate.ofInstant(recordedAt, zone);
        }
    }

    /**
     * A purchase or a contract, for the end of the commercial relationship (PRO-6) and the families bought.
     *
     * @param warrantyEnd null when no warranty runs
     * @param contractEnd null when no service contract runs
     */
    public record Purchase(UUID id, LocalDate date, String productFamily, LocalDate warrantyEnd,
            LocalDate contractEnd) {

        public Purchase {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(date, "date");
        }

        /** The latest date this purchase keeps the relationship going. */
        LocalDate lastDay() {
            var last = date;
            if (warrantyEnd != null && warrantyEnd.isAfter(last)) {
                last = warrantyEnd;
            }
            if (contractEnd != null && contractEnd.isAfter(last)) {
                last = contractEnd;
            }
            return last;
        }
    }

    /** An entry of the suppression list that matches the person's address. */
    public record SuppressionFact(UUID id, Instant at, SuppressionChannel channel) {

        public SuppressionFact {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(channel, "channel");
        }
    }

    /** A restriction of processing (DSR-5), in force since {@code since}. */
    public record RestrictionFact(UUID id, Instant since) {

        public RestrictionFact {
            Objects.requireNonNull(since, "since");
        }
    }
}
