package org.custodian.prospecting;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.custodian.prospecting.MessageLink.Origin;
import org.custodian.prospecting.MessageLink.Scope;
import org.custodian.shared.OpaqueTokens;
import org.custodian.shared.PersonId;
import org.custodian.shared.PreferenceCentre;
import org.custodian.shared.PublicAddress;
import org.custodian.shared.personaldata.ContactAddresses;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues the links of a message (PRO-1, PRO-3, RFC 8058): a one-click unsubscribe link and a preference-centre link,
 * each with a token of its own, so that the unsubscribe address a mail provider reads in the {@code List-Unsubscribe}
 * header opens no view of the person's consents. The links never expire. Not audited: issuing a link reads nothing
 * about the person and stores only hashes.
 */
@Service
public class LinkIssuer implements UnsubscribeLinks, PreferenceCentre {

    private final MessageLinks links;
    private final SuppressionHasher hasher;
    private final PublicAddress publicAddress;
    private final ContactAddresses addresses;
    private final Clock clock;

    LinkIssuer(MessageLinks links, SuppressionHasher hasher, PublicAddress publicAddress, ContactAddresses addresses,
            Clock clock) {
        this.links = links;
        this.hasher = hasher;
        this.publicAddress = publicAddress;
        this.addresses = addresses;
        this.clock = clock;
    }

    @Override
    @Transactional
    public List<Links> issueAll(List<Recipient> recipients, UUID campaign) {
        var now = Instant.now(clock);
        var base = publicAddress.url();
        var rows = new ArrayList<MessageLinks.Issued>();
        var issued = new ArrayList<Links>();
        for (var recipient : recipients) {
            var person = Objects.requireNonNull(recipient.person(), "person");
            var emailHash = Objects.requireNonNull(hasher.email(recipient.email()), "an e-mail address is required");
            var issue = UUID.randomUUID();
            var unsubscribe = OpaqueTokens.newToken();
            var preferences = OpaqueTokens.newToken();
            rows.add(issued(unsubscribe, new MessageLink(issue, Scope.UNSUBSCRIBE, Origin.MESSAGE, person, emailHash,
                    campaign, now)));
            rows.add(issued(preferences, new MessageLink(issue, Scope.PREFERENCES, Origin.MESSAGE, person, emailHash,
                    campaign, now)));
            issued.add(new Links(base + "/p/unsubscribe/" + unsubscribe, base + "/p/preferences/" + preferences));
        }
        links.insertAll(rows);
        return issued;
    }

    private static MessageLinks.Issued issued(String token, MessageLink link) {
        return new MessageLinks.Issued(OpaqueTokens.hash(token).orElseThrow(), link);
    }

    /** A link to the preference centre shown on the page that confirms a consent (PRO-1). */
    @Override
    @Transactional
    public Optional<String> linkFor(PersonId person) {
        return addresses.emailAddresses(person).stream().findFirst()
                .map(email -> preferences(person, email, Origin.CONFIRMATION));
    }

    /** A link to the preference centre for this person and address, of this origin; absolute. */
    String preferences(PersonId person, String email, Origin origin) {
        var token = store(UUID.randomUUID(), Scope.PREFERENCES, origin, person, hasher.email(email), null,
                Instant.now(clock));
        return publicAddress.url() + "/p/preferences/" + token;
    }

    private String store(UUID issue, Scope scope, Origin origin, PersonId person, String emailHash, UUID campaign,
            Instant at) {
        var token = OpaqueTokens.newToken();
        links.insert(OpaqueTokens.hash(token).orElseThrow(),
                new MessageLink(issue, scope, origin, person, emailHash, campaign, at));
        return token;
    }
}
