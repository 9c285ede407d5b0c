package org.custodian.consent;

/**
 * How a person gave staff a consent outside any form: the statement staff must record with it, since
 * no click, IP address or browser proves it (PRO-1).
 */
public enum HowGiven {
    /** A signed letter or form received by post. */
    LETTER("Courrier"),
    /** A telephone call with customer service. */
    PHONE_CALL("Appel téléphonique"),
    /** In person, at a shop counter or a stand. */
    IN_PERSON("En personne (comptoir, magasin, salon)");

    private final String label;

    HowGiven(String label) {
        this.label = label;
    }

    /** The words written into the ledger's source, in the organisation's language (French). */
    String label() {
        return label;
    }
}
