/**
 * E-mail prospecting campaigns (PRO-5, PRO-2, PRO-8, INF-4, CON-4): a campaign's definition — purpose, channel,
 * product family, the professions its subject relates to, the audience filters on the file's ordinary data only, the
 * sender — and its template, which must carry the unsubscribe link; the composition of a message, to which Custodian
 * adds the sender's identity and the opposition sentence; the preview of who is in and who is out, and why, asked of
 * the eligibility engine ({@link org.custodian.prospecting.CampaignEligibility}); and the sending: the audience walked
 * by batches whose eligibility is re-checked at send time, one message per person at most written to the mail
 * module's outbox and delivered after commit, resumable after a crash, with the one-click unsubscribe headers, click
 * tracking and the Art. 14 information for data from a third party.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Campaigns",
        allowedDependencies = { "audit", "consent", "contacts", "mail", "prospecting", "shared" })
package org.custodian.campaigns;
