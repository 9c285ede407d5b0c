package org.custodian.consent.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.ObjectMapper;

import org.custodian.consent.Channel;
import org.custodian.consent.ConsentLedger;
import org.custodian.consent.ConsentProofs;
import org.custodian.consent.ConsentPurposes;
import org.custodian.consent.ConsentState;
import org.custodian.consent.HowGiven;
import org.custodian.consent.InvalidConsent;
import org.custodian.consent.SoftOptInEvidence;
import org.custodian.consent.SoftOptInRecord;
import org.custodian.consent.SoftOptInStatus;
import org.custodian.consent.StaffStatement;
import org.custodian.shared.PersonId;
import org.custodian.contacts.PersonView;
import org.custodian.contacts.Persons;
import org.custodian.mail.Mailer;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The consent panel of the person page (PRO-1, Camille step 4): where each purpose × channel stands, the
 * full history with proof, and for customer service the actions — send the double opt-in mail, record a
 * consent given by letter, phone or in person with how it was given, record a withdrawal — and the
 * export of the proofs. Served as an htmx fragment that the person page loads; a plain form post comes
 * back to the person page.
 */
@Controller
@RequestMapping("/consents/persons/{id}")
class ConsentPanelController {

    private static final String PURPOSE = "customer-relationship/consents";
    /** The purpose shown even when nothing is recorded: the one campaigns need consent for. */
    private static final String PROSPECTING = "PROSPECTING";
    private static final List<Channel> STAFF_CHANNELS = List.of(Channel.SMS, Channel.PHONE, Channel.POST);
    /** The channels a soft opt-in can cover (CPCE L.34-5: electronic mail). */
    private static final List<Channel> SOFT_OPT_IN_CHANNELS = List.of(Channel.EMAIL, Channel.SMS);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ConsentLedger ledger;
    private final ConsentProofs proofs;
    private final Persons persons;
    private final ConsentPurposes purposes;
    private final MessageSource messages;
    private final ObjectMapper json;
    private final Mailer mailer;

    ConsentPanelController(ConsentLedger ledger, ConsentProofs proofs, Persons persons, ConsentPurposes purposes,
            MessageSource messages, ObjectMapper json, Mailer mailer) {
        this.ledger = ledger;
        this.proofs = proofs;
        this.persons = persons;
        this.purposes = purposes;
        this.messages = messages;
        this.json = json;
        this.mailer = mailer;
    }

    @GetMapping
    @PreAuthorize(Roles.READ)
    String panel(@PathVariable UUID id, Model model, Locale locale) {
        return show(id, model, locale);
    }

    @PostMapping("/email-request")
    @PreAuthorize(Roles.WRITE)
    String requestEmail(@PathVariable UUID id, @ModelAttribute PanelForms.EmailRequest form,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale) {
        var person = person(id);
        var errors = new LinkedHashMap<String, String>();
        checkConsentPurpose(form.purpose(), "email-purpose", errors, locale);
        checkText(form.text(), "email-text", errors, locale);
        if (person.data().email() == null) {
            errors.put("email-purpose", message("consent.panel.error.noEmail", locale));
        }
        if (errors.isEmpty()) {
            try {
                switch (ledger.requestEmailConsent(id, person.data().email(), form.purpose(), form.text().strip(),
                        locale)) {
                    case MAILED -> model.addAttribute("notice", message(mailer.deliversBySmtp()
                            ? "consent.panel.notice.mailSent" : "consent.panel.notice.mailHeld", locale,
                            person.data().email()));
                    case ALREADY_PENDING -> model.addAttribute("notice",
                            message("consent.panel.notice.alreadyPending", locale));
                    case LIMIT_REACHED -> errors.put("email-purpose", message("consent.panel.error.limit", locale));
                }
            } catch (InvalidConsent invalid) {
                refused(invalid, "email", errors, locale);
            }
        }
        if (!errors.isEmpty()) {
            model.addAttribute("emailForm", form);
        }
        return answer(id, htmx, errors, model, locale);
    }

