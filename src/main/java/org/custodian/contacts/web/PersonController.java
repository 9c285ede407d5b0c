package org.custodian.contacts.web;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.custodian.contacts.InvalidPersonData;
import org.custodian.shared.PersonId;
import org.custodian.contacts.Persons;
import org.custodian.contacts.Violation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The persons screens: search and list, detail with history, create, edit, delete (CON-1, CON-5, CON-9).
 */
@Controller
@RequestMapping("/persons")
class PersonController {

    static final String PURPOSE = "customer-relationship/screen";

    private final Persons persons;
    private final PersonExport export;
    private final MessageSource messages;
    private final DateTimeFormatter timestamps;
    private final DateTimeFormatter days;

    PersonController(Persons persons, PersonExport export, MessageSource messages,
            @Value("${custodian.time-zone:Europe/Paris}") ZoneId zone) {
        this.persons = persons;
        this.export = export;
        this.messages = messages;
        this.timestamps = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(zone);
        this.days = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(zone);
    }

    /**
     * CON-1: the list with its search, filters, sort, numbered pages and page size, all in the query string so that
     * they survive paging, sorting and the export; a filter value that is not understood is left out. One handler
     * for the page and the htmx results fragment.
     */
    @GetMapping
    @PreAuthorize(Roles.READ)
    String list(@RequestParam Map<String, String> parameters,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        var query = PersonListQuery.parse(parameters, persons.filters());
        model.addAttribute("query", query);
        model.addAttribute("q", query.value("q"));
        model.addAttribute("filters", persons.filters());
        model.addAttribute("pageSizes", PersonListQuery.PAGE_SIZES);
        model.addAttribute("days", days);
        model.addAttribute("result", persons.list(query.criteria(), query.sort(), query.page(), PURPOSE));
        // after a deletion, say whether the other modules have finished erasing, as of this page
        if (model.getAttribute("deletedPerson") instanceof PersonId deleted) {
            model.addAttribute("deleted", persons.erasureComplete(deleted) ? "done" : "pending");
        }
        return htmx != null ? "contacts/list :: results" : "contacts/list";
    }

    /** CON-1: the current selection of the list, whole, as a CSV or JSON file; audited with its filters and count. */
    @GetMapping("/export")
    @PreAuthorize(Roles.EXPORT)
    void export(@RequestParam Map<String, String> parameters, @RequestParam(required = false) String format,
            HttpServletResponse response) throws IOException {
        export.write(PersonListQuery.parse(parameters, persons.filters()), PersonExport.Format.of(format), PURPOSE,
                response);
    }

    @GetMapping("/new")
    @PreAuthorize(Roles.WRITE)
    String newForm(Model model) {
        model.addAttribute("form", PersonForm.empty());
        model.addAttribute("errors", Map.of());
        return "contacts/form";
    }

    @PostMapping
    @PreAuthorize(Roles.WRITE)
    String create(@ModelAttribute("form") PersonForm form, Model model, Locale locale, RedirectAttributes redirect) {
        var errors = readErrors(form, locale);
        if (errors.isEmpty()) {
            try {
                var created = persons.create(form.toData());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/persons/" + created.id();
            } catch (InvalidPersonData invalid) {
                errors.putAll(messagesOf(invalid.violations(), locale));
            }
        }
        model.addAttribute("errors", errors);
        return "contacts/form";
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.READ)
    String detail(@PathVariable PersonId id, Model model) {
        model.addAttribute("person", persons.get(id, PURPOSE));
        model.addAttribute("history", persons.history(id));
        model.addAttribute("timestamps", timestamps);
        return "contacts/detail";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(Roles.WRITE)
    String editForm(@PathVariable PersonId id, Model model) {
        var person = persons.get(id, PURPOSE);
        model.addAttribute("person", person);
        model.addAttribute("form", PersonForm.of(person.data()));
        model.addAttribute("errors", Map.of());
        return "contacts/form";
    }

    @PostMapping("/{id}")
    @PreAuthorize(Roles.WRITE)
    String update(@PathVariable PersonId id, @ModelAttribute("form") PersonForm form, Model model, Locale locale,
            RedirectAttributes redirect) {
        var errors = readErrors(form, locale);
        if (errors.isEmpty()) {
            try {
                persons.update(id, form.toData());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/persons/" + id;
            } catch (InvalidPersonData invalid) {
                errors.putAll(messagesOf(invalid.violations(), locale));
            }
        }
        model.addAttribute("person", persons.get(id, PURPOSE));
        model.addAttribute("errors", errors);
        return "contacts/form";
    }

    /** CON-2, CON-5: the DPO removes a value from the change history, with a reason; the marker stays. */
    @PostMapping("/{id}/history/{change}/fields/{order}/redact")
    @PreAuthorize(Roles.REDACT)
    String redact(@PathVariable PersonId id, @PathVariable long change, @PathVariable int order,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            persons.redactHistory(id, change, order, reason);
            redirect.addFlashAttribute("redacted", true);
        } catch (InvalidPersonData invalid) {
            redirect.addFlashAttribute("redactionError", true);
        }
        return "redirect:/persons/" + id + "#history";
    }

    @GetMapping("/{id}/delete")
    @PreAuthorize(Roles.DELETE)
    String confirmDelete(@PathVariable PersonId id, Model model) {
        model.addAttribute("person", persons.get(id, PURPOSE));
        return "contacts/delete";
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize(Roles.DELETE)
    String delete(@PathVariable PersonId id, RedirectAttributes redirect) {
        persons.delete(id);
        redirect.addFlashAttribute("deletedPerson", id);
        return "redirect:/persons";
    }

    /** The live check of the notes field (htmx): what the note would be refused or flagged for. Stores nothing. */
    @PostMapping("/notes-check")
    @PreAuthorize(Roles.WRITE)
    String checkNotes(@RequestParam(required = false) String notes, Model model) {
        model.addAttribute("review", persons.reviewNotes(notes));
        return "contacts/notes-check :: review";
    }

    /**
     * Errors of the form itself, then of the data, so that the user sees every field to correct at once.
     */
    private Map<String, String> readErrors(PersonForm form, Locale locale) {
        var errors = new LinkedHashMap<String, String>();
        if (form.birthDateUnreadable()) {
            errors.put("birthDate", messages.getMessage("person.error.date", null, locale));
            errors.putAll(messagesOf(persons.check(form.toData()), locale));
        }
        return errors;
    }

    private Map<String, String> messagesOf(List<Violation> violations, Locale locale) {
        var errors = new LinkedHashMap<String, String>();
        for (var violation : violations) {
            // One message per field: the first is what to correct first.
            errors.putIfAbsent(violation.field(), message(violation, locale));
        }
        return errors;
    }

    private String message(Violation violation, Locale locale) {
        return messages.getMessage(violation.messageKey(), violation.arguments().toArray(), locale);
    }
}
