package org.custodian.contacts.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.custodian.contacts.SensitiveData;
import org.custodian.contacts.SensitiveDatum;
import org.custodian.shared.FormNames;
import org.custodian.shared.PersonId;
import org.custodian.shared.web.ActorWords;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The sensitive-data panel of the person page (CON-4, SEC-5): each datum with the proof of the consent it is kept
 * under, and its erasure when the consent is withdrawn. Served as an htmx fragment that the person page loads for
 * the roles allowed to see it only, so that the values never reach anyone else's browser; each display is an
 * audited read. The form a consent was given on is named by its title (through {@link FormNames}), never by its
 * address.
 */
@Controller
@RequestMapping("/persons/{id}/sensitive-data")
class SensitiveDataController {

    static final String PURPOSE = "customer-relationship/sensitive-data";

    private final SensitiveData sensitiveData;
    private final ObjectProvider<FormNames> formNames;
    private final ActorWords actorWords;
    private final MessageSource messages;

    SensitiveDataController(SensitiveData sensitiveData, ObjectProvider<FormNames> formNames,
            ActorWords actorWords, MessageSource messages) {
        this.sensitiveData = sensitiveData;
        this.formNames = formNames;
        this.actorWords = actorWords;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize(Roles.SENSITIVE)
    String panel(@PathVariable PersonId id, Model model, Locale locale) {
        return show(id, model, locale);
    }

    /** The datum id alone names what to erase; the person's id only says which page to come back to. */
    @PostMapping("/{datumId}/erase")
    @PreAuthorize(Roles.SENSITIVE)
    String erase(@PathVariable PersonId id, @PathVariable UUID datumId,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale) {
        sensitiveData.erase(datumId);
        if (htmx == null) {
            return "redirect:/persons/" + id;
        }
        model.addAttribute("erased", true);
        return show(id, model, locale);
    }

    private String show(PersonId id, Model model, Locale locale) {
        var data = sensitiveData.of(id, PURPOSE);
        model.addAttribute("personId", id);
        model.addAttribute("data", data);
        model.addAttribute("forms", forms(data, locale));
        model.addAttribute("recorders", actorWords.of(data.stream().map(SensitiveDatum::recordedBy).toList(), locale));
        return "contacts/sensitive-data :: panel";
    }

    /**
     * The form each datum's consent was given on, in words, by the datum's id: its title and version, looked up once
     * for the panel; a form Custodian does not hold in a sentence.
     */
    private Map<UUID, String> forms(List<SensitiveDatum> data, Locale locale) {
        var versions = data.stream().filter(datum -> datum.consent().formRef() != null)
                .map(datum -> new FormNames.Version(datum.consent().formRef(), datum.consent().formVersion()))
                .distinct().toList();
        var lookup = formNames.getIfAvailable();
        var titles = lookup == null || versions.isEmpty() ? Map.<FormNames.Version, String>of()
                : lookup.titles(versions);
        var forms = new HashMap<UUID, String>();
        for (var datum : data) {
            var consent = datum.consent();
            if (consent.formRef() == null) {
                continue;
            }
            var title = titles.get(new FormNames.Version(consent.formRef(), consent.formVersion()));
            var version = consent.formVersion();
            forms.put(datum.id(), title != null
                    ? (version == null ? message("sensitive.proof.form.named", locale, title)
                            : message("sensitive.proof.form.namedVersion", locale, title, version))
                    : (version == null ? message("sensitive.proof.form.unknown", locale)
                            : message("sensitive.proof.form.unknownVersion", locale, version)));
        }
        return forms;
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