    @PostMapping("/given")
    @PreAuthorize(Roles.WRITE)
    String recordGiven(@PathVariable UUID id, @ModelAttribute PanelForms.Given form,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale) {
        person(id);
        var errors = new LinkedHashMap<String, String>();
        checkConsentPurpose(form.purpose(), "given-purpose", errors, locale);
        if (form.channel() == null || !STAFF_CHANNELS.contains(form.channel())) {
            errors.put("given-channel", message("consent.panel.error.channel", locale));
        }
        checkText(form.text(), "given-text", errors, locale);
        if (form.how() == null) {
            errors.put("given-how", message("consent.panel.error.how", locale));
        }
        if (form.details() == null || form.details().isBlank()) {
            errors.put("given-details", message("consent.panel.error.details", locale));
        } else if (form.details().strip().length() > StaffStatement.MAX_DETAILS) {
            errors.put("given-details", message("consent.panel.error.tooLong", locale, StaffStatement.MAX_DETAILS));
        }
        if (errors.isEmpty()) {
            try {
                ledger.recordGivenToStaff(id, form.purpose(), form.channel(), form.text().strip(),
                        new StaffStatement(form.how(), form.details()));
                model.addAttribute("notice", message("consent.panel.notice.given", locale));
            } catch (InvalidConsent invalid) {
                refused(invalid, "given", errors, locale);
            }
        }
        if (!errors.isEmpty()) {
            model.addAttribute("givenForm", form);
        }
        return answer(id, htmx, errors, model, locale);
    }

    @PostMapping("/soft-opt-in")
    @PreAuthorize(Roles.WRITE)
    String recordSoftOptIn(@PathVariable UUID id, @ModelAttribute PanelForms.SoftOptIn form,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale) {
        person(id);
        var errors = new LinkedHashMap<String, String>();
        if (form.channel() == null || !SOFT_OPT_IN_CHANNELS.contains(form.channel())) {
            errors.put("soft-channel", message("consent.softOptIn.error.channel", locale));
        }
        if (form.saleReference() == null || form.saleReference().isBlank()) {
            errors.put("soft-sale", message("consent.softOptIn.error.sale", locale));
        } else if (form.saleReference().strip().length() > SoftOptInEvidence.MAX_SALE_REFERENCE) {
            errors.put("soft-sale", message("consent.panel.error.tooLong", locale,
                    SoftOptInEvidence.MAX_SALE_REFERENCE));
        }
        LocalDate collectedOn = null;
        try {
            collectedOn = form.collectedOn() == null || form.collectedOn().isBlank() ? null
                    : LocalDate.parse(form.collectedOn().strip());
        } catch (DateTimeParseException e) {
            collectedOn = null;
        }
        if (collectedOn == null) {
            errors.put("soft-date", message("consent.softOptIn.error.date", locale));
        }
        if (form.how() == null) {
            errors.put("soft-how", message("consent.softOptIn.error.how", locale));
        }
        if (form.details() == null || form.details().isBlank()) {
            errors.put("soft-details", message("consent.softOptIn.error.details", locale));
        } else if (form.details().strip().length() > StaffStatement.MAX_DETAILS) {
            errors.put("soft-details", message("consent.panel.error.tooLong", locale, StaffStatement.MAX_DETAILS));
        }
        var offered = Boolean.TRUE.equals(form.oppositionOffered());
        if (offered && (form.oppositionHow() == null || form.oppositionHow().isBlank())) {
            errors.put("soft-opposition-how", message("consent.softOptIn.error.oppositionHow", locale));
        } else if (form.oppositionHow() != null
                && form.oppositionHow().strip().length() > SoftOptInEvidence.MAX_OPPOSITION_HOW) {
            errors.put("soft-opposition-how", message("consent.panel.error.tooLong", locale,
                    SoftOptInEvidence.MAX_OPPOSITION_HOW));
        }
        if (errors.isEmpty()) {
            try {
                ledger.recordSoftOptIn(SoftOptInEvidence.byStaff(id, form.channel(), form.saleReference().strip(),
                        null, collectedOn, offered, form.oppositionHow(), Boolean.TRUE.equals(form.opposed()),
                        new StaffStatement(form.how(), form.details())));
                model.addAttribute("notice", message("consent.softOptIn.notice."
                        + SoftOptInStatus.of(offered, Boolean.TRUE.equals(form.opposed())), locale));
            } catch (InvalidConsent invalid) {
                for (var violation : invalid.violations()) {
                    var field = switch (violation.field()) {
                        case "channel" -> "soft-channel";
                        case "collectedOn" -> "soft-date";
                        case "oppositionHow" -> "soft-opposition-how";
                        case "source" -> "soft-details";
                        default -> "soft-sale";
                    };
                    errors.putIfAbsent(field,
                            messages.getMessage(violation.messageKey(), violation.arguments().toArray(), locale));
                }
            }
        }
        if (!errors.isEmpty()) {
            model.addAttribute("softForm", form);
        }
        return answer(id, htmx, errors, model, locale);
    }

