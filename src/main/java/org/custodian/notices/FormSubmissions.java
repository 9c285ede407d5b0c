package org.custodian.notices;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.custodian.consent.Channel;
import org.custodian.consent.ConsentLedger;
import org.custodian.consent.ConsentSubmission;
import org.custodian.consent.InvalidConsent;
import org.custodian.consent.ProofKind;
import org.custodian.consent.ProofOrigin;
import org.custodian.contacts.Civility;
import org.custodian.contacts.InvalidPersonData;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.PersonView;
import org.custodian.contacts.Persons;
import org.custodian.contacts.SensitiveConsent;
import org.custodian.contacts.SensitiveData;
import org.custodian.shared.SuppressedAddresses;
import org.custodian.shared.Violation;
import org.custodian.register.Recipients;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public side of collection forms (INF-2, PRO-1, CON-9): the form with its first-level notice, and a visitor's
 * submission, which creates the prospect or completes the person holding the address, and appends each ticked box to
 * the consent ledger with its proof. All of it is stored together or not at all.
 */
@Service
public class FormSubmissions {

    private static final int MAX_SOURCE_ORIGIN = 120;
    private static final int MAX_SENSITIVE_ANSWER = 2000;

    private final CollectionForms forms;
    private final CollectionFormRepository repository;
    private final PrivacyNotices notices;
    private final Persons persons;
    private final ConsentLedger ledger;
    private final Recipients recipients;
    private final SensitiveData sensitiveData;
    private final MessageSource messages;
    private final ObjectProvider<SuppressedAddresses> suppressed;
    private final Clock clock;

    FormSubmissions(CollectionForms forms, CollectionFormRepository repository, PrivacyNotices notices,
            Persons persons, ConsentLedger ledger, Recipients recipients, SensitiveData sensitiveData,
            MessageSource messages, ObjectProvider<SuppressedAddresses> suppressed, Clock clock) {
        this.forms = forms;
        this.repository = repository;
        this.notices = notices;
        this.persons = persons;
        this.ledger = ledger;
        this.recipients = recipients;
        this.sensitiveData = sensitiveData;
        this.messages = messages;
        this.suppressed = suppressed;
        this.clock = clock;
    }

    /**
     * The form as visitors see it, in the given version or the current one.
     *
     * @throws FormNotFound       if there is no such open form or version
     * @throws NoticeNotPublished if no privacy notice is published
     */
    @Transactional(readOnly = true)
    public PublicForm show(String slug, Integer version) {
        var form = forms.get(slug);
        if (!form.active()) {
            throw new FormNotFound(slug);
        }
        var shown = version == null ? form.version() : version;
        var saved = shown == form.version() ? null : forms.version(slug, shown);
        // Issue 9 §1: the rules of law of the day it is shown or used, whatever the day it was saved.
        var definition = FormRules.inForce(saved == null ? form.definition() : saved.definition(),
                LocalDate.now(clock));
        // INF-1: the first level of the notice the form version was published with, never a later one.
        var published = notices.version(saved == null ? form.noticeVersion() : saved.noticeVersion())
                .orElseThrow(NoticeNotPublished::new);
        var disclosure = definition.partnerOffer() == PartnerOffer.NONE ? null
                : PartnerDisclosure.of(recipients.partners()).describe(messages, definition.locale());
        return new PublicForm(slug, shown, definition, FirstLevelNotice.of(published, definition), disclosure);
    }

