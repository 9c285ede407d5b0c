package org.custodian.consent;

/**
 * Staff's statement of how a person gave a consent by letter, on the phone or in person (Camille may not
 * tick a consent on the customer's behalf without recording how it was given). Both parts are required.
 *
 * @param how     the way it was given
 * @param details what identifies it: the date and reference of the letter, the call, the shop
 */
public record StaffStatement(HowGiven how, String details) {

    /** The longest details kept, so that the source fits the ledger's column with its prefix. */
    public static final int MAX_DETAILS = 150;

    public StaffStatement {
        if (how == null) {
            throw new IllegalArgumentException("how the consent was given is required");
        }
        if (details == null || details.isBlank()) {
            throw new IllegalArgumentException("the details of how the consent was given are required");
        }
        details = details.strip();
        if (details.length() > MAX_DETAILS) {
            throw new IllegalArgumentException("the details are longer than " + MAX_DETAILS + " characters");
        }
    }

    /** The ledger's source: how, then the details. */
    String source() {
        return how.label() + " : " + details;
    }
}
