package org.custodian.rights;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The portable fields of one record (DSR-4), in a structured, common format: as a tree for JSON, and as
 * {@code path = value} pairs, values in ISO form, for CSV.
 */
final class PortabilityFields {

    private PortabilityFields() {
    }

    /** The record's portable fields as a tree; a nested record a tree of its own. */
    static Map<String, Object> tree(Record record, PortableData.Rule rule) {
        return tree("", record, rule);
    }

    private static Node tree(String path, Record record, PortableData.Rule rule) {
        var fields = new Node();
        for (var field : RecordFields.of(record)) {
            var fieldPath = path.isEmpty() ? field.name() : path + "." + field.name();
            if (!rule.keeps(fieldPath)) {
                continue;
            }
            var value = field.value();
            if (value instanceof Record nested && !RecordFields.isWrapper(nested.getClass())) {
                fields.put(field.name(), tree(fieldPath, nested, rule));
            } else {
                fields.put(field.name(), value instanceof Record wrapper ? RecordFields.unwrap(wrapper) : value);
            }
        }
        return fields;
    }

    /** The record's portable fields flattened, {@code consent.text} for a nested record's field, in ISO text. */
    static List<Map.Entry<String, String>> flat(Record record, PortableData.Rule rule) {
        var pairs = new ArrayList<Map.Entry<String, String>>();
        flatten("", tree(record, rule), pairs);
        return pairs;
    }

    private static void flatten(String path, Map<String, Object> tree, List<Map.Entry<String, String>> pairs) {
        tree.forEach((name, value) -> {
            var fieldPath = path.isEmpty() ? name : path + "." + name;
            if (value instanceof Node node) {
                flatten(fieldPath, node, pairs);
            } else {
                pairs.add(Map.entry(fieldPath, iso(value)));
            }
        });
    }

    /** The fields of one record, in order: told apart from a field that holds a map. */
    private static final class Node extends LinkedHashMap<String, Object> {

        private static final long serialVersionUID = 1L;
    }

    /** A value in the ISO and plain forms another controller's software reads; empty for nothing. */
    static String iso(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Instant || value instanceof LocalDate || value instanceof OffsetDateTime
                || value instanceof ZonedDateTime || value instanceof LocalDateTime) {
            return value.toString();
        }
        if (value instanceof Optional<?> optional) {
            return iso(optional.orElse(null));
        }
        if (value instanceof Record record) {
            return RecordFields.of(record).stream().map(field -> field.name() + "=" + iso(field.value()))
                    .collect(Collectors.joining("; "));
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(PortabilityFields::iso).collect(Collectors.joining(" | "));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(entry -> iso(entry.getKey()) + "=" + iso(entry.getValue()))
                    .collect(Collectors.joining("; "));
        }
        return value.toString();
    }
}
