package org.custodian.audit.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditCheckpoint;
import org.custodian.audit.AuditEntryView;
import org.custodian.audit.AuditLog;
import org.custodian.audit.AuditQuery;
import org.custodian.audit.ChainVerification;
import org.custodian.shared.CsvWriter;
import org.custodian.shared.Page;
import org.custodian.shared.PageRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit log viewer for the DPO and administrators (SEC-3): filters, paging, CSV export, the chain
 * verification (alone or against a checkpoint file), and a banner when the chain's head was tampered with.
 * One handler serves the page and its htmx fragment.
 */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasAnyRole('DPO','ADMIN')")
class AuditViewerController {

    private static final String FILTER = "auditFilter";
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final long MAX_CHECKPOINT_BYTES = 4096;
    /** How many entries of an export share one lookup of the names of who acted. */
    private static final int EXPORT_BATCH = 500;
    /** The most persons a search by name in the log looks for. */
    private static final int PERSONS_SEARCHED = 50;
    /** Why the DPO searches the customer file from the log (the search is audited with it). */
    private static final String PURPOSE = "audit-log/search-by-person";

    private final AuditLog auditLog;
    private final AuditLines lines;
    private final MessageSource messages;
    private final ObjectMapper json;

    AuditViewerController(AuditLog auditLog, AuditLines lines, MessageSource messages, ObjectMapper json) {
        this.auditLog = auditLog;
        this.lines = lines;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping
    String viewer(@ModelAttribute(FILTER) AuditFilter filter, BindingResult binding,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
            Locale locale, Model model) {
        checkPeriod(filter, binding);
        model.addAttribute("filterInvalid", binding.hasErrors());
        fill(model, filter, page, locale);
        return htmx != null && historyRestore == null ? "audit/viewer :: results" : "audit/viewer";
    }

    /**
     * Verifies the chain; with a checkpoint file the DPO kept, also against it (a rollback below it is reported).
     */
    @PostMapping("/verify")
    String verify(@RequestParam(name = "checkpoint", required = false) MultipartFile checkpoint,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale, Model model) {
        if (checkpoint == null || checkpoint.isEmpty()) {
            model.addAttribute("verification", auditLog.verify());
        }
        else {
            var parsed = parse(checkpoint);
            model.addAttribute("checkpointUnreadable", parsed == null);
            model.addAttribute("verification", parsed == null ? null : auditLog.verify(parsed));
            model.addAttribute("checkpoint", parsed);
        }
        if (htmx != null) {
            return "audit/viewer :: verification";
        }
        var filter = AuditFilter.none();
        model.addAttribute(FILTER, filter);
        model.addAttribute("filterInvalid", false);
        fill(model, filter, 0, locale);
        return "audit/viewer";
    }

    // The BindingResult takes the criteria that do not parse, so that they are left out instead of failing.
    @GetMapping("/export.csv")
    void export(@ModelAttribute(FILTER) AuditFilter filter, BindingResult binding, Locale locale,
            HttpServletResponse response) throws IOException {
        // The same entries as the page shows: criteria that do not parse are left out there too.
        var query = validPart(filter);
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename("audit-log.csv").build().toString());
        try (var csv = CsvWriter.start(response.getWriter(), header(locale, "sequence",
                "occurredAt", "actor", "login", "action", "resourceType", "resourceId", "purpose", "detail"))) {
            // Who acted is named as on the screen, the names looked up once per batch of entries, not per entry.
            var batch = new ArrayList<AuditEntryView>(EXPORT_BATCH);
            Runnable write = () -> {
                var actors = lines.actors(batch, locale);
                for (var entry : batch) {
                    csv.row(entry.sequence(), CSV_TIME.format(entry.occurredAt().atZone(auditLog.zone())),
                            actors.get(entry.actor()), entry.actor(), entry.action().name(), entry.resourceType(),
                            entry.resourceId(), entry.purpose(), entry.detail());
                }
                batch.clear();
            };
            auditLog.export(query, entry -> {
                batch.add(entry);
                if (batch.size() == EXPORT_BATCH) {
                    write.run();
                }
            });
            write.run();
        }
    }

    /** The checkpoint in the uploaded file, or null when it is not one (wrong file, truncated, edited by hand). */
    private AuditCheckpoint parse(MultipartFile file) {
        if (file.getSize() > MAX_CHECKPOINT_BYTES) {
            return null;
        }
        try {
            return json.readValue(file.getBytes(), AuditCheckpoint.class);
        }
        catch (IOException | JacksonException e) {
            return null;
        }
    }

    private String[] header(Locale locale, String... columns) {
        var header = new String[columns.length];
        for (var i = 0; i < columns.length; i++) {
            header[i] = messages.getMessage("audit.column." + columns[i], null, locale);
        }
        return header;
    }

    private void checkPeriod(AuditFilter filter, BindingResult binding) {
        if (filter.periodReversed()) {
            binding.rejectValue("to", "audit.filter.to.beforeFrom");
        }
    }

    private void fill(Model model, AuditFilter filter, int page, Locale locale) {
        Page<AuditEntryView> results = auditLog.search(validPart(filter),
                PageRequest.of(page, PageRequest.DEFAULT_SIZE));
        model.addAttribute("results", results);
        model.addAttribute("lines", lines.of(results.content(), locale));
        model.addAttribute("namesVisible", lines.namesVisible());
        // The person of the person page's link, named above the entries for whoever may see the name.
        model.addAttribute("personName", filter.personId() == null ? null : lines.nameOf(filter.personId()));
        model.addAttribute("zone", auditLog.zone());
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("previousUrl", pageUrl(filter, results.page() - 1));
        model.addAttribute("nextUrl", pageUrl(filter, results.page() + 1));
        model.addAttribute("exportUrl",
                filter.into(UriComponentsBuilder.fromPath("/audit/export.csv")).build().encode().toUriString());
        if (!model.containsAttribute("verification")) {
            model.addAttribute("verification", (ChainVerification) null);
        }
        // Checked on every display, so that a tampered head is in front of the DPO before anyone presses a button.
        model.addAttribute("tampering", auditLog.tampering().orElse(null));
    }

    /**
     * Criteria that do not parse, or a reversed period, are left out (and marked on the form), not guessed at. A
     * person given by id is that id; by name, e-mail or phone, the persons the customer file finds for it (none for
     * the roles that may not read persons).
     */
    private AuditQuery validPart(AuditFilter filter) {
        var period = !filter.periodReversed();
        List<String> persons = null;
        if (filter.person() != null) {
            persons = filter.personId() != null ? List.of(filter.personId())
                    : lines.find(filter.person(), PERSONS_SEARCHED, PURPOSE);
        }
        return new AuditQuery(null, filter.resourceId(), filter.actor(), filter.action(),
                period ? filter.from() : null, period ? filter.to() : null, persons, lines.loginsNamed(filter.actor()));
    }

    private static String pageUrl(AuditFilter filter, int page) {
        return filter.into(UriComponentsBuilder.fromPath("/audit")).queryParam("page", page).build().encode().toUriString();
    }
}
