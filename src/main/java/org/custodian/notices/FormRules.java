package org.custodian.notices;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.custodian.consent.Channel;
import org.custodian.contacts.Audience;
import org.custodian.contacts.SensitiveCategory;
import org.custodian.shared.Violation;
import org.custodian.register.ActivityView;
import org.custodian.register.DataCategoryView;
import org.custodian.register.LegalBasis;

/**
 * What a collection form may ask and offer (INF-2, CON-3, 000 §4–§6), checked before any version is saved:
 * only fields whose category a purpose of the form needs; a consent box only where the purpose rests on consent and
 * an opposition box only where it rests on legitimate interest, one per purpose and channel; a partner box only when
 * there are partners to list; a box for a channel only when the form asks for the address it would use; on a
 * prospecting form, a box for every channel whose address it asks (000 §8); a contact field required only when the
 * form needs it (Art. 13(2)(e)).
 */
final class FormRules {

    static final Pattern SLUG = Pattern.compile("^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?$");
    private static final Pattern ORIGIN = Pattern.compile("^https?://[a-z0-9.-]+(:[0-9]{1,5})?$");
    private static final int MAX_TEXT = 2000;
    /**
     * PRO-4: since 11 August 2026 (law of 30 June 2025 rewriting Consumer Code L.223-1), consumers may be called for
     * prospecting only with their prior consent; before, an opportunity to object was enough.
     */
    static final LocalDate PHONE_CONSENT_SINCE = LocalDate.of(2026, 8, 11);

    private FormRules() {
    }

    /**
     * The context the rules are checked against.
     *
     * @param publishedPurposes the activity codes of the notice in force
     * @param activities        the register's activities by code
     * @param partners          how many partners the register lists
     * @param today             the day the rules of law are taken on
     */
    record Context(Set<String> publishedPurposes, Map<String, ActivityView> activities, int partners,
            LocalDate today) {
    }

    static List<Violation> check(String slug, FormDefinition form, Context context) {
        var violations = new ArrayList<Violation>();
        if (slug == null || !SLUG.matcher(slug).matches()) {
            violations.add(violation("slug", "slug"));
        }
        if (form.title() == null || form.title().isBlank()) {
            violations.add(violation("title", "required"));
        } else if (form.title().length() > 200) {
            violations.add(violation("title", "too-long", 200));
        }
        if (form.introduction() != null && form.introduction().length() > MAX_TEXT) {
            violations.add(violation("introduction", "too-long", MAX_TEXT));
        }
        if (!"fr".equals(form.language()) && !"en".equals(form.language())) {
            violations.add(violation("language", "language"));
        }
        if (form.audience() == null) {
            violations.add(violation("audience", "required"));
        }
        checkPurposes(form, context, violations);
        checkFields(form, context, violations);
        checkBoxes(form, context, violations);
        checkProspectingChannels(form, violations);
        checkPartnerBox(form, context, violations);
        checkSensitiveQuestions(form, context, violations);
        for (var origin : form.embedOrigins()) {
            if (!ORIGIN.matcher(origin).matches() || URI.create(origin).getHost() == null) {
                violations.add(violation("embedOrigins", "origin", origin));
            }
        }
        return violations;
    }

    private static void checkPurposes(FormDefinition form, Context context, List<Violation> violations) {
        if (form.purposes().isEmpty()) {
            violations.add(violation("purposes", "required"));
        }
        for (var purpose : form.purposes()) {
            if (!context.publishedPurposes().contains(purpose)) {
                violations.add(violation("purposes", "purpose-not-published", purpose));
            }
        }
    }

