package org.custodian.prospecting;

/**
 * The state of a ledger record {@code c} of {@code consent_record}, as the consent module's view
 * {@code consent_current} (V33) and {@code consent.CurrentConsent} derive it: a withdrawal or an objection stands as
 * such, a consent imported without proof is not usable, any other consent is. The eligibility reads join the latest
 * record themselves (see {@link EligibilityQuery}); the agreement test checks the result against
 * {@code consent.ConsentFacts}.
 */
final class ConsentSql {

    static final String STATUS = "CASE WHEN c.id IS NULL THEN NULL WHEN c.event IN ('WITHDRAWN', 'OBJECTED') THEN c.event"
            + " WHEN c.proof = 'IMPORT_WITHOUT_PROOF' THEN 'ACTIVE_WITHOUT_PROOF' ELSE 'ACTIVE' END";

    private ConsentSql() {
    }
}
