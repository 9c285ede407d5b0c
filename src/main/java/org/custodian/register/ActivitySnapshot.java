package org.custodian.register;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The editable values of an activity as a flat, ordered map, so that two versions can be compared field by field.
 * Keys: {@code name|fr}, {@code legalBasis.condition|en#2}, {@code retention.duration#1} ...
 */
final class ActivitySnapshot {

    private ActivitySnapshot() {
    }

    static Map<String, String> of(ActivityView activity) {
        var values = new LinkedHashMap<String, String>();
        values.put(key("name", 0, "fr"), activity.name().fr());
        values.put(key("name", 0, "en"), activity.name().en());
        values.put(key("description", 0, "fr"), activity.description().fr());
        values.put(key("description", 0, "en"), activity.description().en());
        values.put(key("legitimateInterest", 0, "fr"), activity.information().legitimateInterest().fr());
        values.put(key("legitimateInterest", 0, "en"), activity.information().legitimateInterest().en());
        values.put(key("provision", 0, "fr"), activity.information().provision().fr());
        values.put(key("provision", 0, "en"), activity.information().provision().en());
        values.put(key("automatedDecision", 0, ""), String.valueOf(activity.information().automatedDecision()));
        values.put(key("automatedLogic", 0, "fr"), activity.information().automatedLogic().fr());
        values.put(key("automatedLogic", 0, "en"), activity.information().automatedLogic().en());
        values.put(key("dataSource", 0, "fr"), activity.information().dataSource().fr());
        values.put(key("dataSource", 0, "en"), activity.information().dataSource().en());
        values.put(key("subjects", 0, ""), activity.subjects().stream()
                .map(subject -> subject.indirect() ? subject.code() + "*" : subject.code())
                .collect(Collectors.joining(",")));
        values.put(key("sensitiveData", 0, ""), activity.dataCategories().stream().filter(DataCategoryView::sensitive)
                .map(category -> category.note() == null ? "" : category.note().fr()).findFirst().orElse(null));
        var bases = activity.legalBases();
        for (var i = 0; i < bases.size(); i++) {
            var basis = bases.get(i).basis();
            values.put(key("legalBasis", i + 1, ""), basis == null ? null : basis.name());
            values.put(key("legalBasis.condition", i + 1, "fr"), bases.get(i).condition().fr());
            values.put(key("legalBasis.condition", i + 1, "en"), bases.get(i).condition().en());
        }
        for (var rule : activity.retentionRules()) {
            values.put(key("retention.duration", rule.position(), ""), rule.duration());
            values.put(key("retention.trigger", rule.position(), ""), rule.trigger().name());
            values.put(key("retention.endAction", rule.position(), ""), rule.endAction().name());
            values.put(key("retention.archiveDuration", rule.position(), ""), rule.archiveDuration());
            values.put(key("retention.archiveTrigger", rule.position(), ""), name(rule.archiveTrigger()));
            values.put(key("retention.archiveEndAction", rule.position(), ""), name(rule.archiveEndAction()));
            values.put(key("retention.archiveCondition", rule.position(), ""), name(rule.archiveCondition()));
        }
        return values;
    }

    static List<FieldChange> diff(Map<String, String> before, Map<String, String> after) {
        var changes = new ArrayList<FieldChange>();
        for (var entry : after.entrySet()) {
            // A field or row the before snapshot does not know is newer than it (a preloaded standard kept before the
            // archive stage existed): it cannot have been changed from it.
            if (!before.containsKey(entry.getKey())) {
                continue;
            }
            var old = before.get(entry.getKey());
            if (!Objects.equals(blankToNull(old), blankToNull(entry.getValue()))) {
                changes.add(change(entry.getKey(), old, entry.getValue()));
            }
        }
        return changes;
    }

    private static FieldChange change(String key, String before, String after) {
        var hash = key.indexOf('#');
        var bar = key.indexOf('|');
        var field = key.substring(0, bar);
        var locale = key.substring(bar + 1, hash);
        var index = Integer.parseInt(key.substring(hash + 1));
        return new FieldChange(field, index, locale, before, after);
    }

    private static String key(String field, int index, String locale) {
        return field + "|" + locale + "#" + index;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
