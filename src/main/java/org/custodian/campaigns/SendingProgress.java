package org.custodian.campaigns;

import java.time.Instant;
import java.util.Map;

import org.custodian.mail.MailStatus;

/**
 * Where the sending of a campaign stands and its results (PRO-5). Nothing held is counted as sent: {@code held} are
 * messages kept in the outbox because no SMTP server is configured.
 *
 * @param status       the campaign's status
 * @param audience     persons of the audience when the sending started (0 before)
 * @param processed    persons decided so far
 * @param written      messages written to the outbox
 * @param sent         accepted by the SMTP server, those that bounced afterwards included
 * @param held         held in the outbox (no SMTP server)
 * @param pending      waiting for delivery or being delivered, including retries
 * @param refused      refused by the SMTP server (or unreachable); retried until the outbox's last attempt
 * @param bounced      accepted, then reported undeliverable for good by the recipient's server (a hard bounce read
 *                     from the bounce mailbox)
 * @param withdrawn    stopped right before delivery: the recipient unsubscribed meanwhile
 * @param postponed    persons over the frequency cap (PRO-8)
 * @param excluded     persons a rule of law excludes
 * @param clicked      messages clicked at least once
 * @param clicks       clicks
 * @param unsubscribed persons who unsubscribed through a message of this campaign
 * @param smtp         whether an SMTP server is configured
 * @param postponedFrom when the first postponed person is back under the cap and is sent the campaign (PRO-8); null
 *                      while the audience is walked, or when none will be before the campaign closes
 * @param openUntil    until when the campaign still reaches its postponed persons; null while the audience is walked
 */
public record SendingProgress(CampaignStatus status, long audience, long processed, long written, long sent, long held,
        long pending, long refused, long bounced, long withdrawn, long postponed, long excluded, long clicked, long clicks,
        long unsubscribed, boolean smtp, Instant postponedFrom, Instant openUntil) {

    static SendingProgress of(CampaignStatus status, CampaignSendings.Walk walk, Map<CampaignMessageStatus, Long> decided,
            Map<MailStatus, Long> delivery, CampaignMessages.Engagement engagement, boolean smtp) {
        var pending = count(delivery, MailStatus.QUEUED) + count(delivery, MailStatus.SENDING)
                + count(delivery, MailStatus.AWAITING_ADDRESS);
        return new SendingProgress(status, walk == null ? 0 : walk.audience(), walk == null ? 0 : walk.processed(),
                count(decided, CampaignMessageStatus.QUEUED),
                count(delivery, MailStatus.SENT) + count(delivery, MailStatus.BOUNCED),
                count(delivery, MailStatus.HELD), pending, count(delivery, MailStatus.FAILED),
                count(delivery, MailStatus.BOUNCED),
                count(delivery, MailStatus.WITHDRAWN), count(decided, CampaignMessageStatus.POSTPONED),
                count(decided, CampaignMessageStatus.EXCLUDED), engagement.clicked(), engagement.clicks(),
                engagement.unsubscribed(), smtp, walk == null ? null : walk.postponedDueAt(),
                walk == null ? null : walk.openUntil());
    }

    private static <K> long count(Map<K, Long> counts, K key) {
        return counts.getOrDefault(key, 0L);
    }

    /** How far the walk of the audience is, 0 to 100. */
    public int percent() {
        if (audience == 0) {
            return status == CampaignStatus.SENT ? 100 : 0;
        }
        return (int) Math.min(100, processed * 100 / audience);
    }

    /** Whether the walk is over. */
    public boolean finished() {
        return status == CampaignStatus.SENT;
    }

    /**
     * Whether the figures still move on their own: the audience is being walked, or messages written are still waiting
     * for the SMTP server (the last batches leave after the walk ends), so the page keeps refreshing until the last
     * one is counted.
     */
    public boolean live() {
        return status == CampaignStatus.SENDING || pending > 0;
    }
}