    /**
     * Records a visitor's submission.
     *
     * @throws InvalidSubmission  with every problem, field by field; nothing is stored
     * @throws FormNotFound       if there is no such open form or version
     * @throws NoticeNotPublished if no privacy notice is published
     */
    @Transactional
    public FormReceipt submit(String slug, FormAnswers answers, Visitor visitor) {
        var form = show(slug, answers.formVersion());
        var definition = form.definition();
        var violations = new ArrayList<Violation>();
        var data = personData(definition, answers, violations);
        checkBoxes(definition, answers, violations);
        checkSensitiveAnswers(definition, answers, violations);
        if (violations.isEmpty()) {
            violations.addAll(persons.check(data));
        }
        if (!violations.isEmpty()) {
            throw new InvalidSubmission(violations);
        }
        var existing = persons.findByEmail(data.email(), "collection-form/" + slug);
        var person = existing.map(found -> persons.complete(found, data)).orElseGet(() -> persons.create(data));
        var outcome = existing.isEmpty() ? FormReceipt.Outcome.CREATED
                : existing.get().data().equals(person.data()) ? FormReceipt.Outcome.UNCHANGED
                : FormReceipt.Outcome.COMPLETED;
        var recorder = new Recorder(form, person, visitor);
        var consents = new ArrayList<ConsentSubmission>();
        for (var value : answers.consents()) {
            var box = definition.box(BoxKind.CONSENT, value).orElseThrow();
            consents.add(recorder.submission(box.purpose(), box.channel(), box.text()));
        }
        if (answers.partners() && definition.partnerOffer() == PartnerOffer.CONSENT) {
            consents.add(recorder.submission(ConsentLedger.PARTNER_TRANSMISSION, Channel.EMAIL,
                    form.partnerBoxText()));
        }
        recorder.consents(consents, existing.isPresent());
        // An objection only stops a use of the person's data: recorded at once whoever ticked it, since a forged one
        // cannot harm the person (at worst they receive less), while making them confirm it would keep the use going.
        for (var value : answers.oppositions()) {
            var box = definition.box(BoxKind.OPPOSITION, value).orElseThrow();
            recorder.objection(box.purpose(), box.channel(), box.text());
        }
        if (answers.partners() && definition.partnerOffer() == PartnerOffer.OPPOSITION) {
            recorder.objection(ConsentLedger.PARTNER_TRANSMISSION, Channel.POST, form.partnerBoxText());
        }
        // CON-4, PRO-1: anyone can type a known person's address, and their explicit consent to a sensitive datum
        // cannot be proven by a public form then: only a new person's answer is kept; a known person gives it to staff.
        if (existing.isEmpty()) {
            recordSensitiveAnswers(form, person, answers, recorder);
        }
        // Whenever a consent was ticked the page mentions the confirmation mail, whether one went or not, so that it
        // tells nobody whether the address was already on file or had reached the day's limit of mails.
        var receipt = new FormReceipt(person.id().value(), outcome, !consents.isEmpty());
        // PRO-3: staff learn from the submission that the address is on the suppression list (the visitor does not);
        // a consent ticked now is recorded as usual and, confirmed, lifts the opposition for its channel.
        var list = suppressed.getIfAvailable();
        var suppressedSince = list == null ? null : list.since(data.email(), data.phone()).orElse(null);
        repository.insertSubmission(receipt, slug, form.version(), ticked(answers), form.notice().noticeVersion(),
                Instant.now(clock), visitor.ip(), visitor.userAgent(), recorder.source, suppressedSince);
        return receipt;
    }

    private PersonData personData(FormDefinition definition, FormAnswers answers, List<Violation> violations) {
        for (var choice : definition.fields()) {
            if (choice.required() && answers.value(choice.field()) == null) {
                violations.add(new Violation(choice.field().parameter(), "required", "notices.forms.error.field-required",
                        List.of()));
            }
        }
        var unknown = answers.values().keySet().stream()
                .filter(name -> definition.fields().stream().noneMatch(choice -> choice.field().parameter().equals(name)))
                .toList();
        unknown.forEach(name -> violations.add(new Violation(name, "unknown-field", "notices.forms.error.unknown-field",
                List.of(name))));
        Civility civility = null;
        var civilityValue = answers.value(FormField.CIVILITY);
        if (civilityValue != null) {
            try {
                civility = Civility.valueOf(civilityValue);
            } catch (IllegalArgumentException e) {
                violations.add(new Violation("civility", "civility", "notices.forms.error.civility", List.of()));
            }
        }
        LocalDate birthDate = null;
        var birthDateValue = answers.value(FormField.BIRTH_DATE);
        if (birthDateValue != null) {
            try {
                birthDate = LocalDate.parse(birthDateValue);
            } catch (DateTimeParseException e) {
                violations.add(new Violation("birthDate", "date", "notices.forms.error.date", List.of()));
            }
        }
        return new PersonData(PersonType.PROSPECT, definition.audience(), civility, answers.value(FormField.LAST_NAME),
                answers.value(FormField.FIRST_NAMES), answers.value(FormField.EMAIL), answers.value(FormField.PHONE),
                birthDate, answers.value(FormField.ADDRESS), answers.value(FormField.COMPANY),
                answers.value(FormField.JOB_TITLE), null, null, null);
    }