    private static void checkFields(FormDefinition form, Context context, List<Violation> violations) {
        var needed = new HashSet<String>();
        form.purposes().stream().map(context.activities()::get).filter(Objects::nonNull)
                .forEach(activity -> activity.dataCategories().forEach(category -> needed.add(category.code())));
        var seen = new HashSet<FormField>();
        for (var choice : form.fields()) {
            if (!seen.add(choice.field())) {
                violations.add(violation("fields", "duplicate-field", choice.field().name()));
            } else if (!needed.contains(choice.field().category())) {
                violations.add(violation("fields", "field-not-needed", choice.field().name()));
            }
        }
        // CON-1: a professional is reached at a company; a consumer has no company or job title in the file.
        var professional = form.audience() == Audience.PROFESSIONAL;
        if (professional && !form.field(FormField.COMPANY).map(FieldChoice::required).orElse(false)) {
            violations.add(violation("fields", "field-mandatory", FormField.COMPANY.name()));
        }
        if (!professional) {
            form.fields().stream().map(FieldChoice::field)
                    .filter(field -> field == FormField.COMPANY || field == FormField.JOB_TITLE)
                    .forEach(field -> violations.add(violation("fields", "professional-only", field.name())));
        }
        for (var field : FormField.values()) {
            if (field.isMandatory() && !form.field(field).map(FieldChoice::required).orElse(false)) {
                violations.add(violation("fields", "field-mandatory", field.name()));
            }
        }
        form.fields().stream().filter(FieldChoice::required).map(FieldChoice::field)
                .filter(field -> !mayBeRequired(field, form))
                .forEach(field -> violations.add(violation("fields", "required-not-needed", field.name())));
    }

    /**
     * 000 §8, GDPR Art. 13(2)(e): a contact field is required only when the form needs it to do what it offers. On a
     * form that offers choices of channel, that is when one of its boxes (or the partner box) uses the channel the
     * field reaches: a postal-only form cannot require an e-mail address. A form without any box (a contract or a
     * request answered by the means the visitor gives) may require them.
     */
    static boolean mayBeRequired(FormField field, FormDefinition form) {
        if (field != FormField.EMAIL && field != FormField.PHONE && field != FormField.ADDRESS) {
            return true;
        }
        if (form.boxes().isEmpty() && form.partnerOffer() == PartnerOffer.NONE) {
            return true;
        }
        var partnerChannel = switch (form.partnerOffer()) {
            case CONSENT -> Channel.EMAIL;
            case OPPOSITION -> Channel.POST;
            case NONE -> null;
        };
        return partnerChannel != null && addressField(partnerChannel) == field
                || form.boxes().stream().anyMatch(box -> box.channel() != null && addressField(box.channel()) == field);
    }

    /**
     * 000 §8: a prospecting form that collects a postal address or a phone number offers, on the form itself, the
     * means to object to prospecting by that channel (or to consent to it, where consent is the rule).
     */
    private static void checkProspectingChannels(FormDefinition form, List<Violation> violations) {
        if (!form.purposes().contains("PROSPECTING")) {
            return;
        }
        for (var channel : List.of(Channel.POST, Channel.PHONE)) {
            var field = addressField(channel);
            var offered = form.boxes().stream()
                    .anyMatch(box -> "PROSPECTING".equals(box.purpose()) && box.channel() == channel);
            if (form.field(field).isPresent() && !offered) {
                violations.add(violation("boxes", "prospecting-needs-box", channel.name(), field.name()));
            }
        }
    }

    private static void checkBoxes(FormDefinition form, Context context, List<Violation> violations) {
        var seen = new HashSet<String>();
        for (var box : form.boxes()) {
            var activity = context.activities().get(box.purpose());
            if (box.kind() == null || box.channel() == null || activity == null
                    || !form.purposes().contains(box.purpose())) {
                violations.add(violation("boxes", "box-purpose", box.purpose()));
                continue;
            }
            if (!seen.add(box.value())) {
                violations.add(violation("boxes", "duplicate-box", box.value()));
            }
            var basis = box.kind() == BoxKind.CONSENT ? LegalBasis.CONSENT : LegalBasis.LEGITIMATE_INTEREST;
            if (!activity.bases().contains(basis)) {
                violations.add(violation("boxes", box.kind() == BoxKind.CONSENT ? "no-consent-basis"
                        : "no-legitimate-interest", box.value()));
            }
            if (box.kind() == BoxKind.OPPOSITION && needsConsent(form.audience(), box, context.today())) {
                violations.add(violation("boxes", "consent-required", box.value()));
            }
            var address = addressField(box.channel());
            if (form.field(address).isEmpty()) {
                violations.add(violation("boxes", "channel-needs-field", box.value(), address.name()));
            }
            checkText("boxes", box.text(), violations);
        }
    }

