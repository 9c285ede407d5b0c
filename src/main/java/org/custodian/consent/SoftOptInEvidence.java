package org.custodian.consent;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The evidence of a soft opt-in to record (issue 9 §1, seed 000 §4 « Electronically, for similar goods and services
 * already purchased », seed 003 and CPCE L.34-5): the person's address was collected from them at a sale, and they were
 * offered then, simply and free of charge, to object to its use for prospecting — and did or did not. It is recorded
 * with its proof like a consent: staff state how ({@link #byStaff}), a web shop sends the buyer's IP address, user
 * agent and page ({@link #byApi}).
 *
 * @param personId          the buyer
 * @param channel           {@link Channel#EMAIL} or {@link Channel#SMS}: L.34-5 covers electronic mail, which SMS is
 * @param saleReference     the order or invoice number of the sale
 * @param purchaseId        the purchase recorded in the customer file, when there is one (optional)
 * @param collectedOn       the day the address was collected, at the sale
 * @param oppositionOffered whether the person was offered to object when the address was collected
 * @param oppositionHow     how they were offered it (« case à cocher sur le bon de commande »); required when offered
 * @param opposed           whether the person objected then
 * @param proof             {@link ProofKind#STAFF}, {@link ProofKind#API} or {@link ProofKind#FORM}
 * @param source            staff's statement, the shop page's address (or a label of {@link ProofOrigin}), the form
 * @param formRef           the form, for {@link ProofKind#FORM}
 * @param formVersion       its version, for {@link ProofKind#FORM}
 * @param ip                the buyer's IP address, for {@link ProofKind#API} and {@link ProofKind#FORM}
 * @param userAgent         the buyer's browser, for {@link ProofKind#API} and {@link ProofKind#FORM}
 */
public record SoftOptInEvidence(UUID personId, Channel channel, String saleReference, UUID purchaseId,
        LocalDate collectedOn, boolean oppositionOffered, String oppositionHow, boolean opposed, ProofKind proof,
        String source, String formRef, Integer formVersion, String ip, String userAgent) {

    /** The longest sale reference kept. */
    public static final int MAX_SALE_REFERENCE = 100;
    /** The longest description of how the opposition was offered. */
    public static final int MAX_OPPOSITION_HOW = 200;

    /** Evidence staff record on the person page, with their statement of how the address was collected. */
    public static SoftOptInEvidence byStaff(UUID personId, Channel channel, String saleReference, UUID purchaseId,
            LocalDate collectedOn, boolean oppositionOffered, String oppositionHow, boolean opposed,
            StaffStatement statement) {
        return new SoftOptInEvidence(personId, channel, saleReference, purchaseId, collectedOn, oppositionOffered,
                oppositionHow, opposed, ProofKind.STAFF, statement == null ? null : statement.source(), null, null,
                null, null);
    }

    /** Evidence a web shop sends through the API, with the buyer's details at checkout. */
    public static SoftOptInEvidence byApi(UUID personId, Channel channel, String saleReference, UUID purchaseId,
            LocalDate collectedOn, boolean oppositionOffered, String oppositionHow, boolean opposed, String source,
            String ip, String userAgent) {
        return new SoftOptInEvidence(personId, channel, saleReference, purchaseId, collectedOn, oppositionOffered,
                oppositionHow, opposed, ProofKind.API, source, null, null, ip, userAgent);
    }

    /** What the evidence amounts to. */
    public SoftOptInStatus status() {
        return SoftOptInStatus.of(oppositionOffered, opposed);
    }
}
