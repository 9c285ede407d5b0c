package org.custodian.campaigns;

import java.util.List;

import org.custodian.shared.PersonId;
import org.custodian.shared.personaldata.ErasureMode;
import org.custodian.shared.personaldata.ErasureResult;
import org.custodian.shared.personaldata.HeldData;
import org.custodian.shared.personaldata.PersonalDataHolder;
import org.custodian.shared.personaldata.SubjectExport;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the campaigns decided about a person at send time (DSR-3, DSR-5, PRO-2): exported with the rule that decided,
 * deleted at erasure. The message's unsubscribe link does not depend on these rows (it is the prospecting module's,
 * and keeps working after the erasure); a click on a message of an erased person still leads to its target and records
 * nothing.
 */
@Component
class CampaignMessageDataHolder implements PersonalDataHolder {

    static final String SECTION = "campaigns.messages";

    private final CampaignMessages messages;

    CampaignMessageDataHolder(CampaignMessages messages) {
        this.messages = messages;
    }

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public List<HeldData> inventory() {
        return List.of(new HeldData("campaign_message", List.of("the campaigns that wrote to the person, postponed or "
                + "excluded them, with the deciding rule", "whether a message carried the source of their data "
                + "(Art. 14)", "clicks and unsubscription dates"), "PROSPECTING",
                "as long as the person is on file: the campaign's proof of whom it reached and why"));
    }

    @Override
    @Transactional(readOnly = true)
    public SubjectExport export(PersonId person) {
        return SubjectExport.of(SECTION).with("campaign_messages", messages.ofPerson(person));
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public ErasureResult erase(PersonId person, ErasureMode mode) {
        return new ErasureResult(SECTION, messages.deleteOfPersons(List.of(person)), 0, List.of());
    }

    /** The batch form (RET-3): the same outcome as {@link #erase} for every person, in the caller's transaction. */
    @Override
    @Transactional
    public ErasureResult eraseAll(List<PersonId> batch, ErasureMode mode) {
        return new ErasureResult(SECTION, messages.deleteOfPersons(batch), 0, List.of());
    }
}
