package org.custodian.notices;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.custodian.shared.Page;
import org.custodian.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

/**
 * Collection forms, their immutable versions and their submissions.
 */
@Repository
class CollectionFormRepository {

    private static final String FORM = """
            SELECT f.slug, f.current_version, f.active, v.definition, v.hash, v.saved_at, v.saved_by, v.notice_version,
                (SELECT COUNT(*) FROM collection_form_submission s WHERE s.slug = f.slug) AS submissions
            FROM collection_form f
            JOIN collection_form_version v ON v.slug = f.slug AND v.version = f.current_version
            """;

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    CollectionFormRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Page<CollectionForm> search(String query, PageRequest page) {
        var pattern = "%" + (query == null ? "" : query.strip().toLowerCase(Locale.ROOT)) + "%";
        // The title sits inside the definition's JSON: searching the whole text finds it, and the slug.
        var where = " WHERE LOWER(f.slug) LIKE :q OR LOWER(v.definition) LIKE :q";
        var total = jdbc.sql("SELECT COUNT(*) FROM collection_form f JOIN collection_form_version v "
                        + "ON v.slug = f.slug AND v.version = f.current_version" + where)
                .param("q", pattern).query(Long.class).single();
        var content = jdbc.sql(FORM + where + " ORDER BY f.active DESC, v.saved_at DESC, f.slug"
                        + " OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
                .param("q", pattern).param("offset", page.offset()).param("size", page.size())
                .query(this::form).list();
        return new Page<>(content, page.page(), page.size(), total);
    }

    Optional<CollectionForm> find(String slug) {
        return jdbc.sql(FORM + " WHERE f.slug = ?").param(slug).query(this::form).optional();
    }

    Optional<FormVersion> version(String slug, int version) {
        return jdbc.sql("SELECT * FROM collection_form_version WHERE slug = ? AND version = ?")
                .params(slug, version).query(this::version).optional();
    }

    List<FormVersion> versions(String slug) {
        return jdbc.sql("SELECT * FROM collection_form_version WHERE slug = ? ORDER BY version DESC")
                .param(slug).query(this::version).list();
    }

    /** The title of every version of these forms, and which version is current, in one query. */
    List<VersionTitle> titles(Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT v.slug, v.version, v.definition, f.current_version
                        FROM collection_form_version v JOIN collection_form f ON f.slug = v.slug
                        WHERE v.slug IN (:slugs)""")
                .param("slugs", List.copyOf(slugs))
                .query((rs, row) -> new VersionTitle(rs.getString("slug"), rs.getInt("version"),
                        json.readValue(rs.getString("definition"), FormDefinition.class).title(),
                        rs.getInt("version") == rs.getInt("current_version")))
                .list();
    }

    record VersionTitle(String slug, int version, String title, boolean current) {
    }

    void insert(String slug, FormDefinition definition, String hash, int noticeVersion, Instant at, String by) {
        jdbc.sql("INSERT INTO collection_form (slug, current_version, active, created_at, created_by) "
                        + "VALUES (?, 1, TRUE, ?, ?)")
                .params(slug, Timestamp.from(at), by).update();
        insertVersion(slug, 1, definition, hash, noticeVersion, at, by);
    }

    /**
     * Saves the next version, unless another one was saved since {@code expectedVersion} was read.
     *
     * @return whether it was saved
     */
    boolean addVersion(String slug, int expectedVersion, FormDefinition definition, String hash, int noticeVersion,
            Instant at, String by) {
        var moved = jdbc.sql("UPDATE collection_form SET current_version = ? WHERE slug = ? AND current_version = ?")
                .params(expectedVersion + 1, slug, expectedVersion).update();
        if (moved == 0) {
            return false;
        }
        insertVersion(slug, expectedVersion + 1, definition, hash, noticeVersion, at, by);
        return true;
    }

    void setActive(String slug, boolean active) {
        jdbc.sql("UPDATE collection_form SET active = ? WHERE slug = ?").params(active, slug).update();
    }

    void insertSubmission(FormReceipt receipt, String slug, int version, String ticked, int noticeVersion,
            Instant at, String ip, String userAgent, String source, LocalDate suppressedSince) {
        jdbc.sql("""
                        INSERT INTO collection_form_submission (id, slug, version, person_id, outcome, ticked,
                            notice_version, submitted_at, ip_address, user_agent, source, suppressed_since)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), slug, version, receipt.personId(), receipt.outcome().name(), ticked,
                        noticeVersion, Timestamp.from(at), ip, userAgent, source, suppressedSince)
                .update();
    }

    Page<FormSubmissionView> submissions(String slug, PageRequest page) {
        var total = jdbc.sql("SELECT COUNT(*) FROM collection_form_submission WHERE slug = ?").param(slug)
                .query(Long.class).single();
        var content = jdbc.sql("""
                        SELECT person_id, version, outcome, ticked, notice_version, submitted_at, suppressed_since
                        FROM collection_form_submission WHERE slug = :slug
                        ORDER BY submitted_at DESC, id OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY""")
                .param("slug", slug).param("offset", page.offset()).param("size", page.size())
                .query((rs, row) -> new FormSubmissionView(rs.getObject("person_id", UUID.class), rs.getInt("version"),
                        FormReceipt.Outcome.valueOf(rs.getString("outcome")),
                        rs.getString("ticked").isEmpty() ? List.of() : List.of(rs.getString("ticked").split(",")),
                        rs.getInt("notice_version"), rs.getObject("submitted_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("suppressed_since", LocalDate.class)))
                .list();
        return new Page<>(content, page.page(), page.size(), total);
    }

    private void insertVersion(String slug, int version, FormDefinition definition, String hash, int noticeVersion,
            Instant at, String by) {
        jdbc.sql("""
                        INSERT INTO collection_form_version (slug, version, definition, hash, saved_at, saved_by,
                            notice_version)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(slug, version, json.writeValueAsString(definition), hash, Timestamp.from(at), by,
                        noticeVersion).update();
    }

    private CollectionForm form(ResultSet rs, int row) throws SQLException {
        return new CollectionForm(rs.getString("slug"), rs.getInt("current_version"), rs.getBoolean("active"),
                json.readValue(rs.getString("definition"), FormDefinition.class), rs.getString("hash"),
                rs.getObject("saved_at", OffsetDateTime.class).toInstant(), rs.getString("saved_by"),
                rs.getLong("submissions"), rs.getInt("notice_version"));
    }

    private FormVersion version(ResultSet rs, int row) throws SQLException {
        return new FormVersion(rs.getInt("version"), json.readValue(rs.getString("definition"), FormDefinition.class),
                rs.getString("hash"), rs.getObject("saved_at", OffsetDateTime.class).toInstant(),
                rs.getString("saved_by"), rs.getInt("notice_version"));
    }
}
