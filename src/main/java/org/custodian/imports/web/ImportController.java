package org.custodian.imports.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonType;
import org.custodian.imports.ImportErrorView;
import org.custodian.imports.ImportField;
import org.custodian.imports.ImportRefused;
import org.custodian.imports.ImportState;
import org.custodian.imports.Imports;
import org.custodian.shared.PageRequest;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import screens (CON-10): upload, column mapping with a preview, then the progress page, which
 * htmx refreshes every second until the job is finished.
 */
@Controller
@RequestMapping("/persons/import")
@PreAuthorize(Roles.IMPORT)
class ImportController {

    /** The progress page lists the first errors; the CSV download has them all. */
    private static final int ERRORS_SHOWN = 50;

    private final Imports imports;
    private final MessageSource messages;

    ImportController(Imports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping
    String upload(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute("q", q);
        model.addAttribute("jobs", imports.list(q, PageRequest.of(page, 10)));
        model.addAttribute("types", PersonType.values());
        model.addAttribute("audiences", Audience.values());
        return "imports/upload";
    }

    @PostMapping
    String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String source,
            @RequestParam(required = false) PersonType type, @RequestParam(required = false) Audience audience,
            Locale locale, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            return refused(model, locale, "import.refused.empty", List.of(), source);
        }
        try (InputStream content = file.getInputStream()) {
            var job = imports.upload(content, file.getOriginalFilename(), source, type, audience, locale);
            return "redirect:/persons/import/" + job.id();
        } catch (ImportRefused refused) {
            return refused(model, locale, refused.messageKey(), refused.arguments(), source);
        }
    }

    @GetMapping("/{id}")
    String job(@PathVariable UUID id, Model model) {
        var job = imports.get(id);
        model.addAttribute("job", job);
        if (job.state() == ImportState.DRAFT) {
            model.addAttribute("preview", imports.preview(id));
            model.addAttribute("fields", ImportField.values());
            model.addAttribute("types", PersonType.values());
            model.addAttribute("audiences", Audience.values());
            return "imports/mapping";
        }
        errors(id, model);
        return "imports/progress";
    }

    @PostMapping("/{id}")
    String start(@PathVariable UUID id, @RequestParam(name = "field", required = false) List<String> fields,
            @RequestParam(required = false) PersonType type, @RequestParam(required = false) Audience audience,
            Locale locale, Model model) {
        var mapping = new ArrayList<ImportField>();
        if (fields != null) {
            fields.forEach(key -> mapping.add(ImportField.ofKey(key).orElse(null)));
        }
        try {
            imports.start(id, mapping, type, audience);
            return "redirect:/persons/import/" + id;
        } catch (ImportRefused refused) {
            var job = imports.get(id);
            model.addAttribute("job", job);
            model.addAttribute("chosen", mapping);
            model.addAttribute("preview", imports.preview(id));
            model.addAttribute("fields", ImportField.values());
            model.addAttribute("types", PersonType.values());
            model.addAttribute("audiences", Audience.values());
            model.addAttribute("refusal", messages.getMessage(refused.messageKey(), refused.arguments().toArray(), locale));
            return "imports/mapping";
        }
    }

    /** Cancels a draft: its uploaded file is deleted at once (SEC-5). */
    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable UUID id) {
        imports.discard(id);
        return "redirect:/persons/import";
    }

    @GetMapping("/{id}/progress")
    String progress(@PathVariable UUID id, Model model) {
        model.addAttribute("job", imports.get(id));
        errors(id, model);
        return "imports/progress :: progress";
    }

    /** The refused rows apart from the rows stored whose address is on the suppression list (PRO-3). */
    private void errors(UUID id, Model model) {
        var errors = imports.errors(id, ERRORS_SHOWN);
        model.addAttribute("errors", errors.stream().filter(ImportErrorView::refusal).toList());
        model.addAttribute("suppressed", errors.stream().filter(error -> !error.refusal()).toList());
    }

    @GetMapping("/{id}/errors.csv")
    void errors(@PathVariable UUID id, Locale locale, HttpServletResponse response) throws IOException {
        ErrorReport.write(imports, id, messages, locale, response);
    }

    private String refused(Model model, Locale locale, String key, List<Object> arguments, String source) {
        model.addAttribute("refusal", messages.getMessage(key, arguments.toArray(), locale));
        model.addAttribute("source", source);
        return upload(null, null, model);
    }
}
