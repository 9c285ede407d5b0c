package org.custodian.notices;

import java.util.List;

import org.custodian.register.ActivityView;
import org.custodian.register.InternalServiceView;
import org.custodian.register.Organisation;
import org.custodian.register.PartnerView;
import org.custodian.register.ProcessorView;
import org.custodian.register.RecipientKind;
import org.custodian.register.RecipientView;
import org.custodian.register.TransferView;

/**
 * Everything the privacy notice is written from, read at one moment (INF-1): the organisation, the legal mentions,
 * the register and the recipients actually recorded. The generator and the completeness check read the same
 * snapshot, so what is checked is what is published.
 *
 * @param organisation     the controller and its DPO
 * @param site             the legal mentions' own settings
 * @param activities       every activity of the register
 * @param internalServices the internal services recorded
 * @param processors       the processors recorded
 * @param partners         the partners recorded
 * @param transfers        the transfers outside the EU recorded
 */
record NoticeSources(Organisation organisation, SiteSettings site, List<ActivityView> activities,
        List<InternalServiceView> internalServices, List<ProcessorView> processors, List<PartnerView> partners,
        List<TransferView> transfers) {

    NoticeSources {
        activities = List.copyOf(activities);
        internalServices = List.copyOf(internalServices);
        processors = List.copyOf(processors);
        partners = List.copyOf(partners);
        transfers = List.copyOf(transfers);
    }

    /**
     * The activities the customers' notice describes: not the staff's own (they are told internally), and not one
     * that cannot take place because its recipient is not recorded (no partner, no transmission).
     */
    List<ActivityView> published() {
        return activities.stream()
                .filter(activity -> activity.information().publicNotice())
                .filter(activity -> activity.information().requiresRecipient() == null
                        || recorded(activity.information().requiresRecipient()))
                .toList();
    }

    /**
     * Whether a category of recipients of an activity is shown: processors and partners only when some are
     * recorded, so that a purpose never names recipients the notice says do not exist.
     */
    boolean shows(RecipientView recipient) {
        return recipient.kind() != RecipientKind.PROCESSOR && recipient.kind() != RecipientKind.PARTNER
                || recorded(recipient.kind());
    }

    /**
     * Whether at least one recipient of this kind is recorded; the standards' other categories (control
     * authorities, postal services) are not recorded one by one and always count.
     */
    boolean recorded(RecipientKind kind) {
        return switch (kind) {
            case INTERNAL_SERVICE -> !internalServices.isEmpty();
            case PROCESSOR -> !processors.isEmpty();
            case PARTNER -> !partners.isEmpty();
            case CONTROL_AUTHORITY, THIRD_PARTY -> true;
        };
    }
}
