package org.custodian.rights;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.custodian.rights.AccessPackageTable.Cell;

/**
 * Turns any holder's records into the tables of the access package's document (DSR-3), without knowing their types:
 * every component of every record becomes a column — a nested record's components columns of their own, a list of
 * records a table inside the cell, a map one line per entry — and every value is written out in full in the reader's
 * language: dates and times in their zone, yes or no, the readable name of a constant. Nothing is left out and nothing
 * is shortened: the NESTOR decision (seed 003) found an answer listing categories instead of the data insufficient.
 */
final class AccessPackageRows {

    /** Separates a nested record's name from its field's in a column's name. */
    static final String NESTED = " › ";

    /** The words of the reader's language the tables need. */
    interface Words {

        /** The readable name of a record's field, e.g. "Nom" for {@code lastName}. */
        String field(String name);

        /** The readable name of a constant, e.g. "Courriel" for {@code Channel.EMAIL}. */
        String constant(Enum<?> value);

        String yes();

        String no();

        /** What an empty field shows. */
        String none();
    }

    private final Words words;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;
    private final DateTimeFormatter localDateTime;

    AccessPackageRows(Locale locale, ZoneId zone, Words words) {
        this.words = words;
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(zone);
        this.localDateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale);
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    }

    /** The table of one kind of records: the union of their fields as columns, one row per record. */
    AccessPackageTable table(String kind, String title, List<? extends Record> records) {
        return table(kind, title, records, true);
    }

    /**
     * @param nesting whether a list of records inside a record becomes a table in its cell; inside such a table, it is
     *                written as text (a third level would not fit the page)
     */
    private AccessPackageTable table(String kind, String title, List<? extends Record> records, boolean nesting) {
        var labels = new LinkedHashMap<String, String>();
        var rows = new ArrayList<Map<String, Cell>>(records.size());
        for (var record : records) {
            var cells = new LinkedHashMap<String, Cell>();
            flatten("", "", record.getClass(), record, labels, cells, nesting);
            rows.add(cells);
        }
        var none = Cell.none(words.none());
        var paths = labels.keySet().stream()
                // inside a cell, a column empty in every row holds nothing and only narrows the others
                .filter(path -> nesting || rows.stream().anyMatch(cells -> cells.containsKey(path)
                        && !cells.get(path).empty()))
                .toList();
        return new AccessPackageTable(kind, title, paths.stream().map(labels::get).toList(), rows.stream()
                .map(cells -> paths.stream().map(path -> cells.getOrDefault(path, none)).toList())
                .toList());
    }

    /** Writes a record's fields under {@code path}; a null record still gives its columns, empty. */
    private void flatten(String path, String label, Class<?> type, Record record, Map<String, String> labels,
            Map<String, Cell> cells, boolean nesting) {
        if (record == null) {
            for (var component : RecordFields.components(type)) {
                field(path, label, component.getName(), component.getType(), null, labels, cells, nesting);
            }
            return;
        }
        for (var field : RecordFields.of(record)) {
            field(path, label, field.name(), field.type(), field.value(), labels, cells, nesting);
        }
    }

    private void field(String path, String label, String name, Class<?> type, Object value,
            Map<String, String> labels, Map<String, Cell> cells, boolean nesting) {
        var fieldPath = path.isEmpty() ? name : path + "." + name;
        var fieldLabel = label.isEmpty() ? words.field(name) : label + NESTED + words.field(name);
        var nested = value instanceof Record record ? record.getClass() : type;
        if (nested.isRecord() && !RecordFields.isWrapper(nested)) {
            flatten(fieldPath, fieldLabel, nested, (Record) value, labels, cells, nesting);
            return;
        }
        labels.putIfAbsent(fieldPath, fieldLabel);
        cells.put(fieldPath, cell(value, nesting));
    }

    private Cell cell(Object value, boolean nesting) {
        if (value instanceof Optional<?> optional) {
            return cell(optional.orElse(null), nesting);
        }
        if (nesting && value instanceof Collection<?> collection && !collection.isEmpty()
                && collection.stream().allMatch(item -> item instanceof Record record
                        && !RecordFields.isWrapper(record.getClass()))) {
            return Cell.table(table("", "", collection.stream().map(Record.class::cast).toList(), false));
        }
        var text = text(value);
        return text == null || text.isBlank() ? Cell.none(words.none()) : Cell.text(text);
    }

    /** A value as one text, in full; null for nothing. */
    String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String string) {
            return string;
        }
        if (value instanceof Instant instant) {
            return dateTime.format(instant);
        }
        if (value instanceof OffsetDateTime offset) {
            return dateTime.format(offset.toInstant());
        }
        if (value instanceof ZonedDateTime zoned) {
            return dateTime.format(zoned.toInstant());
        }
        if (value instanceof LocalDateTime local) {
            return localDateTime.format(local);
        }
        if (value instanceof LocalDate day) {
            return date.format(day);
        }
        if (value instanceof Boolean bool) {
            return bool ? words.yes() : words.no();
        }
        if (value instanceof Enum<?> constant) {
            return words.constant(constant);
        }
        if (value instanceof Optional<?> optional) {
            return text(optional.orElse(null));
        }
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        if (value instanceof Record record) {
            return RecordFields.isWrapper(record.getClass()) ? text(RecordFields.unwrap(record))
                    : RecordFields.of(record).stream()
                            .map(field -> words.field(field.name()) + " : " + orNone(text(field.value())))
                            .collect(Collectors.joining(" ; "));
        }
        if (value instanceof Collection<?> collection) {
            return collection.isEmpty() ? null
                    : collection.stream().map(item -> orNone(text(item))).collect(Collectors.joining("\n"));
        }
        if (value instanceof Map<?, ?> map) {
            return map.isEmpty() ? null : map.entrySet().stream()
                    .map(entry -> orNone(text(entry.getKey())) + " : " + orNone(text(entry.getValue())))
                    .collect(Collectors.joining("\n"));
        }
        return value.toString();
    }

    private String orNone(String text) {
        return text == null || text.isBlank() ? words.none() : text;
    }

    /**
     * A field's or constant's name made readable when no translation names it: {@code formVersion} and
     * {@code FORM_VERSION} both read "Form version".
     */
    static String humanised(String name) {
        var spaced = name.contains("_") || name.equals(name.toUpperCase(Locale.ROOT))
                ? name.replace('_', ' ').toLowerCase(Locale.ROOT)
                : name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        spaced = spaced.strip();
        return spaced.isEmpty() ? name : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
