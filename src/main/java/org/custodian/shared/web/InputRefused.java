package org.custodian.shared.web;

import java.net.URI;

/**
 * An input refused before any handler reads it, so that nothing is stored or searched: answered with a 400 that
 * names the input and tells what to do ({@link InputRefusedAdvice}).
 */
final class InputRefused extends RuntimeException {

    /** Why an input is refused: its rule, the problem type of the API, the messages and error page of the screens. */
    enum Reason {
        /** CON-6: a card security code is never kept. */
        CARD_SECURITY_CODE("CON-6", "card-security-code", "cardSecurityCode", "Card security code refused",
                "The card security code (CVV) must never be kept (CNIL): remove this field."),
        /** SEC-1: a control character has no place in a text input. */
        CONTROL_CHARACTER("SEC-1", "control-character", "controlCharacter", "Control character refused",
                "The field \"{0}\" contains an invisible control character: type the value instead of copying it.");

        private final String rule;
        private final String slug;
        private final String messagePrefix;
        private final String defaultTitle;
        private final String defaultExplanation;

        Reason(String rule, String slug, String messagePrefix, String defaultTitle, String defaultExplanation) {
            this.rule = rule;
            this.slug = slug;
            this.messagePrefix = messagePrefix;
            this.defaultTitle = defaultTitle;
            this.defaultExplanation = defaultExplanation;
        }

        String rule() {
            return rule;
        }

        URI problemType() {
            return URI.create("urn:custodian:problem:" + slug);
        }

        String view() {
            return "error/" + slug;
        }

        String titleKey() {
            return messagePrefix + ".title";
        }

        String explanationKey() {
            return messagePrefix + ".refused";
        }

        String defaultTitle() {
            return defaultTitle;
        }

        String defaultExplanation() {
            return defaultExplanation;
        }
    }

    private final Reason reason;
    private final String name;

    private InputRefused(Reason reason, String name) {
        super(reason.defaultTitle() + " in input '" + name + "'");
        this.reason = reason;
        this.name = name;
    }

    static InputRefused cardSecurityCode(String name) {
        return new InputRefused(Reason.CARD_SECURITY_CODE, name);
    }

    static InputRefused controlCharacter(String name) {
        return new InputRefused(Reason.CONTROL_CHARACTER, name);
    }

    Reason reason() {
        return reason;
    }

    /** The parameter name or JSON path of the input. */
    String name() {
        return name;
    }
}
