package org.custodian.register;

import java.time.Duration;
import java.time.Period;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Says a retention rule in words, in the reader's language, for screens, notices and the Art. 30 record;
 * templates call it as {@code ${@retentionText.summary(rule)}}.
 */
@Component("retentionText")
public class RetentionText {

    private final MessageSource messages;

    RetentionText(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * The period in words (years, months, days or hours), or a warning when the standard sets none.
     */
    public String duration(RetentionRuleView rule) {
        return period(rule.duration());
    }

    /**
     * An ISO-8601 period ({@code P3Y}, {@code PT48H}) in words, as the register's version history shows a changed
     * duration; "to fix" when empty.
     */
    public String period(String iso) {
        var amount = RetentionPeriods.parse(iso);
        if (amount == null) {
            return message("register.retention.unfixed");
        }
        if (amount instanceof Duration duration) {
            return message("register.duration.hours", duration.toHours());
        }
        var period = (Period) amount;
        if (period.isZero()) {
            return message("register.duration.zero");
        }
        var parts = new StringBuilder();
        append(parts, period.getYears(), "register.duration.years");
        append(parts, period.getMonths(), "register.duration.months");
        append(parts, period.getDays(), "register.duration.days");
        return parts.toString();
    }

    /**
     * A changed value of a retention rule, as the version history and the deviations show it: a period, an event, an
     * action or a reason in words; "empty" when there is none.
     *
     * @param field the changed field, {@code retention.duration}, {@code retention.archiveCondition} ...
     * @param value the stored value (an ISO-8601 period or a constant's name)
     */
    public String value(String field, String value) {
        if (value == null || value.isBlank()) {
            return message("register.field.empty");
        }
        return switch (field) {
            case "retention.duration", "retention.archiveDuration" -> period(value);
            case "retention.trigger" -> message("register.trigger." + value);
            case "retention.endAction", "retention.archiveEndAction" -> message("register.endAction." + value);
            case "retention.archiveTrigger" -> message("register.archiveTrigger." + value);
            case "retention.archiveCondition" -> message("register.archiveCondition." + value);
            default -> value;
        };
    }

    /**
     * What happens at the end of the period: the end action, or for the intermediate archive its period, reason and
     * end (« archivage intermédiaire 5 ans pour se constituer une preuve en cas de contentieux, puis suppression »).
     */
    public String ending(RetentionRuleView rule) {
        if (!rule.archives() || rule.archiveEndAction() == null) {
            return message("register.endAction." + rule.endAction());
        }
        var key = rule.archiveTrigger() == ArchiveTrigger.END_OF_FINANCIAL_YEAR
                ? "register.retention.archiveStage.END_OF_FINANCIAL_YEAR" : "register.retention.archiveStage";
        return message(key, period(rule.archiveDuration()), message("register.archiveCondition." + rule.archiveCondition()),
                message("register.endAction." + rule.archiveEndAction()));
    }

    /**
     * The whole rule in one line, the archive stage included.
     */
    public String summary(RetentionRuleView rule) {
        var trigger = message("register.trigger." + rule.trigger());
        var action = ending(rule);
        if (rule.amount() instanceof Period period && period.isZero()) {
            // Kept "until collection" means not kept at all in the active base: straight to the end action.
            return message(rule.trigger() == RetentionTrigger.COLLECTION ? "register.retention.summaryAtCollection"
                    : "register.retention.summaryUntil", trigger, action);
        }
        return message("register.retention.summary", duration(rule), trigger, action);
    }

    private void append(StringBuilder parts, int value, String key) {
        if (value != 0) {
            if (!parts.isEmpty()) {
                parts.append(' ');
            }
            parts.append(message(key, value));
        }
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
