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
 * @param legal      the legal mentions of the site (INF-3), published with the notice; null in versions published
 *                   before they were part of it
 */
public record NoticeDocument(String language, Controller controller, Dpo dpo, Rights rights, List<Purpose> purposes,
        List<Processor> processors, List<Partner> partners, List<Transfer> transfers, String complaint,
        LegalMentions legal) {

    /**
     * The legal mentions of the site (INF-3; LCEN art. 6 III): who publishes it, who is responsible for its content,
     * who hosts it.
     *
     * @param publisher           the controller's name
     * @param address             its address
     * @param registrationNumber  its SIREN or SIRET, if any
     * @param publicationDirector the person responsible for the content
     * @param hostingProvider     the host's name, address and phone
     * @param contact             the address to write to
     */
    public record LegalMentions(String publisher, String address, String registrationNumber,
            String publicationDirector, String hostingProvider, String contact) {
    }

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
     * @param recipients the recipients actually recorded, by category
     * @param retention  each retention rule in words
     * @param legitimateInterests the interests pursued, when a basis is legitimate interest (Art. 13(1)(d))
     * @param provision  whether giving the data is required and what happens if not (Art. 13(2)(e))
     * @param automatedDecision the logic of a decision taken by automated means alone, or null if none (13(2)(f))
     * @param dataSource where data not collected from the person comes from, or null (Art. 14(2)(f))
     */
    public record Purpose(String code, String name, String purpose, List<Basis> bases, List<String> categories,
            List<String> recipients, List<String> retention, String legitimateInterests, String provision,
            String automatedDecision, String dataSource) {
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
