/**
 * E-mail prospecting campaigns (PRO-5, PRO-2, PRO-8, INF-4, CON-4): a campaign's definition and template, and its
 * sending: the audience walked in id order by batches whose eligibility is re-checked at send time
 * ({@link org.custodian.prospecting.CampaignEligibility}), one message per person at most written to the mail
 * module's outbox and delivered after commit, resumable after a crash, with the one-click unsubscribe headers, click
 * tracking and the Art. 14 information for data from a third party.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Campaigns",
        allowedDependencies = { "audit", "consent", "contacts", "mail", "prospecting", "shared" })
package org.custodian.campaigns;
