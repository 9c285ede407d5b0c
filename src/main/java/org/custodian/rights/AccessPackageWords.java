package org.custodian.rights;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The access package's words in the reader's language, from {@code i18n/rights.properties}: the names of sections,
 * kinds of records, fields and constants, and what each table holds and how long; a name no translation gives is
 * made readable from the code's own name, so that no record is ever left out for want of a label.
 */
final class AccessPackageWords implements AccessPackageRows.Words {

    static final String PREFIX = "rights.package.";

    private final MessageSource messages;
    private final Locale locale;

    AccessPackageWords(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    String section(String section) {
        return message("section." + section, section);
    }

    String kind(String kind) {
        return message("kind." + kind, AccessPackageRows.humanised(kind));
    }

    /** What a table holds: its translated description, else the holder's own list of categories. */
    String tableContents(String table, List<String> categories) {
        return message("table." + table, String.join(" ; ", categories));
    }

    /** How long a table is kept and what happens then: translated, else the holder's own words. */
    String retention(String table, String rule) {
        return message("retention." + table, rule);
    }

    @Override
    public String field(String name) {
        return message("field." + name, AccessPackageRows.humanised(name));
    }

    @Override
    public String constant(Enum<?> value) {
        return message("constant." + value.getDeclaringClass().getSimpleName() + "." + value.name(), value.name());
    }

    @Override
    public String yes() {
        return message("yes", "yes");
    }

    @Override
    public String no() {
        return message("no", "no");
    }

    @Override
    public String none() {
        return message("none", "—");
    }

    private String message(String key, String fallback) {
        return messages.getMessage(PREFIX + key, null, fallback, locale);
    }
}
