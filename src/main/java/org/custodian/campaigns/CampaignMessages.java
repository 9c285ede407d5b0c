package org.custodian.campaigns;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.custodian.shared.PersonId;
import org.custodian.shared.SqlArrays;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code campaign_message} table (V37): what a campaign decided for each person of its audience at send time.
 * Its primary key (campaign, person) is the guarantee of one message per person per campaign, whatever happens.
 */
@Repository
class CampaignMessages {

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    CampaignMessages(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    /** Writes a batch's decisions in one batched statement; a person already decided fails the whole batch. */
    void insertAll(UUID campaign, List<Decided> rows, Instant at) {
        if (rows.isEmpty()) {
            return;
        }
        jdbcTemplate.batchUpdate("""
                        INSERT INTO campaign_message (campaign_id, person_id, mail_id, status, decided_rule, created_at,
                            source_notice)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""",
                rows.stream().map(row -> new Object[] {campaign, row.person().value(), row.mail(), row.status().name(),
                        row.rule(), Timestamp.from(at), row.sourceNotice()}).toList());
    }

    /**
     * PRO-8: settles postponed persons decided again — a message written now, or excluded now — in one batched
     * statement, each only while still postponed: a person settled by another node fails the whole batch, so that no
     * one gets a second message from the campaign.
     */
    void settleAll(UUID campaign, List<Decided> rows) {
        if (rows.isEmpty()) {
            return;
        }
        var counts = jdbcTemplate.batchUpdate("""
                        UPDATE campaign_message SET mail_id = ?, status = ?, decided_rule = ?, source_notice = ?
                        WHERE campaign_id = ? AND person_id = ? AND status = 'POSTPONED'""",
                rows.stream().map(row -> new Object[] {row.mail(), row.status().name(), row.rule(),
                        row.sourceNotice(), campaign, row.person().value()}).toList());
        for (var count : counts) {
            if (count != 1) {
                throw new IllegalStateException("Campaign " + campaign + ": a postponed person was settled meanwhile");
            }
        }
    }

    /** The persons the campaign postponed, in id order after {@code after} (null: from the first). */
    List<PersonId> postponed(UUID campaign, PersonId after, int limit) {
        var params = new ArrayList<Object>(List.of(campaign));
        if (after != null) {
            params.add(after.value());
        }
        params.add(limit);
        return jdbc.sql("SELECT person_id FROM campaign_message WHERE campaign_id = ? AND status = 'POSTPONED'"
                        + (after == null ? "" : " AND person_id > ?") + " ORDER BY person_id LIMIT ?")
                .params(params).query((rs, row) -> new PersonId(rs.getObject("person_id", UUID.class))).list();
    }

    /** One person's decision in a batch. */
    record Decided(PersonId person, UUID mail, CampaignMessageStatus status, String rule, boolean sourceNotice) {
    }

    /** How many persons of the campaign were decided each way. */
    Map<CampaignMessageStatus, Long> countByStatus(UUID campaign) {
        var counts = new EnumMap<CampaignMessageStatus, Long>(CampaignMessageStatus.class);
        jdbc.sql("SELECT status, COUNT(*) AS n FROM campaign_message WHERE campaign_id = ? GROUP BY status")
                .param(campaign)
                .query((rs, row) -> counts.put(CampaignMessageStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                .list();
        return counts;
    }

    /** Messages of the campaign clicked at least once, and unsubscribed from. */
    Engagement engagement(UUID campaign) {
        return jdbc.sql("""
                        SELECT COUNT(clicked_at) AS clicked, COALESCE(SUM(clicks), 0) AS clicks,
                            COUNT(unsubscribed_at) AS unsubscribed
                        FROM campaign_message WHERE campaign_id = ?""")
                .param(campaign).query((rs, row) -> new Engagement(rs.getLong("clicked"), rs.getLong("clicks"),
                        rs.getLong("unsubscribed")))
                .single();
    }

    record Engagement(long clicked, long clicks, long unsubscribed) {
    }

    /** The persons these campaign messages were written to, by message; a message of no campaign is left out. */
    Map<UUID, PersonId> personsOfMails(List<UUID> mails) {
        var persons = new HashMap<UUID, PersonId>();
        if (!mails.isEmpty()) {
            jdbc.sql("SELECT mail_id, person_id FROM campaign_message WHERE mail_id IN (:ids)").param("ids", mails)
                    .query((rs, row) -> persons.put(rs.getObject("mail_id", UUID.class),
                            new PersonId(rs.getObject("person_id", UUID.class))))
                    .list();
        }
        return persons;
    }

    /**
     * Counts a click on the message the campaign wrote to the person; answers whether it is the message's first click,
     * or empty when the campaign wrote the person no message (erased since, or a forged pair).
     */
    Optional<Boolean> click(UUID campaign, PersonId person, Instant at) {
        var first = jdbc.sql("""
                        SELECT clicked_at FROM campaign_message
                        WHERE campaign_id = ? AND person_id = ? AND status = 'QUEUED'""")
                .params(campaign, person.value()).query((rs, row) -> rs.getObject("clicked_at") == null).optional();
        if (first.isPresent()) {
            jdbc.sql("""
                            UPDATE campaign_message SET clicks = clicks + 1, clicked_at = COALESCE(clicked_at, ?)
                            WHERE campaign_id = ? AND person_id = ?""")
                    .params(Timestamp.from(at), campaign, person.value()).update();
        }
        return first;
    }

    void unsubscribed(UUID campaign, PersonId person, Instant at) {
        jdbc.sql("""
                        UPDATE campaign_message SET unsubscribed_at = ?
                        WHERE campaign_id = ? AND person_id = ? AND unsubscribed_at IS NULL""")
                .params(Timestamp.from(at), campaign, person.value()).update();
    }

    /** INF-4: those of these persons to whom a campaign message already carried the Art. 14 information. */
    Set<PersonId> informedOfSource(Collection<PersonId> persons) {
        if (persons.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                        SELECT DISTINCT person_id FROM campaign_message
                        WHERE source_notice = TRUE AND person_id IN (:ids)""")
                .param("ids", persons.stream().map(PersonId::value).toList())
                .query((rs, row) -> new PersonId(rs.getObject("person_id", UUID.class))).list());
    }

    List<PersonMessage> ofPerson(PersonId person) {
        return jdbc.sql("SELECT * FROM campaign_message WHERE person_id = ? ORDER BY created_at")
                .param(person.value()).query(CampaignMessages::personMessage).list();
    }

    int deleteOfPersons(List<PersonId> persons) {
        if (persons.isEmpty()) {
            return 0;
        }
        return jdbc.sql("DELETE FROM campaign_message WHERE person_id = ANY(:ids)")
                .param("ids", SqlArrays.persons(persons)).update();
    }

    private static PersonMessage personMessage(ResultSet rs, int row) throws SQLException {
        return new PersonMessage(rs.getObject("campaign_id", UUID.class), rs.getString("status"),
                rs.getString("decided_rule"), instant(rs, "created_at"), rs.getBoolean("source_notice"),
                instant(rs, "clicked_at"), rs.getInt("clicks"), instant(rs, "unsubscribed_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** A campaign's decision about one person, as the access request exports it. */
    record PersonMessage(UUID campaign, String status, String decidedRule, Instant decidedAt, boolean sourceNotice,
            Instant clickedAt, int clicks, Instant unsubscribedAt) {
    }
}
