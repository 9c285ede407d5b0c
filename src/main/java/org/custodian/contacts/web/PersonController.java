package org.custodian.contacts.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.custodian.audit.AuditLog;
import org.custodian.contacts.GenericAddresses;
import org.custodian.contacts.InvalidPersonData;
import org.custodian.contacts.PersonChange;
import org.custodian.contacts.PersonContacts;
import org.custodian.contacts.Persons;
import org.custodian.contacts.Restrictions;
import org.custodian.contacts.PossibleDuplicate;
import org.custodian.contacts.Purchases;
import org.custodian.contacts.SensitiveData;
import org.custodian.shared.PersonId;
import org.custodian.shared.Violation;
import org.custodian.shared.web.ActorWords;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
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
    /** What the consent panel that the page loads reads, as the consent module names it in the audit log. */
    private static final String CONSENTS = "consent";
    /** What the campaigns panel reads: the person's eligibility for the latest campaigns (prospecting's records). */
    private static final String ELIGIBILITY = "prospecting.eligibility";

    private final Persons persons;
    private final Restrictions restrictions;
    private final GenericAddresses genericAddresses;
    private final AuditLog audit;
    private final PersonExport export;
    private final ActorWords actorWords;
    private final DateTimeFormatter timestamps;
    private final DateTimeFormatter days;
    private final Clock clock;

    PersonController(Persons persons, Restrictions restrictions, GenericAddresses genericAddresses, AuditLog audit,
            PersonExport export, ActorWords actorWords,
            @Value("${custodian.time-zone:Europe/Paris}") ZoneId zone, Clock clock) {
        this.persons = persons;
        this.restrictions = restrictions;
        this.genericAddresses = genericAddresses;
        this.audit = audit;
        this.export = export;
        this.actorWords = actorWords;
        this.timestamps = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(zone);
        this.days = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(zone);
        // the day the facade's rules call today, so that the day offered is never refused as in the future
        this.clock = clock;
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
        model.addAttribute("restrictedPersons", restrictions.countInForce());
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
        model.addAttribute("form", PersonForm.empty(LocalDate.now(clock)));
        return "contacts/form";
    }

    @PostMapping
    @PreAuthorize(Roles.WRITE)
    String create(@ModelAttribute("form") PersonForm form, BindingResult binding,
            @RequestParam(defaultValue = "false") boolean allowDuplicate, Model model, RedirectAttributes redirect) {
        checkForm(form, binding);
        if (!binding.hasErrors()) {
            try {
                var created = persons.create(form.toData(), allowDuplicate);
                redirect.addFlashAttribute("created", true);
                return "redirect:/persons/" + created.id();
            } catch (InvalidPersonData invalid) {
                reject(invalid.violations(), binding);
            } catch (PossibleDuplicate duplicate) {
                // CON-9: the user opens the person found, or confirms that this is someone else.
                model.addAttribute("duplicate", duplicate);
            }
        }
        return "contacts/form";
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.READ)
    String detail(@PathVariable PersonId id, HttpServletRequest request, Model model, Locale locale) {
        // One page view, one audit entry: it names the panels the page loads, whose reads it then covers.
        var panels = new ArrayList<>(List.of(CONSENTS, Purchases.RESOURCE, PersonContacts.RESOURCE));
        if (request.isUserInRole("MARKETING") || request.isUserInRole("DPO")) {
            panels.add(ELIGIBILITY);
        }
        if (request.isUserInRole("SUPPORT") || request.isUserInRole("DPO")) {
            panels.add(SensitiveData.RESOURCE);
        }
        model.addAttribute("auditView", audit.pageView(Persons.RESOURCE, id.toString(), panels));
        var person = persons.get(id, PURPOSE);
        model.addAttribute("person", person);
        model.addAttribute("restricted", restrictions.inForce(id).isPresent());
        model.addAttribute("genericAddress", genericAddresses.isGeneric(person.data().email(),
                person.data().genericAddress()));
        var history = persons.history(id);
        model.addAttribute("history", history);
        model.addAttribute("actors", actorWords.of(history.stream().map(PersonChange::actor).toList(), locale));
        model.addAttribute("timestamps", timestamps);
        return "contacts/detail";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(Roles.WRITE)
    String editForm(@PathVariable PersonId id, Model model) {
        var person = persons.get(id, PURPOSE);
        model.addAttribute("person", person);
        model.addAttribute("form", PersonForm.of(person.data()));
        return "contacts/form";
    }

    @PostMapping("/{id}")
    @PreAuthorize(Roles.WRITE)
    String update(@PathVariable PersonId id, @ModelAttribute("form") PersonForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        checkForm(form, binding);
        if (!binding.hasErrors()) {
            try {
                persons.update(id, form.toData());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/persons/" + id;
            } catch (InvalidPersonData invalid) {
                reject(invalid.violations(), binding);
            }
        }
        model.addAttribute("person", persons.get(id, PURPOSE));
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
    private void checkForm(PersonForm form, BindingResult binding) {
        var unreadable = form.unreadableDates();
        if (!unreadable.isEmpty()) {
            unreadable.forEach(field -> binding.rejectValue(field, "person.error.date"));
            reject(persons.check(form.toData()), binding);
        }
    }

    /** One message per field: the first is what to correct first. */
    private static void reject(List<Violation> violations, BindingResult binding) {
        for (var violation : violations) {
            if (!binding.hasFieldErrors(violation.field())) {
                binding.rejectValue(violation.field(), violation.messageKey(), violation.arguments().toArray(), null);
            }
        }
    }
}
