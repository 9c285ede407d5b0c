package org.custodian.notices;

import java.util.ArrayList;
import java.util.List;

import org.custodian.register.ActivityView;
import org.custodian.register.Organisation;

/**
 * The completeness check of the privacy notice (INF-1, Art. 13 GDPR): lists every element the notice would lack.
 * The CNIL sanctioned NESTOR (seed 003) because its notice stated neither the legal bases, nor the retention periods,
 * nor the recipients; those three, the controller, the DPO contact and where to exercise one's rights are checked here,
 * and publishing is refused while anything is listed. Pure: it reads only what it is given.
 */
public final class NoticeCompleteness {

    private static final String ORGANISATION = "/organisation";

    private NoticeCompleteness() {
    }

    /**
     * What is missing, in the order of the notice; empty when the notice is complete.
     */
    public static List<MissingItem> missing(Organisation organisation, List<ActivityView> activities) {
        var missing = new ArrayList<MissingItem>();
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
        if (activities.isEmpty()) {
            missing.add(new MissingItem("NO_PURPOSE", null, "/register"));
        }
        for (var activity : activities) {
            var fixAt = "/register/activities/" + activity.code() + "/edit";
            var subject = activity.code();
            if (activity.legalBases().isEmpty()) {
                missing.add(new MissingItem("PURPOSE_WITHOUT_BASIS", subject, fixAt));
            }
            if (activity.retentionRules().isEmpty()) {
                missing.add(new MissingItem("PURPOSE_WITHOUT_RETENTION", subject, fixAt));
            }
            else if (activity.hasUnfixedRetention()) {
                missing.add(new MissingItem("RETENTION_TO_BE_SET", subject, fixAt));
            }
            if (activity.recipients().isEmpty()) {
                missing.add(new MissingItem("PURPOSE_WITHOUT_RECIPIENTS", subject, fixAt));
            }
        }
        return List.copyOf(missing);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