    /** A ticked box the version shown does not have is refused, never ignored: the proof would not match. */
    private static void checkBoxes(FormDefinition definition, FormAnswers answers, List<Violation> violations) {
        answers.consents().stream().filter(value -> definition.box(BoxKind.CONSENT, value).isEmpty())
                .forEach(value -> violations.add(unknownBox(value)));
        answers.oppositions().stream().filter(value -> definition.box(BoxKind.OPPOSITION, value).isEmpty())
                .forEach(value -> violations.add(unknownBox(value)));
        if (answers.partners() && definition.partnerOffer() == PartnerOffer.NONE) {
            violations.add(unknownBox("partners"));
        }
        // A consent to a channel whose address the visitor left empty (the field is optional on the form) could
        // neither be confirmed nor used: the visitor is asked for the address.
        answers.consents().stream().map(value -> definition.box(BoxKind.CONSENT, value)).flatMap(Optional::stream)
                .map(box -> FormRules.addressField(box.channel())).distinct()
                .filter(field -> answers.value(field) == null)
                .forEach(field -> violations.add(new Violation(field.parameter(), "required",
                        "notices.forms.error.field-required", List.of())));
        if (answers.partners() && definition.partnerOffer() == PartnerOffer.CONSENT
                && answers.value(FormField.EMAIL) == null) {
            violations.add(new Violation(FormField.EMAIL.parameter(), "required", "notices.forms.error.field-required",
                    List.of()));
        }
        if (answers.consents().size() != answers.consents().stream().distinct().count()
                || answers.oppositions().size() != answers.oppositions().stream().distinct().count()) {
            violations.add(new Violation("boxes", "duplicate-box", "notices.forms.error.duplicate-box", List.of("")));
        }
    }

    /**
     * CON-4: an answer to a sensitive question is kept only with its own explicit consent; an answer without the box,
     * or the box without an answer, is refused rather than silently dropped, so that the visitor decides.
     */
    private static void checkSensitiveAnswers(FormDefinition definition, FormAnswers answers,
            List<Violation> violations) {
        for (var key : answers.sensitive().keySet()) {
            if (definition.sensitiveQuestion(key).isEmpty()) {
                violations.add(new Violation("sensitive." + key, "unknown-field", "notices.forms.error.unknown-field",
                        List.of(key)));
            }
        }
        for (var key : answers.sensitiveConsents()) {
            if (definition.sensitiveQuestion(key).isEmpty()) {
                violations.add(unknownBox(key));
            }
        }
        for (var question : definition.sensitiveQuestions()) {
            var answer = answers.sensitive(question);
            var consented = answers.sensitiveConsents().contains(question.key());
            var field = "sensitive." + question.key();
            if (answer != null && !consented) {
                violations.add(new Violation(field, "sensitive-needs-consent",
                        "notices.forms.error.sensitive-needs-consent", List.of()));
            } else if (answer == null && consented) {
                violations.add(new Violation(field, "sensitive-empty", "notices.forms.error.sensitive-empty",
                        List.of()));
            } else if (answer != null && answer.length() > MAX_SENSITIVE_ANSWER) {
                violations.add(new Violation(field, "too-long", "notices.forms.error.too-long",
                        List.of(MAX_SENSITIVE_ANSWER)));
            }
        }
    }

