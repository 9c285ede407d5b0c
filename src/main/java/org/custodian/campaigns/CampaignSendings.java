package org.custodian.campaigns;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The campaign's status as its sending moves it, and the walk of its audience ({@code campaign_sending}, V37). Every
 * change is a conditional update: starting succeeds once, a batch advances the cursor only from where it stood and
 * only for the node that holds the lease, so two nodes (or two threads) never write the same batch.
 */
@Repository
class CampaignSendings {

    private final JdbcClient jdbc;

    CampaignSendings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Moves a draft or scheduled campaign to SENDING; false when it was neither (already started, or cancelled). */
    boolean markSending(UUID id, Instant at, String by) {
        return jdbc.sql("""
                        UPDATE campaign SET status = 'SENDING', started_at = ?, updated_at = ?, updated_by = ?,
                            version = version + 1
                        WHERE id = ? AND status IN ('DRAFT', 'SCHEDULED')""")
                .params(Timestamp.from(at), Timestamp.from(at), by, id).update() == 1;
    }

    /** Schedules a draft (or moves a scheduled campaign); false when it is no longer a draft or scheduled. */
    boolean schedule(UUID id, Instant when, Instant at, String by) {
        return jdbc.sql("""
                        UPDATE campaign SET status = 'SCHEDULED', scheduled_at = ?, updated_at = ?, updated_by = ?,
                            version = version + 1
                        WHERE id = ? AND status IN ('DRAFT', 'SCHEDULED')""")
                .params(Timestamp.from(when), Timestamp.from(at), by, id).update() == 1;
    }

    List<UUID> dueScheduled(Instant now) {
        return jdbc.sql("SELECT id FROM campaign WHERE status = 'SCHEDULED' AND scheduled_at <= ? ORDER BY scheduled_at")
                .param(Timestamp.from(now)).query(UUID.class).list();
    }

    void insert(UUID id, long audience, Instant at, String by) {
        jdbc.sql("""
                        INSERT INTO campaign_sending (campaign_id, audience, processed, walked, started_by, started_at)
                        VALUES (?, ?, 0, FALSE, ?, ?)""")
                .params(id, audience, by, Timestamp.from(at)).update();
    }

    /** Takes (or renews) the walk for this node when nobody else holds a live lease on it. */
    boolean lease(UUID id, String node, Instant until, Instant now) {
        return jdbc.sql("""
                        UPDATE campaign_sending SET owner_node = ?, lease_until = ?
                        WHERE campaign_id = ? AND walked = FALSE
                          AND (owner_node IS NULL OR owner_node = ? OR lease_until < ?)""")
                .params(node, Timestamp.from(until), id, node, Timestamp.from(now)).update() == 1;
    }

    Optional<Walk> walk(UUID id) {
        return jdbc.sql("SELECT * FROM campaign_sending WHERE campaign_id = ?").param(id)
                .query(CampaignSendings::walk).optional();
    }

    /**
     * Moves the cursor past one batch, in the batch's transaction: only from {@code from}, where this node found it,
     * and while it holds the lease; false otherwise, and the batch must be rolled back.
     */
    boolean advance(UUID id, String node, UUID from, UUID to, int processed, Instant leaseUntil) {
        return jdbc.sql("""
                        UPDATE campaign_sending SET cursor_person = ?, processed = processed + ?, lease_until = ?
                        WHERE campaign_id = ? AND owner_node = ? AND walked = FALSE
                          AND cursor_person IS NOT DISTINCT FROM ?""")
                .params(to, processed, Timestamp.from(leaseUntil), id, node, from).update() == 1;
    }

    /**
     * The whole audience was walked: the campaign is sent (its messages delivered or held by the outbox); it stays
     * open until {@code openUntil} for the persons it postponed (PRO-8).
     */
    boolean finish(UUID id, String node, Instant at, Instant openUntil) {
        var walked = jdbc.sql("""
                        UPDATE campaign_sending SET walked = TRUE, owner_node = NULL, lease_until = NULL, open_until = ?
                        WHERE campaign_id = ? AND owner_node = ? AND walked = FALSE""")
                .params(Timestamp.from(openUntil), id, node).update() == 1;
        if (walked) {
            jdbc.sql("""
                            UPDATE campaign SET status = 'SENT', finished_at = ?, updated_at = ?, version = version + 1
                            WHERE id = ? AND status = 'SENDING'""")
                    .params(Timestamp.from(at), Timestamp.from(at), id).update();
        }
        return walked;
    }

