package org.custodian.prospecting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.custodian.consent.Channel;
import org.custodian.consent.ConsentLedger;
import org.custodian.consent.ConsentStatus;
import org.custodian.consent.ConsentSubmission;
import org.custodian.consent.ProofKind;
import org.custodian.contacts.Persons;
import org.custodian.mail.Mailer;
import org.custodian.prospecting.MessageLink.Origin;
import org.custodian.prospecting.MessageLink.Scope;
import org.custodian.shared.OpaqueTokens;
import org.custodian.shared.PersonId;
import org.custodian.shared.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a person does with the links of a message, without an account (PRO-1, PRO-3; issue 9 §4, §5): the one-click
 * unsubscribe, the preference centre, and the request for a preference-centre link by address. Withdrawing is as easy
 * as consenting: one click each, recorded at once in the consent ledger with its proof (the link's issue, the
 * visitor's address and browser). A link keeps working after the person's erasure: it then puts the hash of the
 * address it was sent to on the suppression list.
 */
@Service
public class OptOuts {

    /** How many preference-centre links one address may be mailed on request in {@link #REQUEST_WINDOW}. */
    static final int REQUESTS_PER_WINDOW = 3;
    static final Duration REQUEST_WINDOW = Duration.ofDays(1);
    /** The form reference of the ledger records a link makes. */
    static final String UNSUBSCRIBE_FORM = "unsubscribe-link";
    static final String PREFERENCES_FORM = "preference-centre";

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final MessageLinks links;
    private final LinkIssuer issuer;
    private final SuppressionList suppressions;
    private final SuppressionHasher hasher;
    private final ConsentLedger ledger;
    private final Persons persons;
    private final Mailer mailer;
    private final PreferenceLinkMail mail;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    OptOuts(MessageLinks links, LinkIssuer issuer, SuppressionList suppressions, SuppressionHasher hasher,
            ConsentLedger ledger, Persons persons, Mailer mailer, PreferenceLinkMail mail, AuditLog audit,
            Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.links = links;
        this.issuer = issuer;
        this.suppressions = suppressions;
        this.hasher = hasher;
        this.ledger = ledger;
        this.persons = persons;
        this.mailer = mailer;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether {@code token} is an unsubscribe link Custodian issued; reads and changes nothing else. */
    @Transactional(readOnly = true)
    public boolean isUnsubscribeLink(String token) {
        return find(token, Scope.UNSUBSCRIBE).isPresent();
    }

    /**
     * Unsubscribes at once the address the link was sent to from e-mail prospecting: an entry on the suppression list
     * for the address's hash (source {@link SuppressionSource#UNSUBSCRIBE_LINK}) and, while the person is on file, an
     * objection to prospecting by e-mail in the consent ledger, with the statement the person made (the button's text,
     * or the mail client's one-click body), the link's issue and the visitor's origin as proof. A second click leaves
     * one entry and one objection.
     *
     * @return false when the link is unknown (nothing is recorded)
     */
    @Transactional
    public boolean unsubscribe(String token, String statement, LinkVisitor visitor) {
        var link = lock(token, Scope.UNSUBSCRIBE);
        if (link.isEmpty()) {
            return false;
        }
        var at = Instant.now(clock);
        suppressions.putEmailHash(link.get().emailHash(), SuppressionChannel.EMAIL,
                SuppressionSource.UNSUBSCRIBE_LINK, reason(link.get()), at);
        onFile(link.get()).ifPresent(person -> object(person, Channel.EMAIL, statement, UNSUBSCRIBE_FORM,
                link.get(), visitor));
        if (link.get().campaign() != null && link.get().person() != null) {
            events.publishEvent(new UnsubscribedFromCampaign(link.get().campaign(), link.get().person(), at));
        }
        return true;
    }

    /**
     * The person's consents as the ledger has them, for the preference centre; audited as a read of the person's
     * consents by the public visitor who holds the link.
     *
     * @return empty when the link is unknown
     */
    @Transactional(readOnly = true)
    public Optional<Preferences> preferences(String token) {
        return find(token, Scope.PREFERENCES).map(link -> onFile(link)
                .map(person -> {
                    audit.personalData(AuditAction.READ, "consent", person.value().toString(), null,
                            "preference centre, link " + link.issueId());
                    return new Preferences(false, ledger.current(person.value()).stream()
                            .filter(state -> state.status() != ConsentStatus.PENDING_CONFIRMATION).toList());
                })
                .orElseGet(() -> new Preferences(true, List.of())));
    }

    /**
     * Withdraws one consent from the preference centre; a consent already withdrawn (or never given) is left as it
     * is, so that a second click records nothing more.
     *
     * @return false when the link is unknown
     */
    @Transactional
    public boolean withdraw(String token, String purpose, Channel channel, LinkVisitor visitor) {
        var link = lock(token, Scope.PREFERENCES);
        if (link.isEmpty()) {
            return false;
        }
        onFile(link.get()).ifPresent(person -> ledger.current(person.value()).stream()
                .filter(state -> state.purpose().equals(purpose) && state.channel() == channel)
                .filter(Preferences::withdrawable)
                .findFirst()
                .ifPresent(state -> ledger.withdraw(person.value(), purpose, channel, source(link.get()),
                        visitor.ip(), visitor.userAgent())));
        return true;
    }

    /**
     * Withdraws everything from the preference centre in one click: every consent still given, an objection to
     * prospecting on every channel not already objected to, and the address's hash on the suppression list for all
     * channels. After the person's erasure only the last remains, which is the one-click objection the page offers.
     *
     * @return false when the link is unknown
     */
    @Transactional
    public boolean withdrawAll(String token, String statement, LinkVisitor visitor) {
        var link = lock(token, Scope.PREFERENCES);
        if (link.isEmpty()) {
            return false;
        }
        suppressions.putEmailHash(link.get().emailHash(), SuppressionChannel.ALL,
                SuppressionSource.UNSUBSCRIBE_LINK, reason(link.get()), Instant.now(clock));
        onFile(link.get()).ifPresent(person -> {
            var current = ledger.current(person.value());
            current.stream().filter(Preferences::withdrawable).forEach(state -> ledger.withdraw(person.value(),
                    state.purpose(), state.channel(), source(link.get()), visitor.ip(), visitor.userAgent()));
            for (var channel : Channel.values()) {
                object(person, channel, statement, PREFERENCES_FORM, link.get(), visitor);
            }
        });
        return true;
    }

    /**
     * Mails a link to the preference centre to this address when it is a person's on file, at most
     * {@value #REQUESTS_PER_WINDOW} a day; answers the same way whether or not it is, so that the form tells nobody
     * who is on file.
     *
     * @throws InvalidLinkRequest when no address is given or it is not one
     */
    @Transactional
    public void requestLink(String email, LinkVisitor visitor) {
        var address = email == null ? "" : email.strip();
        if (address.isEmpty() || address.length() > 254 || !EMAIL.matcher(address).matches()) {
            throw new InvalidLinkRequest(List.of(new Violation("email", address.isEmpty() ? "required" : "format",
                    "prospecting.preferences.request.error.email", List.of())));
        }
        var emailHash = hasher.email(address);
        if (links.countIssued(emailHash, Origin.REQUEST, Instant.now(clock).minus(REQUEST_WINDOW))
                >= REQUESTS_PER_WINDOW) {
            return;
        }
        persons.findByEmail(address, "preference-centre request").ifPresent(person -> mailer.send(person.id(),
                mail.compose(address, issuer.preferences(person.id(), address, Origin.REQUEST), visitor.locale())));
    }

    private Optional<MessageLink> find(String token, Scope scope) {
        return OpaqueTokens.hash(token).flatMap(links::find).filter(link -> link.scope() == scope);
    }

    private Optional<MessageLink> lock(String token, Scope scope) {
        return OpaqueTokens.hash(token).flatMap(links::lock).filter(link -> link.scope() == scope);
    }

    /** The person the link was sent to, while they are on file. */
    private Optional<PersonId> onFile(MessageLink link) {
        return Optional.ofNullable(link.person()).filter(person -> persons.exist(List.of(person)));
    }

    /** An objection to prospecting on {@code channel}, unless the ledger already has one as the current state. */
    private void object(PersonId person, Channel channel, String statement, String form, MessageLink link,
            LinkVisitor visitor) {
        var objected = ledger.current(person.value()).stream().anyMatch(state -> state.channel() == channel
                && ConsentLedger.PROSPECTING.equals(state.purpose()) && state.status() == ConsentStatus.OBJECTED);
        if (!objected) {
            ledger.recordObjection(new ConsentSubmission(person.value(), ConsentLedger.PROSPECTING, channel,
                    statement, form, null, null, visitor.ip(), visitor.userAgent(), source(link), ProofKind.FORM,
                    null, visitor.locale()));
        }
    }

    private static String source(MessageLink link) {
        var what = link.scope() == Scope.UNSUBSCRIBE ? "lien de désinscription" : "centre de préférences";
        return what + " (émission " + link.issueId() + (link.campaign() == null ? "" : ", campagne " + link.campaign())
                + ")";
    }

    private static String reason(MessageLink link) {
        return "lien d'un message (émission " + link.issueId() + ")";
    }
}
