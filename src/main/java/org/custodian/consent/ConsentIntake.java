package org.custodian.consent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.custodian.contacts.Audience;
import org.custodian.contacts.InvalidPersonData;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.PersonView;
import org.custodian.contacts.Persons;
import org.custodian.shared.Violation;
import org.custodian.shared.CurrentActor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consents sent by web shops through the API (PRO-1, issue 3 §3): the visitor is matched by e-mail or
 * created as a prospect (CON-9: a returning visitor is updated, not duplicated), then the consent goes
 * into the ledger with its proof. Person and consent are written together or not at all.
 */
@Service
public class ConsentIntake {

    /** The audit purpose of the person look-ups made for the API. */
    static final String PURPOSE = "consent-collection/api";

    private final Persons persons;
    private final ConsentPurposes purposes;
    private final ConsentLedger ledger;

    ConsentIntake(Persons persons, ConsentPurposes purposes, ConsentLedger ledger) {
        this.persons = persons;
        this.purposes = purposes;
        this.ledger = ledger;
    }

    /**
     * Records a consent received from a web shop.
     *
     * @throws InvalidConsent           with every violation, field by field; nothing is stored
     * @throws ConfirmationLimitReached when the address already received the day's confirmation mails
     */
    @Transactional
    public ConsentReceipt collect(CollectedConsent consent, Locale locale) {
        var violations = check(consent);
        if (!violations.isEmpty()) {
            throw new InvalidConsent(violations);
        }
        var channel = Channel.valueOf(consent.channel());
        var person = person(consent);
        var state = ledger.submit(new ConsentSubmission(person.id().value(), consent.purpose(), channel,
                consent.text(), CurrentActor.name(), consent.formVersion(), consent.noticeVersion(),
                consent.ip().strip(), consent.userAgent(), consent.source().strip(), ProofKind.API,
                person.data().email(), locale));
        return new ConsentReceipt(person.id().value(), consent.purpose(), channel, state);
    }

    private PersonView person(CollectedConsent consent) {
        var existing = persons.findByEmail(consent.email(), PURPOSE);
        if (existing.isEmpty() && blank(consent.lastName())) {
            throw new InvalidConsent(List.of(new Violation("lastName", "required",
                    "consent.api.error.lastName", List.of())));
        }
        var incoming = new PersonData(PersonType.PROSPECT, Audience.CONSUMER, null, consent.lastName(),
                consent.firstNames(), consent.email(), null, null, null, null, null, null, null, null);
        try {
            // CON-9: a known person is completed as the DuplicatePolicy allows, never renamed by whoever knows the address.
            return existing.map(found -> persons.complete(found, incoming)).orElseGet(() -> persons.create(incoming));
        } catch (InvalidPersonData invalid) {
            throw new InvalidConsent(invalid.violations());
        }
    }

    private List<Violation> check(CollectedConsent consent) {
        var violations = new ArrayList<Violation>();
        required(violations, "email", consent.email(), 254);
        if (required(violations, "purpose", consent.purpose(), 60)) {
            var consentable = purposes.consentable();
            if (!consentable.contains(consent.purpose())) {
                violations.add(new Violation("purpose", "PRO-1.consent-purpose", "consent.error.purpose",
                        List.of(consent.purpose(), String.join(", ", consentable))));
            }
        }
        if (required(violations, "channel", consent.channel(), 10) && !isChannel(consent.channel())) {
            violations.add(new Violation("channel", "unknown-channel", "consent.api.error.channel",
                    List.of(Arrays.stream(Channel.values()).map(Enum::name)
                            .collect(Collectors.joining(", ")))));
        }
        required(violations, "text", consent.text(), 20000);
        if (required(violations, "ip", consent.ip(), 45) && !ProofOrigin.isIpAddress(consent.ip().strip())) {
            violations.add(new Violation("ip", "ip", "consent.error.ip", List.of()));
        }
        // A longer user agent is cut by the submission rather than refused: the browser chose it, not the shop.
        required(violations, "userAgent", consent.userAgent(), Integer.MAX_VALUE);
        if (required(violations, "source", consent.source(), 200) && !ProofOrigin.isSource(consent.source().strip())) {
            violations.add(new Violation("source", "source", "consent.api.error.source",
                    List.of(String.join(", ", ProofOrigin.SOURCE_LABELS))));
        }
        return violations;
    }

    private static boolean required(List<Violation> violations, String field, String value, int max) {
        if (blank(value)) {
            violations.add(new Violation(field, "required", "consent.api.error.required", List.of()));
            return false;
        }
        if (value.strip().length() > max) {
            violations.add(new Violation(field, "too-long", "consent.api.error.tooLong", List.of(max)));
            return false;
        }
        return true;
    }

    private static boolean isChannel(String value) {
        return Arrays.stream(Channel.values()).anyMatch(channel -> channel.name().equals(value));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
