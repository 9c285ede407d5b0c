package org.custodian.notices;

import java.util.List;

/**
 * The privacy notice (Art. 13 GDPR, INF-1) in one language, every text already in words; the public page renders it
 * and {@code /p/privacy.json} serves it as is. Codes ({@code basis}, {@code mechanism}) stay machine-readable.
 *
 * @param language   {@code fr} or {@code en}
 * @param controller who is responsible for the processing
 * @param dpo        how to reach the data protection officer
 * @param rights     where and how people exercise their rights, and which rights they have
 * @param purposes   every purpose of the register with its legal bases, data, recipients and retention
 * @param processors the processors acting on the controller's behalf
 * @param partners   the full list of partners that may receive data for their own prospecting
 * @param transfers  the transfers outside the European Union with their safeguard
 * @param complaint  the right to lodge a complaint with the CNIL
 */
public record NoticeDocument(String language, Controller controller, Dpo dpo, Rights rights, List<Purpose> purposes,
        List<Processor> processors, List<Partner> partners, List<Transfer> transfers, String complaint) {

    /**
     * The controller (Art. 13 1.a).
     *
     * @param name               legal name
     * @param address            postal address
     * @param registrationNumber SIREN or SIRET, when registered in France
     */
    public record Controller(String name, String address, String registrationNumber) {
    }

    /**
     * The data protection officer (Art. 13 1.b).
     *
     * @param name  a person or a firm
     * @param email address
     * @param phone optional phone
     */
    public record Dpo(String name, String email, String phone) {
    }

    /**
     * The rights and how to exercise them (Art. 13 2.b-c).
     *
     * @param email         the address for requests
     * @param postalAddress an optional postal address for requests
     * @param list          each right in words
     */
    public record Rights(String email, String postalAddress, List<Right> list) {
    }

    /**
     * One right.
     *
     * @param code        ACCESS, RECTIFICATION, ERASURE, RESTRICTION, PORTABILITY, OBJECTION, OBJECTION_PROSPECTING,
     *                    WITHDRAW_CONSENT
     * @param description the right in words
     */
    public record Right(String code, String description) {
    }

    /**
     * A purpose of the register (Art. 13 1.c, 1.e, 2.a).
     *
     * @param code       the activity's stable code
     * @param name       its name
     * @param purpose    what the data is used for
     * @param bases      its legal bases
     * @param categories the categories of data
     * @param recipients the categories of recipients
     * @param retention  each retention rule in words
     */
    public record Purpose(String code, String name, String purpose, List<Basis> bases, List<String> categories,
            List<String> recipients, List<String> retention) {
    }

    /**
     * A legal basis of a purpose.
     *
     * @param basis     CONSENT, CONTRACT, LEGAL_OBLIGATION or LEGITIMATE_INTEREST
     * @param label     the basis in words
     * @param condition the case it applies to, or null when always
     */
    public record Basis(String basis, String label, String condition) {
    }

    /**
     * A processor.
     *
     * @param name    the processor
     * @param service what it does
     */
    public record Processor(String name, String service) {
    }

    /**
     * A partner receiving data for its own prospecting.
     *
     * @param name    its identity
     * @param sector  its sector of activity
     * @param purpose the purpose of the transmission
     */
    public record Partner(String name, String sector, String purpose) {
    }

    /**
     * A transfer outside the EU (Art. 13 1.f).
     *
     * @param recipient  who receives the data
     * @param country    where
     * @param mechanism  ADEQUACY, STANDARD_CLAUSES, BCR or ART49_DEROGATION
     * @param safeguard  the mechanism in words
     * @param detail     the decision or clauses relied on
     */
    public record Transfer(String recipient, String country, String mechanism, String safeguard, String detail) {
    }
}
