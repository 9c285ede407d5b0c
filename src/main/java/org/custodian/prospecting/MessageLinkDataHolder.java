package org.custodian.prospecting;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.custodian.shared.PersonId;
import org.custodian.shared.personaldata.ErasureMode;
import org.custodian.shared.personaldata.ErasureResult;
import org.custodian.shared.personaldata.HeldData;
import org.custodian.shared.personaldata.Kept;
import org.custodian.shared.personaldata.PersonalDataHolder;
import org.custodian.shared.personaldata.SubjectExport;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The links of the messages sent to a person as personal data (PRO-3, DSR-3). Erasure stops them naming the person and
 * keeps the keyed hash of the address they were sent to: a link in a message already delivered must keep working
 * (issue 9 §4: NESTOR's dead link must be impossible), and after the erasure it only puts that hash on the suppression
 * list.
 */
@Component
class MessageLinkDataHolder implements PersonalDataHolder {

    static final String SECTION = "prospecting.links";

    private final MessageLinks links;
    private final ProspectingProperties properties;

    MessageLinkDataHolder(MessageLinks links, ProspectingProperties properties) {
        this.links = links;
        this.properties = properties;
    }

    /** One link as the access request shows it: never its token. */
    record LinkExport(UUID issueId, String scope, String origin, UUID campaignId, Instant issuedAt) {
    }

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public List<HeldData> inventory() {
        return List.of(new HeldData("message_link", List.of("hash of the link's token", "the person the message was "
                + "sent to (until their erasure)", "keyed hash (HMAC-SHA256) of the address it was sent to: "
                + "pseudonymous, never the address itself", "campaign and date of issue"), SuppressionList.PROSPECTING,
                "as long as a message carrying the link may be opened: the link never expires; after the person's "
                        + "erasure, the address's hash only, for the limitation period, so that the link can still "
                        + "record an opposition"));
    }

    @Override
    @Transactional(readOnly = true)
    public SubjectExport export(PersonId person) {
        return SubjectExport.of(SECTION).with("message_links", links.of(person).stream()
                .map(link -> new LinkExport(link.issueId(), link.scope().name(), link.origin().name(),
                        link.campaign(), link.issuedAt()))
                .toList());
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public ErasureResult erase(PersonId person, ErasureMode mode) {
        var held = links.of(person);
        if (held.isEmpty()) {
            return ErasureResult.nothing(SECTION);
        }
        var latest = held.stream().map(MessageLink::issuedAt).max(Instant::compareTo).orElseThrow();
        var detached = links.detach(List.of(person));
        return new ErasureResult(SECTION, 0, detached, List.of(new Kept(detached + " message link"
                + (detached == 1 ? "" : "s") + ": keyed hash of the address it was sent to, no longer tied to the "
                + "person", "the unsubscribe link of a message already delivered must keep working and honour the "
                + "opposition (GDPR Art. 21(2)-(3); CPCE L.34-5; RFC 8058)",
                latest.atOffset(ZoneOffset.UTC).plus(properties.suppressionProofRetention()).toInstant())));
    }

    /** The batch form (RET-3): the same outcome as {@link #erase} for every person, in the caller's transaction. */
    @Override
    @Transactional
    public ErasureResult eraseAll(List<PersonId> batch, ErasureMode mode) {
        return new ErasureResult(SECTION, 0, links.detach(batch), List.of());
    }
}