    @PostMapping("/withdrawal")
    @PreAuthorize(Roles.WRITE)
    String recordWithdrawal(@PathVariable UUID id, @ModelAttribute PanelForms.Withdrawal form,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale) {
        person(id);
        var errors = new LinkedHashMap<String, String>();
        checkPurpose(form.purpose(), "withdrawal-purpose", errors, locale);
        if (form.channel() == null) {
            errors.put("withdrawal-channel", message("consent.panel.error.anyChannel", locale));
        }
        if (form.source() == null || form.source().isBlank()) {
            errors.put("withdrawal-source", message("consent.panel.error.source", locale));
        } else if (form.source().strip().length() > 200) {
            errors.put("withdrawal-source", message("consent.panel.error.tooLong", locale, 200));
        }
        if (errors.isEmpty()) {
            try {
                ledger.withdraw(id, form.purpose(), form.channel(), form.source().strip(), null, null);
                model.addAttribute("notice", message("consent.panel.notice.withdrawn", locale));
            } catch (InvalidConsent invalid) {
                refused(invalid, "withdrawal", errors, locale);
            }
        }
        if (!errors.isEmpty()) {
            model.addAttribute("withdrawalForm", form);
        }
        return answer(id, htmx, errors, model, locale);
    }

    @GetMapping("/proofs.json")
    @PreAuthorize(Roles.READ)
    ResponseEntity<byte[]> proofsJson(@PathVariable UUID id) {
        return download(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(proofs.export(id)),
                MediaType.APPLICATION_JSON, "consents-" + id + ".json");
    }

    @GetMapping("/proofs.pdf")
    @PreAuthorize(Roles.READ)
    ResponseEntity<byte[]> proofsPdf(@PathVariable UUID id, Locale locale) {
        return download(proofs.pdf(id, locale), MediaType.APPLICATION_PDF, "consents-" + id + ".pdf");
    }

    private String answer(UUID id, String htmx, Map<String, String> errors, Model model, Locale locale) {
        if (htmx == null && errors.isEmpty()) {
            return "redirect:/persons/" + id;
        }
        model.addAttribute("errors", errors);
        return show(id, model, locale);
    }

