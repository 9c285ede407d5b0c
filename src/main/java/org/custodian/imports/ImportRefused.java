package org.custodian.imports;

import java.util.List;

/**
 * The whole file was refused before any row was read (e.g. CON-6: it has a card security code column);
 * nothing was stored.
 */
public class ImportRefused extends RuntimeException {

    private final String rule;
    private final String messageKey;
    private final transient List<Object> arguments;

    ImportRefused(String rule, String messageKey, Object... arguments) {
        super("Import refused: " + rule);
        this.rule = rule;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    /** The rule that refuses the file, e.g. {@code CON-6.CVV}. */
    public String rule() {
        return rule;
    }

    /** The key of the explanation in the {@code imports} bundle. */
    public String messageKey() {
        return messageKey;
    }

    /** The arguments of the explanation (e.g. the offending column's name). */
    public List<Object> arguments() {
        return arguments;
    }
}
