package org.custodian.notices;

import java.util.ArrayList;
import java.util.List;

import org.custodian.register.ActivityView;
import org.custodian.register.LegalBasis;
import org.custodian.register.RecipientKind;

/**
 * The completeness check of the privacy notice (INF-1, INF-3, INF-4; Art. 13 and 14 GDPR): lists every element the
 * notice would lack or contradict. The CNIL sanctioned NESTOR (seed 003) because its notice stated neither the legal
 * bases, nor the retention periods, nor the recipients; those, the controller, the DPO contact, where to exercise
 * one's rights, the legitimate interests (13(1)(d)), whether the data is required (13(2)(e)), automated decisions
 * (13(2)(f)), the source of data not collected from the person (14(2)(f)) and the legal mentions are checked here,
 * and publishing is refused while anything is listed. Pure: it reads only what it is given.
 */
final class NoticeCompleteness {

    private static final String ORGANISATION = "/organisation";
    private static final String LEGAL_MENTIONS = "/notices#site";
    private static final String RECIPIENTS = "/register/recipients";

    private NoticeCompleteness() {
    }

    /**
     * What is missing, in the order of the notice; empty when the notice is complete.
     */
    static List<MissingItem> missing(NoticeSources sources) {
        var missing = new ArrayList<MissingItem>();
        var organisation = sources.organisation();
        if (blank(organisation.name())) {
            missing.add(new MissingItem("CONTROLLER_NAME", null, ORGANISATION));
        }
        if (blank(organisation.address())) {
            missing.add(new MissingItem("CONTROLLER_ADDRESS", null, ORGANISATION));
        }
        if (blank(organisation.dpoName()) || blank(organisation.dpoEmail())) {
            missing.add(new MissingItem("DPO_CONTACT", null, ORGANISATION));
        }
        if (blank(organisation.rightsEmail()) && blank(organisation.rightsPostalAddress())) {
            missing.add(new MissingItem("RIGHTS_ADDRESS", null, ORGANISATION));
        }
        if (blank(sources.site().publicationDirector())) {
            missing.add(new MissingItem("PUBLICATION_DIRECTOR", null, LEGAL_MENTIONS));
        }
        if (blank(sources.site().hostingProvider())) {
            missing.add(new MissingItem("HOSTING_PROVIDER", null, LEGAL_MENTIONS));
        }
        var published = sources.published();
        if (published.isEmpty()) {
            missing.add(new MissingItem("NO_PURPOSE", null, "/register"));
        }
        for (var activity : published) {
            purpose(activity, sources, missing);
        }
        // The notice lists the processors and partners; a list no purpose explains would contradict the purposes.
        if (!sources.processors().isEmpty() && published.stream().noneMatch(activity -> names(activity,
                RecipientKind.PROCESSOR))) {
            missing.add(new MissingItem("PROCESSORS_WITHOUT_PURPOSE", null, RECIPIENTS));
        }
        if (!sources.partners().isEmpty() && published.stream().noneMatch(activity -> names(activity,
                RecipientKind.PARTNER))) {
            missing.add(new MissingItem("PARTNERS_WITHOUT_PURPOSE", null, RECIPIENTS));
        }
        return List.copyOf(missing);
    }

    private static void purpose(ActivityView activity, NoticeSources sources, List<MissingItem> missing) {
        var fixAt = "/register/activities/" + activity.code() + "/edit";
        var subject = activity.code();
        var information = activity.information();
        if (activity.legalBases().isEmpty()) {
            missing.add(new MissingItem("PURPOSE_WITHOUT_BASIS", subject, fixAt));
        }
        for (var row = 0; row < activity.legalBases().size(); row++) {
            if (activity.legalBases().get(row).isOpen()) {
                missing.add(new MissingItem("BASIS_TO_CHOOSE", subject, fixAt + "#basis-" + (row + 1)));
            }
        }
        if (activity.bases().contains(LegalBasis.LEGITIMATE_INTEREST) && !information.legitimateInterest().isPresent()) {
            missing.add(new MissingItem("LEGITIMATE_INTEREST_MISSING", subject, fixAt));
        }
        if (!information.provision().isPresent()) {
            missing.add(new MissingItem("PROVISION_MISSING", subject, fixAt));
        }
        if (information.automatedDecision() && !information.automatedLogic().isPresent()) {
            missing.add(new MissingItem("AUTOMATED_LOGIC_MISSING", subject, fixAt));
        }
        // Art. 22(2)(a), 001 §4: a decision taken by automated means alone rests on the contract, never on an interest.
        if (information.automatedDecision() && activity.bases().contains(LegalBasis.LEGITIMATE_INTEREST)) {
            missing.add(new MissingItem("AUTOMATED_DECISION_BASIS", subject, fixAt));
        }
        if (activity.hasIndirectSubjects() && !information.dataSource().isPresent()) {
            missing.add(new MissingItem("DATA_SOURCE_MISSING", subject, fixAt));
        }
        if (activity.retentionRules().isEmpty()) {
            missing.add(new MissingItem("PURPOSE_WITHOUT_RETENTION", subject, fixAt));
        }
        else if (activity.hasUnfixedRetention()) {
            missing.add(new MissingItem("RETENTION_TO_BE_SET", subject, fixAt));
        }
        if (activity.recipients().stream().noneMatch(sources::shows)) {
            missing.add(new MissingItem("PURPOSE_WITHOUT_RECIPIENTS", subject, fixAt));
        }
    }

    private static boolean names(ActivityView activity, RecipientKind kind) {
        return activity.recipients().stream().anyMatch(recipient -> recipient.kind() == kind);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
