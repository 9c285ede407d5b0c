package org.custodian.retention;

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
 * The legal holds that name a person (RET-5). Exported with the person's access package. When the DPO erases the
 * person, their holds go with them: the person row they name is deleted (contacts erases last), and a hold on nobody
 * documents nothing. The person page shows the holds in force before the DPO deletes, and a granted erasure request
 * is not carried out for a held person (GDPR art. 17(3)(e)), which the rights module tells the DPO.
 */
@Component
class LegalHoldDataHolder implements PersonalDataHolder {

    static final String SECTION = "retention.legal-holds";

    private final LegalHoldRepository repository;

    LegalHoldDataHolder(LegalHoldRepository repository) {
        this.repository = repository;
    }

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public List<HeldData> inventory() {
        return List.of(new HeldData("legal_hold", List.of("legal hold: reason, staff member responsible, end or "
                + "review date, who placed and released it, when, why"), "CONTRACT_MANAGEMENT",
                "until the hold is released or ends, then as long as the person's record (RET-5)"));
    }

    @Override
    @Transactional(readOnly = true)
    public SubjectExport export(PersonId person) {
        return SubjectExport.of(SECTION).with("legal_holds", repository.of(person));
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public ErasureResult erase(PersonId person, ErasureMode mode) {
        return new ErasureResult(SECTION, repository.deleteAllOf(List.of(person)), 0, List.of());
    }

    /** The batch form (RET-3): the same outcome as {@link #erase} for every person, in the caller's transaction. */
    @Override
    @Transactional
    public ErasureResult eraseAll(List<PersonId> batch, ErasureMode mode) {
        return new ErasureResult(SECTION, repository.deleteAllOf(batch), 0, List.of());
    }
}
