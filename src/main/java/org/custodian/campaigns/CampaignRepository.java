package org.custodian.campaigns;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.custodian.consent.Channel;
import org.custodian.prospecting.AudienceFilter;
import org.custodian.shared.Page;
import org.custodian.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code campaign} table (V36); the audience filters are kept as the JSON of {@link AudienceFilter}. */
@Repository
class CampaignRepository {

    private static final String COLUMNS = "id, name, channel, purpose, product_family, professions, audience, "
            + "sender_name, sender_address, subject, html_body, text_body, status, created_at, created_by, "
            + "updated_at, updated_by, version";

    private final JdbcClient jdbc;

    CampaignRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, CampaignDraft draft, CampaignTemplate template, Instant at, String actor) {
        jdbc.sql("INSERT INTO campaign (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(id, draft.name().strip(), draft.channel(), draft.purpose(), draft.productFamily(),
                        professions(draft), audience(draft.audience()), draft.senderName().strip(),
                        draft.senderAddress().strip(), template.subject(), template.html(), template.text(),
                        CampaignStatus.DRAFT.name(), Timestamp.from(at), actor, Timestamp.from(at), actor)
                .update();
    }

    /** Changes a draft's definition; false when it is no longer a draft (or gone). */
    boolean updateDefinition(UUID id, CampaignDraft draft, Instant at, String actor) {
        return jdbc.sql("UPDATE campaign SET name = ?, channel = ?, purpose = ?, product_family = ?, professions = ?, "
                        + "audience = ?, sender_name = ?, sender_address = ?, updated_at = ?, updated_by = ?, "
                        + "version = version + 1 WHERE id = ? AND status = 'DRAFT'")
                .params(draft.name().strip(), draft.channel(), draft.purpose(), draft.productFamily(),
                        professions(draft), audience(draft.audience()), draft.senderName().strip(),
                        draft.senderAddress().strip(), Timestamp.from(at), actor, id)
                .update() == 1;
    }

    /** Changes a draft's template; false when it is no longer a draft (or gone). */
    boolean updateTemplate(UUID id, CampaignTemplate template, Instant at, String actor) {
        return jdbc.sql("UPDATE campaign SET subject = ?, html_body = ?, text_body = ?, updated_at = ?, "
                        + "updated_by = ?, version = version + 1 WHERE id = ? AND status = 'DRAFT'")
                .params(template.subject(), template.html(), template.text(), Timestamp.from(at), actor, id)
                .update() == 1;
    }

    Optional<CampaignView> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM campaign WHERE id = ?").param(id)
                .query(CampaignRepository::view).optional();
    }

    /** Newest first; {@code query} matches a part of the name, case ignored. */
    Page<CampaignSummary> list(String query, PageRequest page) {
        var where = query == null || query.isBlank() ? "" : " WHERE LOWER(name) LIKE ? ESCAPE '\\'";
        var parameters = where.isEmpty() ? List.<Object>of()
                : List.<Object>of("%" + query.strip().toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        var total = jdbc.sql("SELECT COUNT(*) FROM campaign" + where).params(parameters).query(Long.class).single();
        var content = jdbc.sql("SELECT id, name, product_family, status, updated_at, updated_by FROM campaign" + where
                        + " ORDER BY created_at DESC, id LIMIT " + page.size() + " OFFSET " + page.offset())
                .params(parameters)
                .query((rs, row) -> new CampaignSummary(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("product_family"), CampaignStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by")))
                .list();
        return new Page<>(content, page.page(), page.size(), total);
    }

    private static String professions(CampaignDraft draft) {
        return draft.professions().isEmpty() ? null : String.join("\n", draft.professions());
    }

    static String audience(AudienceFilter filter) {
        return JsonMapper.shared().writeValueAsString(filter);
    }

    private static CampaignView view(ResultSet rs, int row) throws SQLException {
        var professions = rs.getString("professions");
        return new CampaignView(rs.getObject("id", UUID.class), rs.getString("name"),
                Channel.valueOf(rs.getString("channel")), rs.getString("purpose"), rs.getString("product_family"),
                professions == null ? List.of() : Arrays.stream(professions.split("\n")).toList(),
                JsonMapper.shared().readValue(rs.getString("audience"), AudienceFilter.class),
                rs.getString("sender_name"), rs.getString("sender_address"),
                new CampaignTemplate(rs.getString("subject"), rs.getString("html_body"), rs.getString("text_body")),
                CampaignStatus.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"),
                rs.getInt("version"));
    }
}
