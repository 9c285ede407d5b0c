package org.custodian.contacts;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.custodian.shared.PersonId;
import org.custodian.shared.personaldata.ErasureMode;
import org.custodian.shared.personaldata.ErasureResult;
import org.custodian.shared.personaldata.PersonalDataHolder;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the erasure of a deleted person through every module's personal-data holder (DSR-5), each in its own
 * transaction, contacts last since the others find their rows by the person's address. The event publication
 * registry keeps the request until this listener returns: after a crash, or a holder that failed, the publication is
 * resubmitted and the holders run again, which erases what was left and nothing twice.
 * <p>
 * A granted erasure request (DSR-5) runs the holders at once, on the caller's thread, with {@link #eraseNow}, to tell
 * the person what was kept and why; the deletion is published all the same, so that the registry still completes an
 * erasure interrupted by a crash, and the listener, which waits for the run under way on this node, finds the person
 * gone and stops.
 */
@Component
public class PersonErasure {

    /** The audit resource type of one holder's erasure report. */
    static final String RESOURCE = "personal-data";

    /** How long an erasure may be under way before it is taken for failed or interrupted, and run again. */
    static final Duration RETRY_AFTER = Duration.ofMinutes(5);

    private final List<PersonalDataHolder> holders;
    private final AuditLog audit;
    private final IncompleteEventPublications incomplete;
    private final Clock clock;
    private final Persons persons;
    private final TransactionTemplate newTransaction;
    private final ConcurrentHashMap<PersonId, ReentrantLock> running = new ConcurrentHashMap<>();

    PersonErasure(List<PersonalDataHolder> holders, AuditLog audit, IncompleteEventPublications incomplete,
            Clock clock, Persons persons, PlatformTransactionManager transactions) {
        this.holders = holders.stream()
                .sorted(Comparator.comparing(PersonalDataHolder::erasesLast).thenComparing(PersonalDataHolder::section))
                .toList();
        this.audit = audit;
        this.incomplete = incomplete;
        this.clock = clock;
        this.persons = persons;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Deletes the person ({@link Persons#delete}, committed at once in its own transaction, which publishes
     * {@link PersonErasureRequested}) and runs every holder now, each in its own transaction, contacts last: the
     * erasure of a granted request (DSR-5), whose answer tells the person what was kept and why. Each holder's report
     * is audited as the listener's is. If a holder fails, the exception is thrown and the registry resumes the
     * erasure later, as after any failure.
     *
     * @return each holder's result, in the order they ran
     * @throws PersonNotFound if there is no such person, or their erasure is already under way
     */
    public List<ErasureResult> eraseNow(PersonId person) {
        var lock = running.computeIfAbsent(person, id -> new ReentrantLock());
        lock.lock();
        try {
            newTransaction.executeWithoutResult(status -> persons.delete(person));
            var results = new ArrayList<ErasureResult>();
            for (var holder : holders) {
                var result = holder.erase(person, ErasureMode.ERASE);
                audit.personalData(AuditAction.DELETE, RESOURCE, person.toString(), null, result.summary());
                results.add(result);
            }
            return results;
        } finally {
            lock.unlock();
            running.remove(person, lock);
        }
    }

    /**
     * Not an {@code @ApplicationModuleListener}: that would wrap the holders in one more transaction, whose rollback
     * on a failing holder would take with it the audit entries of the holders that did commit their erasure.
     */
    @Async
    @TransactionalEventListener
    void on(PersonErasureRequested request) {
        var person = request.personId();
        var lock = running.computeIfAbsent(person, id -> new ReentrantLock());
        lock.lock();
        try {
            if (persons.erasureComplete(person)) {
                return; // erased by eraseNow, which this listener waited for
            }
            for (var holder : holders) {
                var result = holder.erase(person, ErasureMode.ERASE);
                audit.personalData(AuditAction.DELETE, RESOURCE, person.toString(), null, result.summary());
            }
        } finally {
            lock.unlock();
            running.remove(person, lock);
        }
    }

    /**
     * Runs again the erasures that failed (a holder threw, the database was away) or were interrupted without a
     * restart of this node; a restart resubmits them anyway ({@code republish-outstanding-events-on-restart}).
     */
    @Scheduled(fixedDelayString = "${custodian.erasure.retry-delay:PT5M}")
    @SchedulerLock(name = "person-erasure-retry")
    void retryUnfinished() {
        var before = clock.instant().minus(RETRY_AFTER);
        incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof PersonErasureRequested
                && publication.getPublicationDate().isBefore(before));
    }
}
