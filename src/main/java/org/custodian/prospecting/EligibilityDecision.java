package org.custodian.prospecting;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Whether one person is in one campaign, and why (PRO-2): the deciding rule, a sentence for people (a message key and
 * its arguments, in French and English in {@code i18n/prospecting*.properties}) and the evidence the decision rests
 * on (consent id and date, purchase id, opposition date, suppression entry …), so that «why was this person canvassed?»
 * is answered person by person.
 *
 * @param outcome           in, out, or later
 * @param rule              the rule that decided
 * @param reasonKey         the message key of the sentence that explains it
 * @param reasonArguments   the sentence's arguments
 * @param evidence          what it rests on, by name ({@code rule}, {@code consentId}, {@code consentDate} …)
 */
public record EligibilityDecision(Outcome outcome, EligibilityRule rule, String reasonKey,
        List<Object> reasonArguments, Map<String, String> evidence) {

    /** In, out, or later. */
    public enum Outcome {
        /** The campaign may reach the person. */
        ELIGIBLE,
        /** The campaign must not reach the person. */
        EXCLUDED,
        /** The campaign may reach the person later, once under the frequency cap (PRO-8). */
        POSTPONED
    }

    public EligibilityDecision {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reasonKey, "reasonKey");
        reasonArguments = List.copyOf(reasonArguments);
        var copy = new LinkedHashMap<String, String>();
        copy.put("rule", rule.name());
        evidence.forEach((name, value) -> {
            if (value != null) {
                copy.put(name, value);
            }
        });
        evidence = Collections.unmodifiableMap(copy);
    }

    static EligibilityDecision eligible(EligibilityRule rule, String reason, Map<String, String> evidence,
            Object... arguments) {
        return new EligibilityDecision(Outcome.ELIGIBLE, rule, reason, List.of(arguments), evidence);
    }

    static EligibilityDecision excluded(EligibilityRule rule, String reason, Map<String, String> evidence,
            Object... arguments) {
        return new EligibilityDecision(Outcome.EXCLUDED, rule, reason, List.of(arguments), evidence);
    }

    static EligibilityDecision postponed(EligibilityRule rule, String reason, Map<String, String> evidence,
            Object... arguments) {
        return new EligibilityDecision(Outcome.POSTPONED, rule, reason, List.of(arguments), evidence);
    }

    /** Whether the campaign may reach the person now. */
    public boolean eligible() {
        return outcome == Outcome.ELIGIBLE;
    }

    /** This decision with more evidence (later entries do not replace earlier ones). */
    EligibilityDecision withEvidence(Map<String, String> more) {
        var merged = new LinkedHashMap<>(more);
        merged.putAll(evidence);
        return new EligibilityDecision(outcome, rule, reasonKey, reasonArguments, merged);
    }

    /** This decision told with another sentence. */
    EligibilityDecision because(String key, Object... arguments) {
        return new EligibilityDecision(outcome, rule, key, List.of(arguments), evidence);
    }

    /** Evidence as ordered name/value pairs; null values are left out. */
    static Map<String, String> evidenceOf(Object... namesAndValues) {
        var map = new LinkedHashMap<String, String>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            var value = namesAndValues[i + 1];
            if (value != null) {
                map.put((String) namesAndValues[i], value.toString());
            }
        }
        return map;
    }
}