    private void recordSensitiveAnswers(PublicForm form, PersonView person, FormAnswers answers, Recorder recorder) {
        for (var question : form.definition().sensitiveQuestions()) {
            var answer = answers.sensitive(question);
            if (answer == null) {
                continue;
            }
            var consent = new SensitiveConsent(question.consentText(), form.slug(), form.version(),
                    form.notice().noticeVersion(), recorder.visitor.ip(), recorder.visitor.userAgent(), recorder.source);
            try {
                sensitiveData.record(person.id(), question.category(), question.label(), answer, consent);
            } catch (InvalidPersonData invalid) {
                throw new InvalidSubmission(invalid.violations().stream()
                        .map(violation -> new Violation("sensitive." + question.key(), violation.rule(),
                                violation.messageKey(), violation.arguments()))
                        .toList());
            }
        }
    }

    private static Violation unknownBox(String value) {
        return new Violation("boxes", "unknown-box", "notices.forms.error.unknown-box", List.of(value));
    }

    /**
     * A public form may complete a known person's file but never overwrite it: anyone can type anyone's address
     * into a public form, and the file must not be rewritten by whoever does (CON-9 accuracy against integrity).
     */
    private static String ticked(FormAnswers answers) {
        var ticked = new ArrayList<String>();
        answers.consents().forEach(value -> ticked.add("CONSENT:" + value));
        answers.oppositions().forEach(value -> ticked.add("OPPOSITION:" + value));
        if (answers.partners()) {
            ticked.add("PARTNERS");
        }
        return String.join(",", ticked);
    }

    /** Appends one submission's boxes to the ledger with the same proof. */
    private final class Recorder {

        private final PublicForm form;
        private final PersonView person;
        private final Visitor visitor;
        private final String source;

        Recorder(PublicForm form, PersonView person, Visitor visitor) {
            this.form = form;
            this.person = person;
            this.visitor = visitor;
            var origin = visitor.origin();
            var base = "/p/forms/" + form.slug();
            // Browsers send a plain origin; anything else was typed by a script, and is no proof of where it came from.
            this.source = origin == null || origin.length() > MAX_SOURCE_ORIGIN || !ProofOrigin.isOrigin(origin) ? base
                    : base + " ← " + origin;
        }

        /**
         * PRO-1 (issue 7 §5): anyone can type a known person's address into a public form, so for a person already on
         * file no consent counts, whatever its channel, until they confirm from their own mailbox; for a new prospect
         * only e-mail consents wait (the address is the only thing the visitor could have borrowed). The ledger keeps
         * one request per purpose and channel and limits the mails per address and day; beyond it nothing is recorded
         * and the visitor is thanked all the same.
         */
        void consents(List<ConsentSubmission> consents, boolean knownPerson) {
            var toConfirm = consents.stream().filter(consent -> knownPerson || consent.needsDoubleOptIn()).toList();
            try {
                consents.stream().filter(consent -> !toConfirm.contains(consent)).forEach(ledger::submit);
                if (!toConfirm.isEmpty()) {
                    ledger.requestConfirmation(toConfirm);
                }
            } catch (InvalidConsent invalid) {
                throw new InvalidSubmission(invalid.violations().stream()
                        .map(violation -> new Violation("boxes", violation.rule(), violation.messageKey(),
                                violation.arguments()))
                        .toList());
            }
        }

        void objection(String purpose, Channel channel, String text) {
            ledger.recordObjection(submission(purpose, channel, text));
        }

        ConsentSubmission submission(String purpose, Channel channel, String text) {
            return new ConsentSubmission(person.id().value(), purpose, channel, text, form.slug(), form.version(),
                    form.notice().noticeVersion(), visitor.ip(), visitor.userAgent(), source, ProofKind.FORM,
                    person.data().email(), form.definition().locale());
        }
    }
}
