package org.custodian.notices;

import java.util.List;
import java.util.Locale;

import org.custodian.register.ActivityView;
import org.custodian.register.InternalServiceView;
import org.custodian.register.LegalBasis;
import org.custodian.register.PartnerView;
import org.custodian.register.ProcessorView;
import org.custodian.register.RecipientView;
import org.custodian.register.RetentionText;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes the privacy notice (INF-1) in one language from the live register, its recipients and the organisation
 * settings. Nothing is typed by hand: what the register says is what people read, and each purpose names the
 * recipients actually recorded, never a category the rest of the notice says does not exist.
 */
@Component
class NoticeGenerator {

    static final List<String> RIGHTS = List.of("ACCESS", "RECTIFICATION", "ERASURE", "RESTRICTION", "PORTABILITY",
            "OBJECTION", "OBJECTION_PROSPECTING", "WITHDRAW_CONSENT");

    private final RetentionText retentionText;
    private final MessageSource messages;

    NoticeGenerator(RetentionText retentionText, MessageSource messages) {
        this.retentionText = retentionText;
        this.messages = messages;
    }

    NoticeDocument generate(NoticeSources sources, Locale locale) {
        var organisation = sources.organisation();
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
                    sources.published().stream().map(activity -> purpose(activity, sources, locale)).toList(),
                    sources.processors().stream()
                            .map(processor -> new NoticeDocument.Processor(processor.name(), processor.service()))
                            .toList(),
                    sources.partners().stream()
                            .map(partner -> new NoticeDocument.Partner(partner.name(), partner.sector(),
                                    partner.purpose()))
                            .toList(),
                    sources.transfers().stream()
                            .map(transfer -> new NoticeDocument.Transfer(transfer.recipient(), transfer.country(),
                                    transfer.mechanism().name(),
                                    message(locale, "register.mechanism." + transfer.mechanism()),
                                    transfer.detail()))
                            .toList(),
                    message(locale, "notices.complaint"),
                    new NoticeDocument.LegalMentions(organisation.name(), organisation.address(),
                            organisation.registrationNumber(), sources.site().publicationDirector(),
                            sources.site().hostingProvider(), organisation.rightsEmail()));
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }

    private NoticeDocument.Purpose purpose(ActivityView activity, NoticeSources sources, Locale locale) {
        var information = activity.information();
        return new NoticeDocument.Purpose(activity.code(), activity.name().in(locale),
                activity.description().in(locale),
                activity.legalBases().stream()
                        .filter(basis -> !basis.isOpen())
                        .map(basis -> new NoticeDocument.Basis(basis.basis().name(),
                                message(locale, "register.basis." + basis.basis()),
                                basis.condition() == null ? null : basis.condition().in(locale)))
                        .toList(),
                activity.dataCategories().stream().map(category -> category.label().in(locale)).toList(),
                activity.recipients().stream()
                        .filter(sources::shows)
                        .map(recipient -> message(locale, "notices.pair",
                                message(locale, "register.recipientKind." + recipient.kind()),
                                recorded(recipient, sources, locale)))
                        .toList(),
                activity.retentionRules().stream()
                        .map(rule -> rule.scope() == null || rule.scope().in(locale) == null
                                ? retentionText.summary(rule)
                                : message(locale, "notices.pair", rule.scope().in(locale),
                                        retentionText.summary(rule)))
                        .toList(),
                activity.bases().contains(LegalBasis.LEGITIMATE_INTEREST)
                        ? information.legitimateInterest().in(locale) : null,
                information.provision().in(locale),
                information.automatedDecision() ? information.automatedLogic().in(locale) : null,
                activity.hasIndirectSubjects() ? information.dataSource().in(locale) : null);
    }

    /**
     * The recipients of one category as recorded: the processors and partners by name, the internal services by
     * name once recorded; the other categories as the standard words them.
     */
    private static String recorded(RecipientView recipient, NoticeSources sources, Locale locale) {
        var names = switch (recipient.kind()) {
            case PROCESSOR -> sources.processors().stream().map(ProcessorView::name).toList();
            case PARTNER -> sources.partners().stream().map(PartnerView::name).toList();
            case INTERNAL_SERVICE -> sources.internalServices().stream().map(InternalServiceView::name).toList();
            case CONTROL_AUTHORITY, THIRD_PARTY -> List.<String>of();
        };
        return names.isEmpty() ? recipient.description().in(locale) : String.join(", ", names);
    }

    private String message(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
