package org.custodian.retention;

import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * The register's retention rules in words, for the retention screens ({@code ${@retentionRuleLabels.of(code, locale)}}):
 * a screen never shows a rule's code.
 */
@Component("retentionRuleLabels")
public class RuleLabels {

    private final RuleBook rules;

    RuleLabels(RuleBook rules) {
        this.rules = rules;
    }

    /** The rule's activity and scope, in the reader's language. */
    public String of(String code, Locale locale) {
        return rules.label(code, locale);
    }
}
