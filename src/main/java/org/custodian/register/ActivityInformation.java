package org.custodian.register;

/**
 * What an activity must tell people beyond its bases, data, recipients and retention (Art. 13(1)(d), 13(2)(e),
 * 13(2)(f), 14(2)(f) GDPR; INF-1, INF-4).
 *
 * @param legitimateInterest the interests pursued, where legitimate interest is a basis
 * @param provision          whether giving the data is required and what happens if it is not
 * @param automatedDecision  whether a decision is taken by automated means alone (the unpaid-debt exclusion)
 * @param automatedLogic     the logic involved and the person's right to human intervention
 * @param dataSource         where data not collected from the person comes from
 * @param publicNotice       whether the customers' notice describes the activity (staff logs are told to staff)
 * @param requiresRecipient  the kind of recipient without which the activity does not take place, if any
 */
public record ActivityInformation(LocalizedText legitimateInterest, LocalizedText provision,
        boolean automatedDecision, LocalizedText automatedLogic, LocalizedText dataSource, boolean publicNotice,
        RecipientKind requiresRecipient) {

    public ActivityInformation {
        legitimateInterest = orEmpty(legitimateInterest);
        provision = orEmpty(provision);
        automatedLogic = orEmpty(automatedLogic);
        dataSource = orEmpty(dataSource);
    }

    private static LocalizedText orEmpty(LocalizedText text) {
        return text == null ? new LocalizedText(null, null) : text;
    }
}
