package org.custodian.campaigns.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.custodian.shared.web.DisplayTime;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The evidence of an eligibility decision in words (PRO-2): each item named («Date du consentement»), days written
 * out («2 mars 2026»), yes and no said as such; identifiers are shown as they are, to be looked up.
 */
@Component
class EvidenceWords {

    private final MessageSource messages;
    private final DisplayTime time;

    EvidenceWords(MessageSource messages, DisplayTime time) {
        this.messages = messages;
        this.time = time;
    }

    /** One item of evidence. */
    record Line(String label, String value) {
    }

    List<Line> lines(Map<String, String> evidence, Locale locale) {
        return evidence.entrySet().stream().filter(entry -> !"rule".equals(entry.getKey()))
                .map(entry -> new Line(messages.getMessage("campaigns.evidence." + entry.getKey(), null,
                        messages.getMessage("campaigns.evidence.other", null, locale), locale),
                        value(entry.getKey(), entry.getValue(), locale)))
                .toList();
    }

    private String value(String key, String value, Locale locale) {
        // Codes said in words: the rule a postponed decision rests on, the channel of a suppression entry.
        if ("basis".equals(key)) {
            return messages.getMessage("campaigns.rule." + value, null, value, locale);
        }
        if ("suppressionChannel".equals(key)) {
            return messages.getMessage("prospecting.suppression.channel." + value, null, value, locale);
        }
        if ("true".equals(value) || "false".equals(value)) {
            return messages.getMessage("campaigns.evidence." + value, null, locale);
        }
        var days = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        try {
            return days.format(LocalDate.parse(value));
        } catch (DateTimeParseException notADay) {
            // not a day: perhaps an instant
        }
        try {
            return days.format(Instant.parse(value).atZone(time.zone()));
        } catch (DateTimeParseException notAnInstant) {
            return value;
        }
    }
}
