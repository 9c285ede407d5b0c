/**
 * E-mail prospecting campaigns (PRO-5, PRO-2, CON-4): a campaign's definition — purpose, channel, product family,
 * the professions its subject relates to, the audience filters on the file's ordinary data only, the sender — and
 * its template, which must carry the unsubscribe link; the composition of a message, to which Custodian adds the
 * sender's identity and the opposition sentence; the preview of who is in and who is out, and why, asked of the
 * eligibility engine ({@link org.custodian.prospecting.CampaignEligibility}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Campaigns",
        allowedDependencies = { "audit", "consent", "contacts", "prospecting", "shared" })
package org.custodian.campaigns;