    /** Walks no node is running: never leased, or whose node stopped renewing its lease. */
    List<UUID> stalled(Instant now) {
        return jdbc.sql("""
                        SELECT campaign_id FROM campaign_sending
                        WHERE walked = FALSE AND (lease_until IS NULL OR lease_until < ?)""")
                .param(Timestamp.from(now)).query(UUID.class).list();
    }

    /** When the first person the campaign postponed may be reached (PRO-8); null when none before it closes. */
    void recordPostponedDue(UUID id, Instant due) {
        jdbc.sql("UPDATE campaign_sending SET postponed_due_at = ? WHERE campaign_id = ?")
                .params(due == null ? null : Timestamp.from(due), id).update();
    }

    /**
     * PRO-8: the walked campaigns, still open and still sent, whose postponed persons are due and that no node is
     * sending them to.
     */
    List<UUID> postponedDue(Instant now) {
        return jdbc.sql("""
                        SELECT s.campaign_id FROM campaign_sending s JOIN campaign c ON c.id = s.campaign_id
                        WHERE s.walked = TRUE AND c.status = 'SENT' AND s.postponed_due_at <= ? AND s.open_until > ?
                          AND (s.lease_until IS NULL OR s.lease_until < ?)""")
                .params(Timestamp.from(now), Timestamp.from(now), Timestamp.from(now)).query(UUID.class).list();
    }

    /** Takes the sending to a walked campaign's postponed persons for this node, when they are due and nobody does. */
    boolean leasePostponed(UUID id, String node, Instant until, Instant now) {
        return jdbc.sql("""
                        UPDATE campaign_sending SET owner_node = ?, lease_until = ?
                        WHERE campaign_id = ? AND walked = TRUE AND postponed_due_at <= ? AND open_until > ?
                          AND (owner_node IS NULL OR owner_node = ? OR lease_until < ?)""")
                .params(node, Timestamp.from(until), id, Timestamp.from(now), Timestamp.from(now), node,
                        Timestamp.from(now)).update() == 1;
    }

    /** Renews this node's lease, in a batch's transaction; false when another node took it meanwhile. */
    boolean renew(UUID id, String node, Instant until) {
        return jdbc.sql("UPDATE campaign_sending SET lease_until = ? WHERE campaign_id = ? AND owner_node = ?")
                .params(Timestamp.from(until), id, node).update() == 1;
    }

    /** Hands a walked campaign back once its due postponed persons were decided again, with the next due time. */
    void releasePostponed(UUID id, String node, Instant nextDue) {
        jdbc.sql("""
                        UPDATE campaign_sending SET owner_node = NULL, lease_until = NULL, postponed_due_at = ?
                        WHERE campaign_id = ? AND owner_node = ?""")
                .params(nextDue == null ? null : Timestamp.from(nextDue), id, node).update();
    }

    private static Walk walk(ResultSet rs, int row) throws SQLException {
        return new Walk(rs.getObject("campaign_id", UUID.class), rs.getLong("audience"), rs.getLong("processed"),
                rs.getObject("cursor_person", UUID.class), rs.getBoolean("walked"), rs.getString("started_by"),
                rs.getObject("started_at", OffsetDateTime.class).toInstant(), instant(rs, "open_until"),
                instant(rs, "postponed_due_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /**
     * Where the walk of a campaign's audience stands.
     *
     * @param openUntil      until when the campaign reaches the persons it postponed (PRO-8); null before the walk ends
     * @param postponedDueAt when the first of them is back under the frequency cap; null when none is before then
     */
    record Walk(UUID campaign, long audience, long processed, UUID cursor, boolean walked, String startedBy,
            Instant startedAt, Instant openUntil, Instant postponedDueAt) {
    }
}
