package org.custodian.campaigns;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.custodian.mail.Mailer;
import org.custodian.mail.MailStatus;
import org.custodian.mail.OutgoingMail;
import org.custodian.prospecting.CampaignEligibility;
import org.custodian.prospecting.EligibilityDecision;
import org.custodian.prospecting.UnsubscribeLinks;
import org.custodian.shared.CurrentActor;
import org.custodian.shared.PersonId;
import org.custodian.shared.PublicAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a campaign (PRO-5, PRO-2, PRO-8, INF-4): a job that walks the audience in person id order, batch by batch,
 * with {@link CampaignEligibility#next} — so the eligibility is decided again for each batch at send time, and a person
 * who unsubscribed while the campaign runs receives nothing more. In one transaction per batch it writes, for each
 * person, one {@code campaign_message} (the primary key allows one per person per campaign) and, for each eligible
 * person, one message to the mail module's outbox, and moves the walk's cursor; after commit it delivers the batch's
 * messages at the configured pace. Persons over the frequency cap are recorded as postponed.
 *
 * <p>Cluster-safe and resumable: a node runs a walk under a lease renewed with each batch; the cursor only moves from
 * where this node read it; a node killed mid-batch loses nothing (the batch rolls back) and a node killed after a
 * commit leaves queued messages that the outbox's sweep delivers, each claimed once. A walk whose lease expired is
 * resumed from its committed cursor by the next node's sweep. Without an SMTP server the messages stay held in the
 * outbox, and the screens say so.
 */
public class CampaignSender {

    /** The audit resource type of a campaign's sending. */
    public static final String RESOURCE = "campaign";

    private static final Logger LOG = LoggerFactory.getLogger(CampaignSender.class);
    private static final int IN_FLIGHT = 2;

    private final CampaignSendings sendings;
    private final CampaignRepository campaigns;
    private final CampaignMessageComposer composer;
    private final CampaignMessages messages;
    private final RecipientDetails details;
    private final CampaignEligibility eligibility;
    private final UnsubscribeLinks unsubscribeLinks;
    private final CampaignMessageWriter writer;
    private final Mailer mailer;
    private final PublicAddress publicAddress;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Executor executor;
    private final CampaignSendingProperties properties;
    private final Clock clock;
    private final String node = UUID.randomUUID().toString();
    private final Throttle throttle;

    CampaignSender(CampaignSendings sendings, CampaignRepository campaigns, CampaignMessageComposer composer,
            CampaignMessages messages, RecipientDetails details,
            CampaignEligibility eligibility, UnsubscribeLinks unsubscribeLinks, CampaignMessageWriter writer,
            Mailer mailer, PublicAddress publicAddress, AuditLog audit, TransactionTemplate transactions,
            @Qualifier("applicationTaskExecutor") Executor executor, CampaignSendingProperties properties,
            Clock clock) {
        this.sendings = sendings;
        this.campaigns = campaigns;
        this.composer = composer;
        this.messages = messages;
        this.details = details;
        this.eligibility = eligibility;
        this.unsubscribeLinks = unsubscribeLinks;
        this.writer = writer;
        this.mailer = mailer;
        this.publicAddress = publicAddress;
        this.audit = audit;
        this.transactions = transactions;
        this.executor = executor;
        this.properties = properties;
        this.clock = clock;
        this.throttle = new Throttle(properties.messagesPerSecond());
    }

    /**
     * Starts sending a draft or scheduled campaign now, in the background; answers false when it was already started
     * (a second request, from this node or another, starts nothing).
     *
     * @throws CampaignNotSendable when the campaign has no template
     * @throws CampaignNotFound when there is no such campaign
     */
    public boolean start(UUID id) {
        var started = begin(id);
        if (started) {
            executor.execute(() -> run(id));
        }
        return started;
    }

    /** Moves the campaign to SENDING and opens its walk; false when it was already started. */
    boolean begin(UUID id) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            var campaign = sendable(id);
            var now = Instant.now(clock);
            if (!sendings.markSending(id, now, CurrentActor.name())) {
                return false;
            }
            var audience = eligibility.preview(campaign.terms(), campaign.audience(), 0).audience();
            sendings.insert(id, audience, now, CurrentActor.name());
            audit.personalData(AuditAction.UPDATE, RESOURCE, id.toString(), null, "sending started");
            return true;
        }));
    }

    /**
     * Schedules a draft for {@code when}; the sweep starts it then.
     *
     * @throws CampaignNotSendable when the campaign has no template or was already started
     * @throws CampaignNotFound when there is no such campaign
     */
    public void schedule(UUID id, Instant when) {
        transactions.executeWithoutResult(status -> {
            sendable(id);
            if (!sendings.schedule(id, Objects.requireNonNull(when, "when"), Instant.now(clock),
                    CurrentActor.name())) {
                throw CampaignNotSendable.alreadyStarted(id);
            }
            audit.personalData(AuditAction.UPDATE, RESOURCE, id.toString(), null, "sending scheduled for " + when);
        });
    }

    /**
     * Sends the campaign's message to {@code to} as a test (a staff member's own address), with example merge values
     * and example links, marked as a test in its subject; it goes through the outbox like any message, so without an
     * SMTP server it is held there.
     *
     * @return the message's id in the outbox
     * @throws IllegalArgumentException when {@code to} is not an address
     */
    public UUID testSend(UUID id, String to) {
        var campaign = sendable(id);
        var links = exampleLinks();
        var example = composer.compose(campaign, Map.of(MergeFields.FIRST_NAMES, "Marie", MergeFields.LAST_NAME,
                "Dupont", MergeFields.CIVILITY, "Madame"), links);
        var mail = new OutgoingMail(to, "[Test] " + example.subject(), example.text(), example.html(),
                Map.of(CampaignMessageWriter.LIST_UNSUBSCRIBE, "<" + links.unsubscribe() + ">",
                        CampaignMessageWriter.LIST_UNSUBSCRIBE_POST, CampaignMessageWriter.ONE_CLICK),
                "test", CampaignMessageWriter.from(campaign));
        return mailer.send(mail);
    }

    /** Links that name nobody: a test message must not unsubscribe a real person. */
    private UnsubscribeLinks.Links exampleLinks() {
        var base = publicAddress.url();
        return new UnsubscribeLinks.Links(base + "/p/unsubscribe/exemple", base + "/p/preferences/exemple");
    }

    private CampaignView sendable(UUID id) {
        var campaign = campaigns.find(id).orElseThrow(() -> CampaignNotFound.forId(id));
        if (!campaign.hasTemplate()) {
            throw CampaignNotSendable.noTemplate(id);
        }
        return campaign;
    }

    /**
     * Walks the campaign's audience from its committed cursor to the end, when this node can take the walk's lease;
     * returns at once otherwise (another node runs it). PRO-5 speed: while batches are handed to the SMTP server, the
     * next is decided and written (the database and the SMTP exchange overlap instead of taking turns); at most
     * {@value #IN_FLIGHT} batches are in delivery at once, each over its own connection (a message's «sent» mark is a
     * database round trip that a second connection's exchange covers), and each is delivered only once its transaction
     * committed, as {@link #step} does. The pace ({@code messages-per-second}) is shared by all of them.
     */
    void run(UUID id) {
        var delivery = Executors.newFixedThreadPool(IN_FLIGHT, runnable -> {
            var thread = new Thread(runnable, "campaign-delivery-" + id);
            thread.setDaemon(true);
            return thread;
        });
        var delivering = new ArrayDeque<Future<?>>();
        try {
            for (var batch = decide(id); batch != null; batch = decide(id)) {
                if (delivering.size() == IN_FLIGHT) {
                    finished(delivering.poll());
                }
                var mails = batch.mails();
                delivering.add(delivery.submit(() -> {
                    deliver(mails);
                    return null;
                }));
            }
            while (!delivering.isEmpty()) {
                finished(delivering.poll());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // The lease runs out and the sweep of any node resumes the walk from its committed cursor.
            LOG.warn("Sending of campaign {} stopped: {}", id, e.getMessage(), e);
        } finally {
            delivery.shutdownNow();
        }
    }

    /** Waits for a batch's delivery; its failure stops the walk as if it had happened in this thread. */
    private static void finished(Future<?> delivering) throws InterruptedException {
        try {
            delivering.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException(e.getCause());
        }
    }

    /**
     * One batch of the walk: decided and written in its transaction, then delivered; answers whether there may be
     * more (false once the audience is walked, or when another node holds the walk).
     */
    boolean step(UUID id) throws InterruptedException {
        var batch = decide(id);
        if (batch == null) {
            return false;
        }
        deliver(batch.mails());
        return true;
    }

    /** The next batch, decided and committed; null once the audience is walked, or when another node holds it. */
    private Batch decide(UUID id) {
        if (!lease(id)) {
            return null;
        }
        var batch = transactions.execute(status -> nextBatch(id));
        return batch == null || batch.done() ? null : batch;
    }

    private boolean lease(UUID id) {
        var now = Instant.now(clock);
        return sendings.lease(id, node, now.plus(properties.lease()), now);
    }

    /** One batch, in one transaction: decide, write, move the cursor; or close the walk when nobody is left. */
    private Batch nextBatch(UUID id) {
        var walk = sendings.walk(id).orElseThrow();
        var campaign = campaigns.find(id).orElseThrow();
        var now = Instant.now(clock);
        var recipients = eligibility.next(campaign.terms(), campaign.audience(),
                walk.cursor() == null ? null : new PersonId(walk.cursor()), properties.batchSize());
        if (recipients.isEmpty()) {
            var openUntil = now.plus(properties.openFor());
            if (sendings.finish(id, node, now, openUntil)) {
                sendings.recordPostponedDue(id, nextDue(id, openUntil));
            }
            audit.personalData(AuditAction.UPDATE, RESOURCE, id.toString(), null,
                    "sending finished: " + walk.processed() + " persons decided");
            return Batch.DONE;
        }
        var written = write(campaign, recipients);
        messages.insertAll(id, written.rows(), now);
        var last = recipients.get(recipients.size() - 1).person();
        if (!sendings.advance(id, node, walk.cursor(), last.value(), recipients.size(),
                now.plus(properties.lease()))) {
            throw new IllegalStateException("Campaign " + id + ": the walk moved on without this node");
        }
        audit.personalData(AuditAction.EXPORT, RESOURCE, id.toString(), "PROSPECTING",
                written.mails().size() + " messages written for persons " + recipients.get(0).person() + " to "
                        + last);
        return new Batch(false, written.mails(), last);
    }

    /**
     * The persons' messages written to the outbox (links issued, merge fields, click links, the Art. 14 notice the
     * first time) and each person's decision as a row of {@code campaign_message}, in the order of {@code recipients}.
     */
    private Written write(CampaignView campaign, List<CampaignEligibility.Recipient> recipients) {
        var eligible = recipients.stream().filter(r -> r.decision().eligible() && r.email() != null)
                .map(CampaignEligibility.Recipient::person).toList();
        var known = details.of(eligible);
        var informed = messages.informedOfSource(eligible);
        var targets = ClickLinks.targets(campaign.template().html());
        var base = publicAddress.url();
        var sendable = recipients.stream().filter(r -> r.decision().eligible() && r.email() != null
                && known.containsKey(r.person())).toList();
        var issued = unsubscribeLinks.issueAll(sendable.stream()
                .map(r -> new UnsubscribeLinks.Recipient(r.person(), r.email())).toList(), campaign.id());
        var mails = new ArrayList<Mailer.Addressed>();
        var decided = new ArrayList<Decision>();
        for (var recipient : recipients) {
            var decision = recipient.decision();
            var detail = known.get(recipient.person());
            if (decision.eligible() && recipient.email() != null && detail != null) {
                var links = issued.get(mails.size());
                var thirdParty = detail.thirdParty() != null && !informed.contains(recipient.person())
                        ? detail.thirdParty() : null;
                var mail = writer.write(campaign, recipient.person(), recipient.email(),
                        composer.compose(campaign, detail.mergeValues(), links), targets, links, thirdParty, base);
                mails.add(new Mailer.Addressed(recipient.person(), mail));
                decided.add(new Decision(recipient.person(), CampaignMessageStatus.QUEUED, decision, thirdParty != null));
            } else if (decision.outcome() == EligibilityDecision.Outcome.POSTPONED) {
                decided.add(new Decision(recipient.person(), CampaignMessageStatus.POSTPONED, decision, false));
            } else {
                decided.add(new Decision(recipient.person(), CampaignMessageStatus.EXCLUDED, decision, false));
            }
        }
        var mailIds = mailer.sendAll(mails);
        var rows = new ArrayList<CampaignMessages.Decided>();
        var next = 0;
        for (var decision : decided) {
            var mail = decision.status() == CampaignMessageStatus.QUEUED ? mailIds.get(next++) : null;
            rows.add(new CampaignMessages.Decided(decision.person(), mail, decision.status(), rule(decision),
                    decision.sourceNotice()));
        }
        return new Written(mailIds, rows);
    }

    /**
     * PRO-8: sends a walked campaign to the persons it postponed, once they are back under the frequency cap and while
     * the campaign is open, batch by batch like the walk: each decided again now (an unsubscription meanwhile excludes
     * them, a person still over the cap stays postponed), a message written only for a person still postponed (a
     * conditional update: one message per person per campaign, whichever node does it), delivered after commit. Then
     * records when the next of those still postponed is due. Returns at once when another node does it.
     */
    void sendPostponed(UUID id) {
        var now = Instant.now(clock);
        if (!sendings.leasePostponed(id, node, now.plus(properties.lease()), now)) {
            return;
        }
        try {
            PersonId after = null;
            for (var batch = postponedBatch(id, after); batch != null; batch = postponedBatch(id, after)) {
                deliver(batch.mails());
                after = batch.last();
            }
            transactions.executeWithoutResult(status -> sendings.releasePostponed(id, node,
                    nextDue(id, sendings.walk(id).orElseThrow().openUntil())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // The lease runs out and the sweep of any node tries again; what was committed stays settled.
            LOG.warn("Sending of campaign {} to its postponed persons stopped: {}", id, e.getMessage(), e);
        }
    }

    /** The next postponed persons after {@code after}, decided again and settled in one transaction; null at the end. */
    private Batch postponedBatch(UUID id, PersonId after) {
        return transactions.execute(status -> {
            var persons = messages.postponed(id, after, properties.batchSize());
            if (persons.isEmpty()) {
                return null;
            }
            var campaign = campaigns.find(id).orElseThrow();
            var written = write(campaign, eligibility.decideAll(campaign.terms(), campaign.audience(), persons));
            messages.settleAll(id, written.rows().stream()
                    .filter(row -> row.status() != CampaignMessageStatus.POSTPONED).toList());
            if (!sendings.renew(id, node, Instant.now(clock).plus(properties.lease()))) {
                throw new IllegalStateException("Campaign " + id + ": another node took over its postponed persons");
            }
            audit.personalData(AuditAction.EXPORT, RESOURCE, id.toString(), "PROSPECTING",
                    written.mails().size() + " messages written for postponed persons " + persons.get(0) + " to "
                            + persons.get(persons.size() - 1));
            return new Batch(false, written.mails(), persons.get(persons.size() - 1));
        });
    }

    /**
     * PRO-8: when the first person the campaign still postpones is back under the frequency cap; null when nobody is
     * before the campaign closes. Read a batch of persons at a time.
     */
    private Instant nextDue(UUID id, Instant openUntil) {
        Instant due = null;
        for (var persons = messages.postponed(id, null, properties.batchSize()); !persons.isEmpty();
                persons = messages.postponed(id, persons.get(persons.size() - 1), properties.batchSize())) {
            for (var again : eligibility.underCapAgain(persons).values()) {
                if (again.isBefore(openUntil) && (due == null || again.isBefore(due))) {
                    due = again;
                }
            }
        }
        return due;
    }

    private static String rule(Decision decision) {
        return decision.status() == CampaignMessageStatus.EXCLUDED && decision.decision().eligible()
                ? "NO_ADDRESS" : decision.decision().rule().name();
    }

    /** The batch's messages, about a second's worth per SMTP connection, at the configured pace. */
    private void deliver(List<UUID> mails) throws InterruptedException {
        if (!mailer.deliversBySmtp()) {
            return;
        }
        var chunk = throttle.chunk(mails.size());
        for (var from = 0; from < mails.size(); from += chunk) {
            var part = mails.subList(from, Math.min(mails.size(), from + chunk));
            throttle.acquire(part.size());
            mailer.deliverAll(part);
        }
    }

    /**
     * Starts the scheduled campaigns that are due and resumes the walks no node runs any more (their node stopped or
     * was killed): from their committed cursor, with nothing written twice.
     */
    @Scheduled(fixedDelayString = "${custodian.campaigns.sweep-interval:PT30S}")
    @SchedulerLock(name = "campaign-sending", lockAtMostFor = "PT1M")
    void sweep() {
        var now = Instant.now(clock);
        for (var id : sendings.dueScheduled(now)) {
            start(id);
        }
        for (var id : sendings.stalled(now)) {
            executor.execute(() -> run(id));
        }
        for (var id : sendings.postponedDue(now)) {
            executor.execute(() -> sendPostponed(id));
        }
    }

    /** Where the sending of a campaign stands, and its results so far. */
    public SendingProgress progress(UUID id) {
        var walk = sendings.walk(id);
        var decided = messages.countByStatus(id);
        Map<MailStatus, Long> delivery = mailer.countByStatus(CampaignMessageWriter.mailCategory(id));
        var engagement = messages.engagement(id);
        var campaign = campaigns.find(id).orElseThrow(() -> CampaignNotFound.forId(id));
        return SendingProgress.of(campaign.status(), walk.orElse(null), decided, delivery, engagement,
                mailer.deliversBySmtp());
    }

    private record Decision(PersonId person, CampaignMessageStatus status, EligibilityDecision decision,
            boolean sourceNotice) {
    }

    private record Batch(boolean done, List<UUID> mails, PersonId last) {
        static final Batch DONE = new Batch(true, List.of(), null);
    }

    private record Written(List<UUID> mails, List<CampaignMessages.Decided> rows) {
    }
}