    private String show(UUID id, Model model, Locale locale) {
        var person = person(id);
        var names = purposes.names(locale);
        var states = ledger.current(id);
        model.addAttribute("person", person);
        model.addAttribute("purposes", names);
        model.addAttribute("consentPurposes", purposes.consentableNames(locale));
        model.addAttribute("rows", rows(states, names));
        var evidence = ledger.evidence(id);
        model.addAttribute("history", evidence.history());
        model.addAttribute("softOptIns", softOptInLines(evidence.softOptIns()));
        model.addAttribute("softChannels", SOFT_OPT_IN_CHANNELS);
        model.addAttribute("channels", Channel.values());
        model.addAttribute("staffChannels", STAFF_CHANNELS);
        model.addAttribute("hows", HowGiven.values());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        if (!model.containsAttribute("emailForm")) {
            model.addAttribute("emailForm", new PanelForms.EmailRequest(PROSPECTING,
                    message("consent.panel.email.defaultText", locale)));
        }
        if (!model.containsAttribute("givenForm")) {
            model.addAttribute("givenForm", new PanelForms.Given(PROSPECTING, null,
                    message("consent.panel.given.defaultText", locale), null, null));
        }
        if (!model.containsAttribute("softForm")) {
            model.addAttribute("softForm", new PanelForms.SoftOptIn(Channel.EMAIL, null, null, null, null, true,
                    message("consent.softOptIn.defaultHow", locale), false));
        }
        if (!model.containsAttribute("withdrawalForm")) {
            model.addAttribute("withdrawalForm", new PanelForms.Withdrawal(PROSPECTING, null,
                    message("consent.panel.withdrawal.defaultSource", locale)));
        }
        return "consent/panel :: panel";
    }

    /** Each evidence, newest first, the latest of each channel marked as the one in force. */
    private static List<SoftOptInLine> softOptInLines(List<SoftOptInRecord> history) {
        var seen = new LinkedHashSet<Channel>();
        return history.stream().map(record -> new SoftOptInLine(record, seen.add(record.channel()),
                DAY.format(record.collectedOn()))).toList();
    }

    /** One row per purpose that has a state, prospecting always first, with each channel's state or none. */
    private static List<PurposeRow> rows(List<ConsentState> states, Map<String, String> names) {
        var codes = new LinkedHashSet<String>();
        codes.add(PROSPECTING);
        states.forEach(state -> codes.add(state.purpose()));
        var rows = new ArrayList<PurposeRow>();
        for (var code : codes) {
            var byChannel = new EnumMap<Channel, ConsentState>(Channel.class);
            states.stream().filter(state -> state.purpose().equals(code))
                    .forEach(state -> byChannel.put(state.channel(), state));
            rows.add(new PurposeRow(code, names.getOrDefault(code, code), byChannel));
        }
        return rows;
    }

    private PersonView person(UUID id) {
        return persons.get(new PersonId(id), PURPOSE);
    }

    private void checkPurpose(String purpose, String field, Map<String, String> errors, Locale locale) {
        if (purpose == null || !purposes.names(locale).containsKey(purpose)) {
            errors.put(field, message("consent.panel.error.purpose", locale));
        }
    }

    /** The list offered is the ledger's rule; the ledger checks it again whoever calls. */
    private void checkConsentPurpose(String purpose, String field, Map<String, String> errors, Locale locale) {
        if (purpose == null || !purposes.consentable().contains(purpose)) {
            errors.put(field, message("consent.panel.error.consentPurpose", locale));
        }
    }

    /** The ledger's refusal, shown at the panel's field it is about ({@code given-channel} ...). */
    private void refused(InvalidConsent invalid, String form, Map<String, String> errors, Locale locale) {
        for (var violation : invalid.violations()) {
            var field = List.of("purpose", "channel").contains(violation.field()) ? violation.field() : "purpose";
            errors.putIfAbsent(form + "-" + field,
                    messages.getMessage(violation.messageKey(), violation.arguments().toArray(), locale));
        }
    }

    private void checkText(String text, String field, Map<String, String> errors, Locale locale) {
        if (text == null || text.isBlank()) {
            errors.put(field, message("consent.panel.error.text", locale));
        } else if (text.strip().length() > 20000) {
            errors.put(field, message("consent.panel.error.tooLong", locale, 20000));
        }
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(content);
    }

    /** A soft opt-in evidence as the panel says it: whether it is the one in force, and its day in words. */
    record SoftOptInLine(SoftOptInRecord record, boolean current, String collectedOn) {
    }

    /** A purpose with each channel's current state (absent: nothing recorded). */
    record PurposeRow(String code, String name, Map<Channel, ConsentState> states) {
    }
}
