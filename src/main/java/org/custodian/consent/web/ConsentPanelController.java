package org.custodian.consent.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
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
import org.custodian.consent.ProofWords;
import org.custodian.consent.SoftOptInEvidence;
import org.custodian.consent.SoftOptInRecord;
import org.custodian.consent.SoftOptInStatus;
import org.custodian.consent.StaffStatement;
import org.custodian.shared.PersonId;
import org.custodian.contacts.PersonView;
import org.custodian.contacts.Persons;
import org.custodian.mail.Mailer;
import org.custodian.shared.Violation;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
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
    private static final String EMAIL_FORM = "emailForm";
    private static final String GIVEN_FORM = "givenForm";
    private static final String SOFT_FORM = "softForm";
    private static final String WITHDRAWAL_FORM = "withdrawalForm";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ConsentLedger ledger;
    private final ConsentProofs proofs;
    private final Persons persons;
    private final ConsentPurposes purposes;
    private final MessageSource messages;
    private final ObjectMapper json;
    private final Mailer mailer;
    private final ProofWords words;

    ConsentPanelController(ConsentLedger ledger, ConsentProofs proofs, Persons persons, ConsentPurposes purposes,
            MessageSource messages, ObjectMapper json, Mailer mailer, ProofWords words) {
        this.ledger = ledger;
        this.proofs = proofs;
        this.persons = persons;
        this.purposes = purposes;
        this.messages = messages;
        this.json = json;
        this.mailer = mailer;
        this.words = words;
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
        var binding = bind(EMAIL_FORM, form, model);
        var address = person.data().email();
        reject(ledger.checkEmailRequest(address, form.purpose(), form.text()), binding);
        if (!binding.hasErrors()) {
            try {
                switch (ledger.requestEmailConsent(id, address, form.purpose(), form.text().strip(), locale)) {
                    case MAILED -> model.addAttribute("notice", message(mailer.deliversBySmtp()
                            ? "consent.panel.notice.mailSent" : "consent.panel.notice.mailHeld", locale, address));
                    case ALREADY_PENDING -> model.addAttribute("notice",
                            message("consent.panel.notice.alreadyPending", locale));
                    case LIMIT_REACHED -> binding.rejectValue("purpose", "consent.panel.error.limit");
                }
            } catch (InvalidConsent invalid) {
                refused(invalid, binding);
            }
        }
        return answer(id, htmx, EMAIL_FORM, binding, model, locale);
    }

    @PostMapping("/given")
    @PreAuthorize(Roles.WRITE)
    String recordGiven(@PathVariable UUID id, @ModelAttribute PanelForms.Given form,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale) {
        person(id);
        var binding = bind(GIVEN_FORM, form, model);
        reject(ledger.checkGivenToStaff(form.purpose(), form.channel(), form.text(), form.how(), form.details()),
                binding);
        if (!binding.hasErrors()) {
            try {
                ledger.recordGivenToStaff(id, form.purpose(), form.channel(), form.text().strip(),
                        new StaffStatement(form.how(), form.details()));
                model.addAttribute("notice", message("consent.panel.notice.given", locale));
            } catch (InvalidConsent invalid) {
                refused(invalid, binding);
            }
        }
        return answer(id, htmx, GIVEN_FORM, binding, model, locale);
    }

    @PostMapping("/soft-opt-in")
    @PreAuthorize(Roles.WRITE)
    String recordSoftOptIn(@PathVariable UUID id, @ModelAttribute PanelForms.SoftOptIn form,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale) {
        person(id);
        var binding = bind(SOFT_FORM, form, model);
        var collectedOn = day(form.collectedOn());
        var offered = Boolean.TRUE.equals(form.oppositionOffered());
        var opposed = Boolean.TRUE.equals(form.opposed());
        if (collectedOn == null && form.collectedOn() != null && !form.collectedOn().isBlank()) {
            binding.rejectValue("collectedOn", "consent.softOptIn.error.date");
        }
        reject(ledger.checkSoftOptInByStaff(form.channel(), form.saleReference(), collectedOn, form.how(),
                form.details(), offered, form.oppositionHow()), binding);
        if (!binding.hasErrors()) {
            try {
                ledger.recordSoftOptIn(SoftOptInEvidence.byStaff(id, form.channel(), form.saleReference().strip(),
                        null, collectedOn, offered, form.oppositionHow(), opposed,
                        new StaffStatement(form.how(), form.details())));
                model.addAttribute("notice", message("consent.softOptIn.notice."
                        + SoftOptInStatus.of(offered, opposed), locale));
            } catch (InvalidConsent invalid) {
                reject(invalid.violations().stream()
                        .map(violation -> List.of("channel", "saleReference", "collectedOn", "oppositionHow")
                                .contains(violation.field()) ? violation
                                : new Violation("saleReference", violation.rule(), violation.messageKey(),
                                        violation.arguments()))
                        .toList(), binding);
            }
        }
        return answer(id, htmx, SOFT_FORM, binding, model, locale);
    }

    /** A day as the browser's date field sends it, or null when it is absent or not a date. */
    private static LocalDate day(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADay) {
            return null;
        }
    }

    @PostMapping("/withdrawal")
    @PreAuthorize(Roles.WRITE)
    String recordWithdrawal(@PathVariable UUID id, @ModelAttribute PanelForms.Withdrawal form,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale) {
        person(id);
        var binding = bind(WITHDRAWAL_FORM, form, model);
        reject(ledger.checkWithdrawal(form.purpose(), form.channel(), form.source()), binding);
        if (!binding.hasErrors()) {
            try {
                ledger.withdraw(id, form.purpose(), form.channel(), form.source().strip(), null, null);
                model.addAttribute("notice", message("consent.panel.notice.withdrawn", locale));
            } catch (InvalidConsent invalid) {
                refused(invalid, binding);
            }
        }
        return answer(id, htmx, WITHDRAWAL_FORM, binding, model, locale);
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

    /**
     * Without htmx, a recorded action comes back to the person page; otherwise, or when refused, the panel is drawn
     * again with the form as typed and its errors next to its fields. Only the refused form keeps what was typed.
     */
    private String answer(UUID id, String htmx, String name, BindingResult binding, Model model, Locale locale) {
        if (htmx == null && !binding.hasErrors()) {
            return "redirect:/persons/" + id;
        }
        if (!binding.hasErrors()) {
            model.asMap().remove(name);
            model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + name);
        }
        return show(id, model, locale);
    }

    /** The form under the name the panel draws it with, and the result its fields' errors are tied to. */
    private static BindingResult bind(String name, Object form, Model model) {
        var binding = new DirectFieldBindingResult(form, name);
        model.addAttribute(name, form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, binding);
        return binding;
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
        model.addAttribute("words", words.of(evidence.history(), locale));
        model.addAttribute("softOptIns", softOptInLines(evidence.softOptIns()));
        model.addAttribute("softChannels", ConsentLedger.SOFT_OPT_IN_CHANNELS);
        model.addAttribute("channels", Channel.values());
        model.addAttribute("staffChannels", ConsentLedger.STAFF_CHANNELS);
        model.addAttribute("hows", HowGiven.values());
        if (!model.containsAttribute(EMAIL_FORM)) {
            bind(EMAIL_FORM, new PanelForms.EmailRequest(PROSPECTING,
                    message("consent.panel.email.defaultText", locale)), model);
        }
        if (!model.containsAttribute(GIVEN_FORM)) {
            bind(GIVEN_FORM, new PanelForms.Given(PROSPECTING, null,
                    message("consent.panel.given.defaultText", locale), null, null), model);
        }
        if (!model.containsAttribute(SOFT_FORM)) {
            bind(SOFT_FORM, new PanelForms.SoftOptIn(Channel.EMAIL, null, null, null, null, true,
                    message("consent.softOptIn.defaultHow", locale), false), model);
        }
        if (!model.containsAttribute(WITHDRAWAL_FORM)) {
            bind(WITHDRAWAL_FORM, new PanelForms.Withdrawal(PROSPECTING, null,
                    message("consent.panel.withdrawal.defaultSource", locale)), model);
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

    /** One message per field, the first the rule gives: what to correct first. */
    private static void reject(List<Violation> violations, BindingResult binding) {
        for (var violation : violations) {
            if (!binding.hasFieldErrors(violation.field())) {
                binding.rejectValue(violation.field(), violation.messageKey(), violation.arguments().toArray(), null);
            }
        }
    }

    /**
     * The ledger's refusal when it checks again, shown at the form's field it is about: the purpose or the channel;
     * what is about the person or the record itself goes with the purpose.
     */
    private static void refused(InvalidConsent invalid, BindingResult binding) {
        reject(invalid.violations().stream()
                .map(violation -> List.of("purpose", "channel").contains(violation.field()) ? violation
                        : new Violation("purpose", violation.rule(), violation.messageKey(), violation.arguments()))
                .toList(), binding);
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