    private static void checkPartnerBox(FormDefinition form, Context context, List<Violation> violations) {
        if (form.partnerOffer() == PartnerOffer.NONE) {
            return;
        }
        if (context.partners() == 0) {
            violations.add(violation("partnerOffer", "no-partners"));
        }
        if (!form.purposes().contains("PROSPECTING")) {
            violations.add(violation("partnerOffer", "partner-needs-prospecting"));
        }
        if (form.partnerOffer() == PartnerOffer.OPPOSITION && form.field(FormField.ADDRESS).isEmpty()) {
            violations.add(violation("partnerOffer", "channel-needs-field", "POST", FormField.ADDRESS.name()));
        }
        checkText("partnerText", form.partnerText(), violations);
    }

    /**
     * CON-4, 000 §5: sensitive data only for a purpose that needs it (the register lists the category), one question
     * per category, each with the exact text of its own consent box.
     */
    private static void checkSensitiveQuestions(FormDefinition form, Context context, List<Violation> violations) {
        if (form.sensitiveQuestions().isEmpty()) {
            return;
        }
        var needed = form.purposes().stream().map(context.activities()::get).filter(Objects::nonNull)
                .anyMatch(activity -> activity.dataCategories().stream().anyMatch(DataCategoryView::sensitive));
        if (!needed) {
            violations.add(violation("sensitiveQuestions", "sensitive-not-needed"));
        }
        var seen = new HashSet<SensitiveCategory>();
        for (var question : form.sensitiveQuestions()) {
            if (question.category() == null || !question.category().isSpecialCategory()) {
                violations.add(violation("sensitiveQuestions", "sensitive-category"));
                continue;
            }
            if (!seen.add(question.category())) {
                violations.add(violation("sensitiveQuestions", "duplicate-sensitive", question.category().name()));
            }
            if (question.label() == null || question.label().isBlank()) {
                violations.add(violation("sensitiveQuestions", "sensitive-label", question.category().name()));
            } else if (question.label().length() > 200) {
                violations.add(violation("sensitiveQuestions", "too-long", 200));
            }
            checkText("sensitiveQuestions", question.consentText(), violations);
        }
    }

    /**
     * The definition as it may be shown and used on {@code today}: the rules of law are taken on the day a form is
     * displayed or submitted, not on the day it was saved (issue 9 §1). An opposition box that the law now replaces by
     * a consent — the phone opposition of a consumer prospecting form saved before {@link #PHONE_CONSENT_SINCE} — is
     * no longer offered: leaving it empty would be read as agreeing to be called. Every other box is kept as saved.
     */
    static FormDefinition inForce(FormDefinition form, LocalDate today) {
        var boxes = form.boxes().stream()
                .filter(box -> box.kind() != BoxKind.OPPOSITION || box.channel() == null
                        || !needsConsent(form.audience(), box, today))
                .toList();
        if (boxes.size() == form.boxes().size()) {
            return form;
        }
        return new FormDefinition(form.title(), form.introduction(), form.language(), form.audience(),
                form.purposes(), form.fields(), boxes, form.partnerOffer(), form.partnerText(), form.embedOrigins(),
                form.sensitiveQuestions());
    }

    /**
     * Prospecting consumers by e-mail or SMS needs their prior consent (CPCE L.34-5, 000 §4), and by phone since
     * {@link #PHONE_CONSENT_SINCE}: an opposition box would canvass everyone who leaves it empty. A public form
     * collects prospects, so the soft opt-in of existing customers does not apply.
     */
    private static boolean needsConsent(Audience audience, FormBox box, LocalDate today) {
        if (audience != Audience.CONSUMER || !"PROSPECTING".equals(box.purpose())) {
            return false;
        }
        return switch (box.channel()) {
            case EMAIL, SMS -> true;
            case PHONE -> !today.isBefore(PHONE_CONSENT_SINCE);
            case POST -> false;
        };
    }

    /** The field holding where a channel reaches the person. */
    static FormField addressField(Channel channel) {
        return switch (channel) {
            case EMAIL -> FormField.EMAIL;
            case SMS, PHONE -> FormField.PHONE;
            case POST -> FormField.ADDRESS;
        };
    }

    private static void checkText(String field, String text, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            violations.add(violation(field, "text-required"));
        } else if (text.length() > MAX_TEXT) {
            violations.add(violation(field, "too-long", MAX_TEXT));
        }
    }

    private static Violation violation(String field, String rule, Object... arguments) {
        return new Violation(field, rule, "notices.forms.error." + rule, List.of(arguments));
    }
}
