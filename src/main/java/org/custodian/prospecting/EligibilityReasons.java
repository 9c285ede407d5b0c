package org.custodian.prospecting;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The sentence that explains an {@link EligibilityDecision} to people, in their language, days written out («2 mars
 * 2026»); never a rule's code.
 */
@Component
public class EligibilityReasons {

    private final MessageSource messages;

    EligibilityReasons(MessageSource messages) {
        this.messages = messages;
    }

    /** The decision's reason as a sentence in {@code locale}. */
    public String sentence(EligibilityDecision decision, Locale locale) {
        var days = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        var arguments = decision.reasonArguments().stream()
                .map(argument -> argument instanceof LocalDate day ? days.format(day) : argument)
                .toArray();
        return messages.getMessage(decision.reasonKey(), arguments, locale);
    }
}
