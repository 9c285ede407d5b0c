package org.custodian.notices;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.custodian.contacts.Audience;

/**
 * What a collection form asks and says (INF-2). Every saved change is a new, immutable version, so that a consent
 * can name the exact form it was given on.
 *
 * @param title        the heading visitors see
 * @param introduction an optional sentence under the heading
 * @param language     {@code fr} or {@code en}: the form, its boxes and its first-level notice are in one language
 * @param audience     whether the people it collects are consumers or professionals (PRO-2 depends on it)
 * @param purposes     the register activities the data is collected for; each must be in the published notice
 * @param fields       the fields asked for, in order
 * @param boxes        the consent and opposition boxes, in order
 * @param partnerOffer whether the form asks about the transmission to partners
 * @param partnerText  the text of the partner box, when there is one
 * @param embedOrigins the sites allowed to show the form in a frame, e.g. {@code https://shop.example.com}
 * @param sensitiveQuestions optional questions about sensitive data, each with its explicit consent box
 */
public record FormDefinition(String title, String introduction, String language, Audience audience,
        List<String> purposes, List<FieldChoice> fields, List<FormBox> boxes, PartnerOffer partnerOffer,
        String partnerText, List<String> embedOrigins, List<SensitiveQuestion> sensitiveQuestions) {

    public FormDefinition {
        purposes = purposes == null ? List.of() : List.copyOf(purposes);
        fields = fields == null ? List.of() : List.copyOf(fields);
        boxes = boxes == null ? List.of() : List.copyOf(boxes);
        embedOrigins = embedOrigins == null ? List.of() : List.copyOf(embedOrigins);
        partnerOffer = partnerOffer == null ? PartnerOffer.NONE : partnerOffer;
        // Versions saved before sensitive questions existed have none.
        sensitiveQuestions = sensitiveQuestions == null ? List.of() : List.copyOf(sensitiveQuestions);
    }

    /** The form's language as a locale. */
    public Locale locale() {
        return "en".equals(language) ? Locale.ENGLISH : Locale.FRENCH;
    }

    /** The field's choice, if the form asks for it. */
    public Optional<FieldChoice> field(FormField field) {
        return fields.stream().filter(choice -> choice.field() == field).findFirst();
    }

    /** The sensitive question with this key, if the form asks it. */
    public Optional<SensitiveQuestion> sensitiveQuestion(String key) {
        return sensitiveQuestions.stream().filter(question -> question.key().equals(key)).findFirst();
    }

    /** The box of this kind sending this value, if the form has it. */
    public Optional<FormBox> box(BoxKind kind, String value) {
        return boxes.stream().filter(box -> box.kind() == kind && box.value().equals(value)).findFirst();
    }
}
