package org.custodian.contacts;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.custodian.shared.personaldata.ErasureMode;
import org.custodian.shared.personaldata.PersonalDataHolder;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Runs the erasure of a deleted person through every module's personal-data holder (DSR-5), each in its own
 * transaction, contacts last since the others find their rows by the person's address. The event publication
 * registry keeps the request until this listener returns: after a crash, or a holder that failed, the publication is
 * resubmitted and the holders run again, which erases what was left and nothing twice.
 */
@Component
class PersonErasure {

    /** The audit resource type of one holder's erasure report. */
    static final String RESOURCE = "personal-data";

    /** How long an erasure may be under way before it is taken for failed or interrupted, and run again. */
    static final Duration RETRY_AFTER = Duration.ofMinutes(5);

    private final List<PersonalDataHolder> holders;
    private final AuditLog audit;
    private final IncompleteEventPublications incomplete;
    private final Clock clock;

    PersonErasure(List<PersonalDataHolder> holders, AuditLog audit, IncompleteEventPublications incomplete,
            Clock clock) {
        this.holders = holders.stream()
                .sorted(Comparator.comparing(PersonalDataHolder::erasesLast).thenComparing(PersonalDataHolder::section))
                .toList();
        this.audit = audit;
        this.incomplete = incomplete;
        this.clock = clock;
    }

    /**
     * Not an {@code @ApplicationModuleListener}: that would wrap the holders in one more transaction, whose rollback
     * on a failing holder would take with it the audit entries of the holders that did commit their erasure.
     */
    @Async
    @TransactionalEventListener
    void on(PersonErasureRequested request) {
        var person = request.personId();
        for (var holder : holders) {
            var result = holder.erase(person, ErasureMode.ERASE);
            audit.personalData(AuditAction.DELETE, RESOURCE, person.toString(), null, result.summary());
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
