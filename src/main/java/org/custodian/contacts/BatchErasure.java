package org.custodian.contacts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.custodian.shared.PersonId;
import org.custodian.shared.personaldata.ErasureMode;
import org.custodian.shared.personaldata.ErasureResult;
import org.custodian.shared.personaldata.PersonalDataHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The erasure of many persons at once, for the retention sweep (RET-3): the caller marks a batch in its own
 * transaction, together with its record of what it decided, so that the batch leaves every screen, search, campaign
 * and export at the commit; then every module's holder erases the batch in one transaction of its own
 * ({@link PersonalDataHolder#eraseAll}), contacts last: a commit per holder and batch, not per person. Holders are
 * idempotent: a sweep resumed after a crash runs them again over the persons it had marked, which erases what was
 * left and nothing twice.
 */
@Component
public class BatchErasure {

    private final List<PersonalDataHolder> holders;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    BatchErasure(List<PersonalDataHolder> holders, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.holders = holders.stream()
                .sorted(Comparator.comparing(PersonalDataHolder::erasesLast).thenComparing(PersonalDataHolder::section))
                .toList();
        this.jdbc = jdbc;
    }

    /**
     * Marks the persons as being erased, in the caller's transaction.
     *
     * @return how many were marked by this call (a person already marked, or gone, is not counted)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int mark(Collection<PersonId> persons, Instant at) {
        if (persons.isEmpty()) {
            return 0;
        }
        var ids = persons.stream().map(PersonId::value).toList();
        return jdbc.sql("UPDATE person SET erasure_requested_at = :at WHERE id IN (:ids) AND erasure_requested_at IS NULL")
                .param("at", Timestamp.from(at))
                .param("ids", ids)
                .update();
    }

    /**
     * Runs every holder over the persons, contacts last.
     *
     * @return per holder, the sum of what it erased and anonymised for the batch (what is kept is said per person by
     *         the holders' access exports and the register's rules, not repeated here)
     */
    public List<ErasureResult> erase(List<PersonId> persons) {
        var results = new ArrayList<ErasureResult>();
        for (var holder : holders) {
            results.add(transaction.execute(status -> holder.eraseAll(persons, ErasureMode.ERASE)));
        }
        return results;
    }
}
