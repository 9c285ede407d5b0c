/**
 * Commercial prospecting (PRO-2, PRO-3, PRO-6, PRO-8, DSR-5): the rules of law that decide, person by person, whether
 * a campaign may reach someone and say why ({@link org.custodian.prospecting.EligibilityRules} over
 * {@link org.custodian.prospecting.ProspectFacts}), and the suppression list of oppositions kept as keyed hashes that
 * outlive the person's erasure ({@link org.custodian.prospecting.SuppressionList}), and the eligibility of a whole
 * audience ({@link org.custodian.prospecting.CampaignEligibility}), read set-based in SQL from the persons, their
 * purchases, the consent ledger and the soft opt-in evidence (tables and views the contacts and consent modules
 * document for such reads).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Prospecting",
        allowedDependencies = { "audit", "consent", "contacts", "shared" })
package org.custodian.prospecting;
