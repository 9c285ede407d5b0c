package org.custodian.prospecting;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.stream.Collectors;

import org.custodian.contacts.ProductFamilies;
import org.custodian.contacts.ProductFamily;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The sentence that explains an {@link EligibilityDecision} to people, in their language, days written out («2 mars
 * 2026»); never a rule's code.
 */
@Component
public class EligibilityReasons {

    private final MessageSource messages;
    private final ProductFamilies families;

    EligibilityReasons(MessageSource messages, ProductFamilies families) {
        this.messages = messages;
        this.families = families;
    }

    /** The decision's reason as a sentence in {@code locale}. */
    public String sentence(EligibilityDecision decision, Locale locale) {
        var days = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        var arguments = decision.reasonArguments().stream()
                .map(argument -> argument instanceof LocalDate day ? days.format(day)
                        : argument instanceof ProductFamilyNames named ? names(named) : argument)
                .toArray();
        return messages.getMessage(decision.reasonKey(), arguments, locale);
    }

    /** The families by the names the organisation gave them; a code no family has any more stays as it is. */
    private String names(ProductFamilyNames named) {
        return named.codes().stream()
                .map(code -> families.find(code).map(ProductFamily::name).orElse(code))
                .collect(Collectors.joining(", "));
    }
}
