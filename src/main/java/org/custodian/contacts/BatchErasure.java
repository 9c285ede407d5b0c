package org.custodian.contacts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.custodian.shared.PersonId;
import org.custodian.shared.personaldata.ErasureMode;
import org.custodian.shared.personaldata.ErasureResult;
import org.custodian.shared.personaldata.PersonalDataHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The erasure of many persons at once, for the retention sweep (RET-3): every module's holder erases the batch
 * ({@link PersonalDataHolder#eraseAll}), contacts last, in the caller's transaction, which also holds the caller's
 * record of what it decided: the batch leaves every screen, search, campaign and export at the commit, or not at all.
 * One commit per batch, not per person or holder; one statement per table where the holder has many rows.
 */
@Component
public class BatchErasure {

    private final List<PersonalDataHolder> holders;

    BatchErasure(List<PersonalDataHolder> holders) {
        this.holders = holders.stream()
                .sorted(Comparator.comparing(PersonalDataHolder::erasesLast).thenComparing(PersonalDataHolder::section))
                .toList();
    }

    /**
     * Runs every holder over the persons, contacts last.
     *
     * @return per holder, the sum of what it erased and anonymised for the batch (what is kept is said per person by
     *         the holders' access exports and the register's rules, not repeated here)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<ErasureResult> erase(List<PersonId> persons) {
        var results = new ArrayList<ErasureResult>();
        for (var holder : holders) {
            results.add(holder.eraseAll(persons, ErasureMode.ERASE));
        }
        return results;
    }
}
