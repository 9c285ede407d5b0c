/**
 * Commercial prospecting (PRO-2, PRO-3, PRO-6, PRO-8, DSR-5): the rules of law that decide, person by person, whether
 * a campaign may reach someone and say why ({@link org.custodian.prospecting.EligibilityRules} over
 * {@link org.custodian.prospecting.ProspectFacts}), and the suppression list of oppositions kept as keyed hashes that
 * outlive the person's erasure ({@link org.custodian.prospecting.SuppressionList}). It reads the consent ledger and
 * the persons; nothing else reads it yet.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Prospecting",
        allowedDependencies = { "audit", "consent", "contacts", "mail", "shared" })
package org.custodian.prospecting;
