package org.custodian.notices;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.custodian.register.OrganisationSettings;
import org.custodian.register.ProcessingRegister;
import org.custodian.register.Recipients;
import org.custodian.shared.CurrentActor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * The privacy notice (INF-1, INF-3): its preview from the live register, what it lacks, its publication and the
 * published versions; and the legal mentions' own settings.
 */
@Service
public class PrivacyNotices {

    private static final Locale FRENCH = Locale.FRENCH;
    private static final Locale ENGLISH = Locale.ENGLISH;

    private final ProcessingRegister register;
    private final Recipients recipients;
    private final OrganisationSettings organisation;
    private final NoticeGenerator generator;
    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final AuditLog audit;
    private final Clock clock;

    PrivacyNotices(ProcessingRegister register, Recipients recipients, OrganisationSettings organisation,
            NoticeGenerator generator, JdbcClient jdbc, ObjectMapper json, AuditLog audit, Clock clock) {
        this.register = register;
        this.recipients = recipients;
        this.organisation = organisation;
        this.generator = generator;
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The published version in force, if any has been published.
     */
    @Transactional(readOnly = true)
    public Optional<PublishedNotice> current() {
        return jdbc.sql("SELECT * FROM notice_version ORDER BY version DESC FETCH FIRST 1 ROWS ONLY")
                .query(this::published)
                .optional();
    }

    /**
     * One published version, as it was published.
     */
    @Transactional(readOnly = true)
    public Optional<PublishedNotice> version(int version) {
        return jdbc.sql("SELECT * FROM notice_version WHERE version = ?").param(version).query(this::published)
                .optional();
    }

    /**
     * Whether the register, the recipients, the organisation or the legal mentions changed what the notice would say
     * since the version in force was published (INF-1): people still read the old text until the DPO republishes.
     * False when nothing is published yet.
     */
    @Transactional(readOnly = true)
    public boolean outOfDate() {
        return outdatedVersion().isPresent();
    }

    /**
     * The version in force when it is {@linkplain #outOfDate() out of date}; empty when it is up to date or when
     * nothing is published yet.
     */
    @Transactional(readOnly = true)
    public Optional<PublishedNotice> outdatedVersion() {
        return current().filter(published -> {
            var sources = sources();
            var french = json.writeValueAsString(generator.generate(sources, FRENCH));
            var english = json.writeValueAsString(generator.generate(sources, ENGLISH));
            return !hash(french, english).equals(published.hash());
        });
    }

    /**
     * Every published version, newest first.
     */
    @Transactional(readOnly = true)
    public List<PublishedNotice> versions() {
        return jdbc.sql("SELECT * FROM notice_version ORDER BY version DESC").query(this::published).list();
    }

    /**
     * The notice as it would be published now, in the given language.
     */
    @Transactional(readOnly = true)
    public NoticeDocument preview(Locale locale) {
        return generator.generate(sources(), locale);
    }

    /**
     * What the notice lacks now; publishing is refused until this is empty.
     */
    @Transactional(readOnly = true)
    public List<MissingItem> missing() {
        return NoticeCompleteness.missing(sources());
    }

    /**
     * Publishes the notice generated now, in French and English, as the next version.
     *
     * @throws NoticeIncomplete if anything is missing: nothing is published
     */
    @Transactional
    public PublishedNotice publish() {
        var sources = sources();
        var missing = NoticeCompleteness.missing(sources);
        if (!missing.isEmpty()) {
            throw new NoticeIncomplete(missing);
        }
        var french = json.writeValueAsString(generator.generate(sources, FRENCH));
        var english = json.writeValueAsString(generator.generate(sources, ENGLISH));
        var version = jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM notice_version").query(Integer.class)
                .single();
        jdbc.sql("""
                        INSERT INTO notice_version (version, published_at, published_by, content_fr, content_en, hash)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(version, Timestamp.from(Instant.now(clock)), CurrentActor.name(), french, english,
                        hash(french, english))
                .update();
        audit.personalData(AuditAction.UPDATE, "notice_version", String.valueOf(version), "information (INF-1)");
        return current().orElseThrow();
    }

    /**
     * The legal mentions' own settings; empty fields until the DPO fills them in.
     */
    @Transactional(readOnly = true)
    public SiteSettings site() {
        return jdbc.sql("SELECT * FROM notice_site WHERE id = 1")
                .query((rs, row) -> new SiteSettings(rs.getString("publication_director"),
                        rs.getString("hosting_provider"),
                        rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getString("updated_by")))
                .optional()
                .orElse(new SiteSettings(null, null, null, null));
    }

    /**
     * Replaces the legal mentions' own settings.
     */
    @Transactional
    public SiteSettings updateSite(String publicationDirector, String hostingProvider) {
        var now = Timestamp.from(Instant.now(clock));
        var director = blankToNull(publicationDirector);
        var hosting = blankToNull(hostingProvider);
        var updated = jdbc.sql("""
                        UPDATE notice_site SET publication_director = ?, hosting_provider = ?, updated_at = ?,
                            updated_by = ? WHERE id = 1""")
                .params(director, hosting, now, CurrentActor.name())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO notice_site (id, publication_director, hosting_provider, updated_at, updated_by)
                            VALUES (1, ?, ?, ?, ?)""")
                    .params(director, hosting, now, CurrentActor.name())
                    .update();
        }
        // The publication director is a named person: the change is traced like the organisation settings.
        audit.personalData(AuditAction.UPDATE, "notice_site", "1", "legal mentions (INF-3)");
        return site();
    }

    private NoticeSources sources() {
        return new NoticeSources(organisation.current(), site(), register.activities(), recipients.internalServices(),
                recipients.processors(), recipients.partners(), recipients.transfers());
    }

    private PublishedNotice published(ResultSet rs, int row) throws SQLException {
        return new PublishedNotice(rs.getInt("version"),
                rs.getObject("published_at", OffsetDateTime.class).toInstant(), rs.getString("published_by"),
                rs.getString("hash"), json.readValue(rs.getString("content_fr"), NoticeDocument.class),
                json.readValue(rs.getString("content_en"), NoticeDocument.class));
    }

    static String hash(String french, String english) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(french.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(english.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
