/**
 * Commercial prospecting (PRO-1, PRO-2, PRO-3, PRO-6, PRO-8, DSR-5): the rules of law that decide, person by person,
 * whether a campaign may reach someone and say why ({@link org.custodian.prospecting.EligibilityRules} over
 * {@link org.custodian.prospecting.ProspectFacts}), the suppression list of oppositions kept as keyed hashes that
 * outlive the person's erasure ({@link org.custodian.prospecting.SuppressionList}), and the links of a message — the
 * one-click unsubscribe and the preference centre ({@link org.custodian.prospecting.UnsubscribeLinks},
 * {@link org.custodian.prospecting.OptOuts}). It reads the consent ledger and the persons, writes withdrawals and
 * objections through the ledger, and mails preference-centre links through the outbox. The import and the public forms
 * ask it whether an address is on the list, and the consent confirmation asks it for a preference-centre link, through
 * interfaces of {@code shared} ({@code SuppressedAddresses}, {@code PreferenceCentre}) that it implements, since they
 * may not depend on it. The eligibility of a whole audience ({@link org.custodian.prospecting.CampaignEligibility})
 * is read set-based in SQL from the persons, their purchases, the consent ledger and the soft opt-in evidence.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Prospecting",
        allowedDependencies = { "audit", "consent", "contacts", "mail", "shared" })
package org.custodian.prospecting;
