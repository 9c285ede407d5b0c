package org.custodian.campaigns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

import org.custodian.consent.Channel;
import org.custodian.consent.ConsentLedger;
import org.custodian.shared.Violation;

/**
 * What a campaign's definition and template must satisfy (PRO-5, issue 9 §4): an e-mail campaign for the prospecting
 * activity of the register, a sender named with a valid address, audience filters that make sense, and a template
 * whose two bodies carry the unsubscribe link ({@code {{desinscription}}}) and use known merge fields only — so that no
 * message can go out without a working way to object, the failure of the NESTOR sanction (seed 003).
 */
final class CampaignRules {

    static final int MAX_NAME = 200;
    static final int MAX_PROFESSION = 100;
    static final int MAX_PROFESSIONS = 2000;
    static final int MAX_SENDER_ADDRESS = 254;
    static final int MAX_SUBJECT = 300;
    static final int MAX_HTML = 200_000;
    static final int MAX_TEXT = 100_000;

    /** A French postcode or its beginning: a department («75», «2A», «974») or a whole code («75011»). */
    private static final Pattern POSTCODE_PREFIX = Pattern.compile("\\d{1,5}|2[AB]\\d{0,3}");
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");

    private CampaignRules() {
    }

    /** The violations of a definition; empty when it may be stored. */
    static List<Violation> check(CampaignDraft draft) {
        var violations = new ArrayList<Violation>();
        required("name", draft.name(), MAX_NAME, violations);
        if (draft.channel() == null || draft.channel().isBlank()) {
            violations.add(violation("channel", "required"));
        } else if (!Channel.EMAIL.name().equals(draft.channel())) {
            violations.add(violation("channel", "PRO-5.channel"));
        }
        if (draft.purpose() == null || draft.purpose().isBlank()) {
            violations.add(violation("purpose", "required"));
        } else if (!ConsentLedger.PROSPECTING.equals(draft.purpose())) {
            violations.add(violation("purpose", "PRO-5.purpose"));
        }
        if (draft.professions().stream().anyMatch(profession -> profession.length() > MAX_PROFESSION)) {
            violations.add(violation("professions", "length", MAX_PROFESSION));
        } else if (String.join("\n", draft.professions()).length() > MAX_PROFESSIONS) {
            violations.add(violation("professions", "total", MAX_PROFESSIONS));
        }
        var audience = draft.audience();
        var wrong = audience.postcodePrefixes().stream()
                .filter(prefix -> !POSTCODE_PREFIX.matcher(prefix).matches()).toList();
        if (!wrong.isEmpty()) {
            violations.add(violation("audience.postcodes", "format", String.join(", ", wrong)));
        }
        range("audience.createdTo", audience.createdFrom(), audience.createdTo(), violations);
        range("audience.lastContactTo", audience.lastContactFrom(), audience.lastContactTo(), violations);
        required("senderName", draft.senderName(), MAX_NAME, violations);
        if (required("senderAddress", draft.senderAddress(), MAX_SENDER_ADDRESS, violations)
                && !ADDRESS.matcher(draft.senderAddress().strip()).matches()) {
            violations.add(violation("senderAddress", "format"));
        }
        return violations;
    }

    /** The violations of a template; empty when it may be stored. */
    static List<Violation> check(CampaignTemplate template) {
        var violations = new ArrayList<Violation>();
        if (required("subject", template.subject(), MAX_SUBJECT, violations)) {
            if (template.subject().contains("\n") || template.subject().contains("\r")) {
                violations.add(violation("subject", "oneLine"));
            } else {
                unknownFields("subject", template.subject(), violations);
            }
        }
        body("html", template.html(), MAX_HTML, violations);
        body("text", template.text(), MAX_TEXT, violations);
        return violations;
    }

    private static void body(String field, String body, int max, List<Violation> violations) {
        if (!required(field, body, max, violations)) {
            return;
        }
        if (!MergeFields.used(body).contains(MergeFields.UNSUBSCRIBE)) {
            violations.add(violation(field, "PRO-5.unsubscribe"));
        } else {
            unknownFields(field, body, violations);
        }
    }

    private static void unknownFields(String field, String text, List<Violation> violations) {
        var unknown = new LinkedHashSet<String>();
        MergeFields.used(text).stream().filter(name -> !MergeFields.ALL.contains(name)).forEach(unknown::add);
        if (!unknown.isEmpty()) {
            violations.add(violation(field, "mergeField", String.join(", ", unknown.stream()
                    .map(name -> "{{" + name + "}}").toList())));
        }
    }

    private static boolean required(String field, String value, int max, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(violation(field, "required"));
            return false;
        }
        if (value.strip().length() > max) {
            violations.add(violation(field, "length", max));
            return false;
        }
        return true;
    }

    private static void range(String field, LocalDate from, LocalDate to, List<Violation> violations) {
        if (from != null && to != null && to.isBefore(from)) {
            violations.add(violation(field, "range"));
        }
    }

    /** The message key is {@code campaigns.error.<rule without its requirement>}. */
    static Violation violation(String field, String rule, Object... arguments) {
        var name = rule.contains(".") ? rule.substring(rule.indexOf('.') + 1) : rule;
        return new Violation(field, rule, "campaigns.error." + name, List.of(arguments));
    }
}
