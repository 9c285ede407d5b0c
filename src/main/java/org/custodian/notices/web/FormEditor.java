package org.custodian.notices.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.custodian.consent.Channel;
import org.custodian.contacts.Audience;
import org.custodian.contacts.SensitiveCategory;
import org.custodian.notices.BoxKind;
import org.custodian.notices.FieldChoice;
import org.custodian.notices.FormBox;
import org.custodian.notices.FormDefinition;
import org.custodian.notices.FormField;
import org.custodian.notices.PartnerOffer;
import org.custodian.notices.SensitiveQuestion;
import org.springframework.util.MultiValueMap;

/**
 * The form editor's values as the browser sent them. The boxes are one row per purpose and channel, named
 * {@code box.PURPOSE.CHANNEL} (none, consent or opposition) and {@code text.PURPOSE.CHANNEL}; a plain HTML form can
 * send that without any script.
 *
 * @param slug          the address
 * @param version       the version the editor started from (0 for a new form)
 * @param definition    what was typed, as a definition
 * @param texts         every box text typed in, by {@code PURPOSE.CHANNEL}, including rows left at "no box"
 */
record FormEditor(String slug, int version, FormDefinition definition, Map<String, String> texts) {

    static FormEditor read(MultiValueMap<String, String> params) {
        var purposes = params.getOrDefault("purposes", List.of());
        var required = params.getOrDefault("required", List.of());
        var fields = new ArrayList<FieldChoice>();
        for (var field : FormField.values()) {
            if (params.getOrDefault("fields", List.of()).contains(field.name())) {
                fields.add(new FieldChoice(field, required.contains(field.name())));
            }
        }
        var boxes = new ArrayList<FormBox>();
        var texts = new LinkedHashMap<String, String>();
        params.forEach((name, values) -> {
            if (name.startsWith("text.")) {
                texts.put(name.substring(5), values.get(0));
            }
        });
        params.forEach((name, values) -> {
            if (name.startsWith("box.") && !values.get(0).isBlank() && !"NONE".equals(values.get(0))) {
                var key = name.substring(4);
                var parts = key.split("\\.");
                boxes.add(new FormBox(parse(BoxKind.class, values.get(0)), parts[0],
                        parts.length == 2 ? parse(Channel.class, parts[1]) : null, texts.get(key)));
            }
        });
        var sensitive = new ArrayList<SensitiveQuestion>();
        for (var category : SensitiveCategory.values()) {
            var prefix = "sensitive." + category + ".";
            if (params.containsKey(prefix + "ask")) {
                sensitive.add(new SensitiveQuestion(category, first(params, prefix + "label").strip(),
                        first(params, prefix + "text").strip()));
            }
        }
        var origins = Arrays.stream(first(params, "embedOrigins").split("[\\s,]+")).filter(origin -> !origin.isBlank())
                .map(origin -> origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin).toList();
        var definition = new FormDefinition(first(params, "title").strip(), blankToNull(first(params, "introduction")),
                first(params, "language"), parse(Audience.class, first(params, "audience")), purposes, fields, boxes,
                parse(PartnerOffer.class, first(params, "partnerOffer")), blankToNull(first(params, "partnerText")),
                origins, sensitive);
        var version = first(params, "version");
        return new FormEditor(first(params, "slug").strip(), version.matches("[0-9]{1,9}") ? Integer.parseInt(version)
                : 0, definition, texts);
    }

    static FormEditor of(String slug, int version, FormDefinition definition) {
        var texts = new LinkedHashMap<String, String>();
        definition.boxes().forEach(box -> texts.put(box.purpose() + "." + box.channel(), box.text()));
        return new FormEditor(slug, version, definition, texts);
    }

    /** The kind chosen for a row, NONE when the row has no box. */
    public String kind(String purpose, Channel channel) {
        return definition.boxes().stream()
                .filter(box -> purpose.equals(box.purpose()) && box.channel() == channel)
                .map(box -> box.kind().name()).findFirst().orElse("NONE");
    }

    /** The sensitive question the editor holds for a category, if it asks one. */
    public SensitiveQuestion sensitive(SensitiveCategory category) {
        return definition.sensitiveQuestions().stream().filter(question -> question.category() == category)
                .findFirst().orElse(null);
    }

    public boolean hasField(FormField field) {
        return definition.field(field).isPresent();
    }

    public boolean isRequired(FormField field) {
        return definition.field(field).map(FieldChoice::required).orElse(false);
    }

    public String origins() {
        return String.join("\n", definition.embedOrigins());
    }

    private static String first(MultiValueMap<String, String> params, String name) {
        var value = params.getFirst(name);
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value.strip();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(value)).findFirst()
                .orElse(null);
    }
}
