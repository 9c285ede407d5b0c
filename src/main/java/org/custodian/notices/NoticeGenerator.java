package org.custodian.notices;

import java.util.List;
import java.util.Locale;

import org.custodian.register.ActivityView;
import org.custodian.register.Organisation;
import org.custodian.register.Recipients;
import org.custodian.register.RetentionText;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes the privacy notice (INF-1) in one language from the live register, its recipients and the organisation
 * settings. Nothing is typed by hand: what the register says is what people read.
 */
@Component
class NoticeGenerator {

    static final List<String> RIGHTS = List.of("ACCESS", "RECTIFICATION", "ERASURE", "RESTRICTION", "PORTABILITY",
            "OBJECTION", "OBJECTION_PROSPECTING", "WITHDRAW_CONSENT");

    private final Recipients recipients;
    private final RetentionText retentionText;
    private final MessageSource messages;

    NoticeGenerator(Recipients recipients, RetentionText retentionText, MessageSource messages) {
        this.recipients = recipients;
        this.retentionText = retentionText;
        this.messages = messages;
    }

    NoticeDocument generate(Organisation organisation, List<ActivityView> activities, Locale locale) {
        // RetentionText words rules in the request's language; the notice is written in both, whatever the reader's.
        var previous = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(locale);
        try {
            return new NoticeDocument(locale.getLanguage(),
                    new NoticeDocument.Controller(organisation.name(), organisation.address(),
                            organisation.registrationNumber()),
                    new NoticeDocument.Dpo(organisation.dpoName(), organisation.dpoEmail(), organisation.dpoPhone()),
                    new NoticeDocument.Rights(organisation.rightsEmail(), organisation.rightsPostalAddress(),
                            RIGHTS.stream().map(code -> new NoticeDocument.Right(code,
                                    message(locale, "notices.right." + code))).toList()),
                    activities.stream().map(activity -> purpose(activity, locale)).toList(),
                    recipients.processors().stream()
                            .map(processor -> new NoticeDocument.Processor(processor.name(), processor.service()))
                            .toList(),
                    recipients.partners().stream()
                            .map(partner -> new NoticeDocument.Partner(partner.name(), partner.sector(),
                                    partner.purpose()))
                            .toList(),
                    recipients.transfers().stream()
                            .map(transfer -> new NoticeDocument.Transfer(transfer.recipient(), transfer.country(),
                                    transfer.mechanism().name(),
                                    message(locale, "register.mechanism." + transfer.mechanism()),
                                    transfer.detail()))
                            .toList(),
                    message(locale, "notices.complaint"));
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }

    private NoticeDocument.Purpose purpose(ActivityView activity, Locale locale) {
        return new NoticeDocument.Purpose(activity.code(), activity.name().in(locale),
                activity.description().in(locale),
                activity.legalBases().stream()
                        .map(basis -> new NoticeDocument.Basis(basis.basis().name(),
                                message(locale, "register.basis." + basis.basis()),
                                basis.condition() == null ? null : basis.condition().in(locale)))
                        .toList(),
                activity.dataCategories().stream().map(category -> category.label().in(locale)).toList(),
                activity.recipients().stream()
                        .map(recipient -> message(locale, "notices.pair",
                                message(locale, "register.recipientKind." + recipient.kind()),
                                recipient.description().in(locale)))
                        .toList(),
                activity.retentionRules().stream()
                        .map(rule -> rule.scope() == null || rule.scope().in(locale) == null
                                ? retentionText.summary(rule)
                                : message(locale, "notices.pair", rule.scope().in(locale),
                                        retentionText.summary(rule)))
                        .toList());
    }

    private String message(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
