package org.custodian.register;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.custodian.shared.CsvWriter;
import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;

/**
 * The Art. 30 record of processing activities (REG-2), generated from the live register and the organisation
 * settings, as JSON, CSV or PDF; every export is kept, with its hash, as the version that was handed out.
 */
@Service
public class Art30Record {

    private static final String[] CSV_HEADER = {"controller", "controller_address", "dpo", "dpo_email", "code",
            "name_fr", "name_en", "purpose_fr", "detailed_purposes", "legal_bases", "data_subjects", "data_categories",
            "recipients",
            "processors", "partners", "transfers_outside_eu", "retention_rules", "source", "version"};

    private final ProcessingRegister register;
    private final Recipients recipients;
    private final SecurityChecklist security;
    private final OrganisationSettings organisation;
    private final ObjectMapper json;
    private final ITemplateEngine templates;
    private final RetentionText retentionText;
    private final ZoneId zone;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    Art30Record(ProcessingRegister register, Recipients recipients, SecurityChecklist security,
            OrganisationSettings organisation, ObjectMapper json, ITemplateEngine templates, RetentionText retentionText,
            @Value("${custodian.time-zone:Europe/Paris}") ZoneId zone, JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.templates = templates;
        this.retentionText = retentionText;
        this.zone = zone;
        this.register = register;
        this.recipients = recipients;
        this.security = security;
        this.organisation = organisation;
        this.json = json;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Generates the record in the given format and keeps it as a new version.
     *
     * @throws ControllerIdentityMissing if the organisation settings do not name the controller and its address
     */
    @Transactional
    public RecordExport export(ExportFormat format) {
        var controller = organisation.current();
        if (blank(controller.name()) || blank(controller.address())) {
            throw new ControllerIdentityMissing();
        }
        var now = Instant.now(clock);
        var user = SecurityContextHolder.getContext().getAuthentication().getName();
        var content = switch (format) {
            case JSON -> json(now, user);
            case CSV -> csv();
            case PDF -> pdf(now, user);
        };
        var hash = sha256(content);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO register_export (exported_at, exported_by, format, content_hash, content) VALUES (?, ?, ?, ?, ?)")
                .params(Timestamp.from(now), user, format.name(), hash, content)
                .update(keys, "id");
        var id = keys.getKeyAs(Number.class).longValue();
        audit.personalData(AuditAction.EXPORT, "register", String.valueOf(id), "Art. 30 record");
        return new RecordExport(id, now, user, format, hash, content);
    }

    /**
     * Every kept export, newest first, without content.
     */
    @Transactional(readOnly = true)
    public List<RecordExport> exports() {
        return jdbc.sql("SELECT id, exported_at, exported_by, format, content_hash FROM register_export ORDER BY id DESC")
                .query((rs, row) -> new RecordExport(rs.getLong("id"), ActivityRepository.instant(rs, "exported_at"),
                        rs.getString("exported_by"), ExportFormat.valueOf(rs.getString("format")),
                        rs.getString("content_hash"), null))
                .list();
    }

    /**
     * One kept export with its content, exactly as it was handed out.
     *
     * @throws ExportNotFound if there is no such export
     */
    @Transactional(readOnly = true)
    public RecordExport export(long id) {
        return jdbc.sql("SELECT * FROM register_export WHERE id = ?")
                .param(id)
                .query((rs, row) -> new RecordExport(rs.getLong("id"), ActivityRepository.instant(rs, "exported_at"),
                        rs.getString("exported_by"), ExportFormat.valueOf(rs.getString("format")),
                        rs.getString("content_hash"), rs.getBytes("content")))
                .optional()
                .orElseThrow(() -> ExportNotFound.forId(id));
    }

    private byte[] json(Instant now, String user) {
        var document = new LinkedHashMap<String, Object>();
        document.put("generatedAt", now.toString());
        document.put("generatedBy", user);
        document.put("controller", organisation.current());
        document.put("activities", register.activities());
        document.put("internalServices", recipients.internalServices());
        document.put("processors", recipients.processors());
        document.put("partners", recipients.partners());
        document.put("transfers", recipients.transfers());
        document.put("securityMeasures", security.measures());
        return json.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(document);
    }

    private byte[] csv() {
        var controller = organisation.current();
        var processors = recipients.processors().stream().map(ProcessorView::name).collect(Collectors.joining("; "));
        var partners = recipients.partners().stream().map(PartnerView::name).collect(Collectors.joining("; "));
        var transfers = recipients.transfers().stream()
                .map(transfer -> transfer.recipient() + " (" + transfer.country() + ", " + transfer.mechanism() + ")")
                .collect(Collectors.joining("; "));
        var out = new StringWriter();
        try (var csv = CsvWriter.start(out, CSV_HEADER)) {
            for (var activity : register.activities()) {
                csv.row(controller.name(), controller.address(), controller.dpoName(),
                        controller.dpoEmail(), activity.code(), activity.name().fr(), activity.name().en(),
                        activity.description().fr(),
                        activity.purposes().stream().map(LocalizedText::fr).collect(Collectors.joining("; ")),
                        activity.legalBases().stream().map(Art30Record::basis).collect(Collectors.joining("; ")),
                        activity.subjects().stream().map(Art30Record::subject).collect(Collectors.joining("; ")),
                        activity.dataCategories().stream().map(DataCategoryView::code).collect(Collectors.joining("; ")),
                        activity.recipients().stream().map(r -> r.kind() + ": " + r.description().fr())
                                .collect(Collectors.joining("; ")),
                        processors, partners, transfers,
                        activity.retentionRules().stream().map(Art30Record::retention).collect(Collectors.joining("; ")),
                        activity.source(), activity.version());
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] pdf(Instant now, String user) {
        var locale = LocaleContextHolder.getLocale();
        var context = new Context(locale);
        context.setVariable("organisation", organisation.current());
        context.setVariable("activities", register.activities());
        context.setVariable("internalServices", recipients.internalServices());
        context.setVariable("processors", recipients.processors());
        context.setVariable("partners", recipients.partners());
        context.setVariable("transfers", recipients.transfers());
        context.setVariable("measures", security.measures());
        context.setVariable("retention", retentionText);
        context.setVariable("generatedAt", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(now));
        context.setVariable("generatedBy", user);
        var html = templates.process("register/art30-pdf", context);
        var out = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder().useFastMode().withHtmlContent(html, null).toStream(out).run();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String basis(LegalBasisView basis) {
        var chosen = basis.isOpen() ? "TO_BE_CHOSEN" : basis.basis().name();
        return basis.condition().isPresent() ? chosen + " (" + basis.condition().fr() + ")" : chosen;
    }

    private static String subject(SubjectView subject) {
        return subject.indirect() ? subject.code() + " (INDIRECT)" : subject.code();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String retention(RetentionRuleView rule) {
        var stage = rule.scope().fr() + ": " + (rule.isFixed() ? rule.duration() : "?") + " " + rule.trigger() + " "
                + rule.endAction();
        // RET-2: an archive is written with its period, start, reason and end ("ARCHIVE P10Y END_OF_FINANCIAL_YEAR ...").
        return rule.archives() ? stage + " " + rule.archiveDuration() + " " + rule.archiveTrigger() + " "
                + rule.archiveCondition() + " " + rule.archiveEndAction() : stage;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
