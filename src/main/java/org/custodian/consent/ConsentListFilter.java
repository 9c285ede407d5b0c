package org.custodian.consent;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.custodian.contacts.PersonFilterContribution;

/**
 * CON-1: the persons list filtered by consent state on one channel, as {@link CurrentConsent} derives it from the
 * ledger (the latest record of a purpose × channel wins, in append order): an active consent with proof on at least
 * one purpose, a withdrawal or an objection on at least one purpose, or no record at all on the channel. Runs as an
 * SQL condition inside the list's own query, so that a page costs no more round trips with the filter than without.
 */
final class ConsentListFilter implements PersonFilterContribution {

    static final String GIVEN = "given";
    static final String REFUSED = "refused";
    static final String NONE = "none";

    /** The latest record of its purpose × channel for this person. */
    private static final String LATEST = "NOT EXISTS (SELECT 1 FROM consent_record later WHERE later.person_id = r.person_id"
            + " AND later.purpose = r.purpose AND later.channel = r.channel AND later.seq > r.seq)";

    private final Channel channel;

    ConsentListFilter(Channel channel) {
        this.channel = channel;
    }

    @Override
    public String parameter() {
        var name = channel.name().toLowerCase(Locale.ROOT);
        return "consent" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    @Override
    public String labelKey() {
        return "consent.filter." + channel.name();
    }

    @Override
    public List<Option> options() {
        return List.of(new Option(GIVEN, "consent.filter.given"), new Option(REFUSED, "consent.filter.refused"),
                new Option(NONE, "consent.filter.none"));
    }

    @Override
    public Optional<Condition> condition(String value) {
        var sql = switch (value) {
            case GIVEN -> "EXISTS (SELECT 1 FROM consent_record r WHERE r.person_id = person.id AND r.channel = ?"
                    + " AND r.event = 'GIVEN' AND r.proof <> '" + ProofKind.IMPORT_WITHOUT_PROOF.name() + "' AND " + LATEST + ")";
            case REFUSED -> "EXISTS (SELECT 1 FROM consent_record r WHERE r.person_id = person.id AND r.channel = ?"
                    + " AND r.event IN ('WITHDRAWN', 'OBJECTED') AND " + LATEST + ")";
            case NONE -> "NOT EXISTS (SELECT 1 FROM consent_record r WHERE r.person_id = person.id AND r.channel = ?)";
            default -> null;
        };
        return Optional.ofNullable(sql).map(condition -> new Condition(condition, List.of(channel.name())));
    }
}
