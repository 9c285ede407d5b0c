package org.custodian.prospecting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.custodian.consent.Channel;
import org.custodian.consent.ConsentLedger;
import org.custodian.prospecting.SuppressionEntryView.HashedValue;
import org.custodian.shared.CurrentActor;
import org.custodian.shared.Page;
import org.custodian.shared.PageRequest;
import org.custodian.shared.PersonId;
import org.custodian.shared.Violation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * PRO-3, the suppression list's facade: global and per-channel oppositions, honoured at every send, kept as keyed
 * hashes of the normalised e-mail address and phone number ({@link SuppressionHasher}) so that they outlive the
 * person's erasure: an erased person who comes back through an import or a form is recognised and not canvassed again.
 * A consent given after an opposition, confirmed, lifts it for that channel ({@link #check}).
 * <p>
 * What is read: {@link #find} and {@link #isSuppressed} answer the send path, one address at a time, and
 * {@link #reasonFor} the import and the forms; {@link #snapshot} reads the whole list once for the set-based
 * eligibility of an audience. None of them is audited: they reveal no personal data, only whether an address the
 * caller already holds is on the list. The staff's look-up ({@link #lookup}), listing ({@link #list}) and additions
 * ({@link #add}) are.
 */
@Service
public class SuppressionList {

    /** The audit resource type. */
    public static final String RESOURCE = "suppression";
    /** The register activity whose consents and objections the list follows. */
    static final String PROSPECTING = "PROSPECTING";

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern EMAIL_IN_TEXT = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final Pattern PHONE_IN_TEXT = Pattern.compile("(\\d[ .\\-]?){6,}");
    private static final int MAX_REASON = 500;

    private final SuppressionEntries entries;
    private final SuppressionHasher hasher;
    private final ConsentLedger ledger;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId zone;

    SuppressionList(SuppressionEntries entries, SuppressionHasher hasher, ConsentLedger ledger, AuditLog audit,
            Clock clock, @Value("${custodian.time-zone:Europe/Paris}") ZoneId zone) {
        this.entries = entries;
        this.hasher = hasher;
        this.ledger = ledger;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * Puts an opposition on the list: one entry for the e-mail address's hash and one for the phone's, for the channel
     * asked. Adding a value already there for the channel keeps one entry, dated by the latest opposition.
     *
     * @return the entries as they stand
     * @throws InvalidSuppression when neither an address nor a phone is given, one is malformed, or the reason holds
     *                            an address or a phone number; nothing is stored
     */
    @Transactional
    public List<SuppressionEntryView> add(SuppressionRequest request) {
        check(request);
        return put(request.email(), request.phone(), request.channel(), request.source(), clean(request.reason()),
                Instant.now(clock));
    }

    /** Puts hashes on the list for an opposition stated at {@code at}; audited as a creation of each entry. */
    List<SuppressionEntryView> put(String email, String phone, SuppressionChannel channel, SuppressionSource source,
            String reason, Instant at) {
        var actor = CurrentActor.name();
        var added = new ArrayList<SuppressionEntryView>();
        var emailHash = hasher.email(email);
        if (emailHash != null) {
            added.add(entries.put(HashedValue.EMAIL, emailHash, channel, source, reason, at, actor));
        }
        var phoneHash = hasher.phone(phone);
        if (phoneHash != null) {
            added.add(entries.put(HashedValue.PHONE, phoneHash, channel, source, reason, at, actor));
        }
        added.forEach(entry -> audit.personalData(AuditAction.CREATE, RESOURCE, entry.id().toString(), null,
                entry.kind() + " " + entry.channel() + " " + entry.source()));
        return added;
    }

    /**
     * Puts an e-mail address known only by its hash on the list (PRO-3): the unsubscribe link of a message, which
     * keeps the hash of the address it was sent to and no address, still records the opposition after the person's
     * erasure. Audited as the creation of the entry.
     */
    SuppressionEntryView putEmailHash(String emailHash, SuppressionChannel channel, SuppressionSource source,
            String reason, Instant at) {
        var entry = entries.put(HashedValue.EMAIL, emailHash, channel, source, reason, at, CurrentActor.name());
        audit.personalData(AuditAction.CREATE, RESOURCE, entry.id().toString(), null,
                entry.kind() + " " + entry.channel() + " " + entry.source());
        return entry;
    }

    /** The latest opposition of this address or phone covering {@code channel}; not audited. */
    @Transactional(readOnly = true)
    public Optional<SuppressionEntryView> find(String email, String phone, Channel channel) {
        return entriesOf(email, phone).stream().filter(entry -> entry.channel().covers(channel)).findFirst();
    }

    /** Whether the list stops a message by {@code channel} to this address or phone, consents aside. */
    @Transactional(readOnly = true)
    public boolean isSuppressed(String email, String phone, Channel channel) {
        return find(email, phone, channel).isPresent();
    }

    /**
     * What the list says at send time about a person's message by {@code channel}: the opposition covering it, and
     * whether a prospecting consent given after it, confirmed, lifts it.
     */
    @Transactional(readOnly = true)
    public SuppressionCheck check(PersonId person, String email, String phone, Channel channel) {
        return lifted(person, find(email, phone, channel).orElse(null), channel);
    }

    /**
     * {@link #check} for the e-mail messages of a whole delivery chunk (PRO-3 at every send, PRO-5 speed): one
     * statement reads the list's entries of all the addresses; the consent ledger is read only for the persons whose
     * address is on the list, to see whether a later consent lifts the opposition.
     *
     * @return the checks, in the order of {@code recipients}
     */
    @Transactional(readOnly = true)
    public List<SuppressionCheck> checkEmails(List<UnsubscribeLinks.Recipient> recipients) {
        var hashes = recipients.stream().map(recipient -> hasher.email(recipient.email())).toList();
        var covering = new HashMap<String, SuppressionEntryView>();
        for (var found : entries.withHashes(hashes.stream().filter(Objects::nonNull).distinct().toList())) {
            if (found.entry().channel().covers(Channel.EMAIL)) {
                covering.putIfAbsent(found.hash(), found.entry());
            }
        }
        var checks = new ArrayList<SuppressionCheck>();
        for (var i = 0; i < recipients.size(); i++) {
            var hash = hashes.get(i);
            checks.add(lifted(recipients.get(i).person(), hash == null ? null : covering.get(hash), Channel.EMAIL));
        }
        return checks;
    }

    /** The entry as the send sees it: lifted when a confirmed prospecting consent for the channel came after it. */
    private SuppressionCheck lifted(PersonId person, SuppressionEntryView entry, Channel channel) {
        if (entry == null) {
            return new SuppressionCheck(null, null);
        }
        var lifting = ledger.current(person.value()).stream()
                .filter(state -> PROSPECTING.equals(state.purpose()) && state.channel() == channel)
                .filter(state -> SuppressionPrevails.lifts(entry.recordedAt(),
                        state.usableForElectronicProspecting(), state.since()))
                .findFirst();
        return new SuppressionCheck(entry, lifting.map(state -> state.since()).orElse(null));
    }

    /**
     * Why this address or phone cannot be prospected, for the import and the forms to say so: the latest opposition on
     * any channel, as a sentence without the address; empty when it is not on the list.
     */
    @Transactional(readOnly = true)
    public Optional<SuppressionReason> reasonFor(String email, String phone) {
        return entriesOf(email, phone).stream().findFirst()
                .map(entry -> new SuppressionReason(entry, "prospecting.suppression.reason." + entry.channel(),
                        List.of(LocalDate.ofInstant(entry.recordedAt(), zone))));
    }

    /** The whole list, hashed, for the eligibility of a whole audience without a query per person. */
    @Transactional(readOnly = true)
    public SuppressionSnapshot snapshot() {
        return new SuppressionSnapshot(hasher, entries.all());
    }

    /**
     * Staff's question «is this address on the list?»: the entries of the address or phone typed, on every channel;
     * audited as a read, without the address.
     *
     * @throws InvalidSuppression when neither is given or one is malformed
     */
    @Transactional(readOnly = true)
    public List<SuppressionEntryView> lookup(String email, String phone) {
        var violations = new ArrayList<Violation>();
        checkAddress(email, phone, violations);
        if (!violations.isEmpty()) {
            throw new InvalidSuppression(violations);
        }
        var found = entriesOf(email, phone);
        audit.personalData(AuditAction.READ, RESOURCE, null, null, "look-up: " + found.size() + " entr"
                + (found.size() == 1 ? "y" : "ies") + " found");
        return found;
    }

    /** The entries, latest opposition first, without any address; audited as a search. */
    @Transactional(readOnly = true)
    public Page<SuppressionEntryView> list(PageRequest page) {
        audit.personalData(AuditAction.SEARCH, RESOURCE, null, null, "page " + page.page());
        return new Page<>(entries.page(page.offset(), page.size()), page.page(), page.size(), entries.count());
    }

    /** Every entry of this address or phone, latest opposition first; not audited (the caller is). */
    List<SuppressionEntryView> entriesOf(String email, String phone) {
        var hashes = new ArrayList<String>();
        var emailHash = hasher.email(email);
        if (emailHash != null) {
            hashes.add(emailHash);
        }
        var phoneHash = hasher.phone(phone);
        if (phoneHash != null) {
            hashes.add(phoneHash);
        }
        var found = new ArrayList<>(entries.of(hashes));
        found.sort(Comparator.comparing(SuppressionEntryView::recordedAt).reversed());
        return found;
    }

    private static void check(SuppressionRequest request) {
        var violations = new ArrayList<Violation>();
        checkAddress(request.email(), request.phone(), violations);
        if (request.channel() == null) {
            violations.add(new Violation("channel", "required", "prospecting.suppression.error.channel", List.of()));
        }
        if (request.source() == null) {
            violations.add(new Violation("source", "required", "prospecting.suppression.error.source", List.of()));
        }
        var reason = clean(request.reason());
        if (reason != null && reason.length() > MAX_REASON) {
            violations.add(new Violation("reason", "length", "prospecting.suppression.error.reasonLength",
                    List.of(MAX_REASON)));
        } else if (reason != null && (EMAIL_IN_TEXT.matcher(reason).find() || PHONE_IN_TEXT.matcher(reason).find())) {
            violations.add(new Violation("reason", "PRO-3.no-address", "prospecting.suppression.error.reasonAddress",
                    List.of()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidSuppression(violations);
        }
    }

    private static void checkAddress(String email, String phone, List<Violation> violations) {
        var hasEmail = email != null && !email.isBlank();
        var hasPhone = phone != null && !phone.isBlank();
        if (!hasEmail && !hasPhone) {
            violations.add(new Violation("email", "required", "prospecting.suppression.error.address", List.of()));
            return;
        }
        if (hasEmail && (email.strip().length() > 254 || !EMAIL.matcher(email.strip()).matches())) {
            violations.add(new Violation("email", "format", "prospecting.suppression.error.email", List.of()));
        }
        if (hasPhone) {
            var digits = Objects.requireNonNull(SuppressionHasher.phoneKey(phone));
            if (digits.length() < 6 || digits.length() > 15 || !phone.strip().matches("[+\\d .()\\-]+")) {
                violations.add(new Violation("phone", "format", "prospecting.suppression.error.phone", List.of()));
            }
        }
    }

    private static String clean(String reason) {
        return reason == null || reason.isBlank() ? null : reason.strip();
    }
}
