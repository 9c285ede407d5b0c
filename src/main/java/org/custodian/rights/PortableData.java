package org.custodian.rights;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which records of the access package are portable (DSR-4; GDPR Art. 20(1): « the personal data concerning him or her,
 * which he or she has provided to a controller », where « the processing is based on consent (…) or on a contract »): the
 * person's identity and contact details, their sensitive data given with explicit consent, their purchases and
 * contracts and the contacts they made, the consents they gave, the forms they submitted and the oppositions they
 * stated. Not portable: what the controller derived or observed (eligibility keys, campaign decisions, links), its own
 * logs (access log, history of changes, confirmation counters), its staff's notes and codes, and the messages it sent.
 *
 * <p>A kind is portable only when listed here: a new holder's data stays in the access package (Art. 15) until it is
 * decided, here, to be portable too.
 */
final class PortableData {

    /** What every portable record leaves out: who on the staff recorded it, and technical traces of the browser. */
    private static final Set<String> STAFF_AND_TRACES = Set.of("recordedBy", "requestedBy", "personId", "ip",
            "userAgent", "confirmationIp", "confirmationUserAgent", "textHash");

    private static final Map<String, Rule> RULES = Map.of(
            "contacts/person", new Rule(Set.of("data.civility", "data.lastName", "data.firstNames", "data.email",
                    "data.phone", "data.birthDate", "data.address", "data.company", "data.jobTitle"), Set.of(),
                    "identity and contact details the person gave (contract or consent); not the staff's note, "
                            + "codes, flags or the dates the file derives"),
            "contacts/sensitive_data", Rule.allBut("given by the person with their explicit consent (Art. 9(2)(a))",
                    "consent.ip", "consent.userAgent"),
            "contacts/purchases", Rule.allBut("the person's purchases and contracts (contract)"),
            "contacts/contacts", Rule.allBut("the contacts the person made (contract)"),
            "consent/consent_records", Rule.allBut("the consents the person gave, withdrew or objected with"),
            "notices.submissions/form_submissions", Rule.allBut("the forms the person submitted (consent)"),
            "prospecting.suppression/suppression_entries", Rule.allBut("the oppositions to prospecting the person "
                    + "stated (their preferences)"));

    private PortableData() {
    }

    /** The rule for one kind of records of one section; empty when that kind is not portable. */
    static Optional<Rule> of(String section, String kind) {
        return Optional.ofNullable(RULES.get(section + "/" + kind));
    }

    /**
     * Which fields of a portable kind go into the portable data.
     *
     * @param only    when not empty, the only fields that do (paths such as {@code data.email})
     * @param leftOut fields that do not, besides the staff's and the browser's traces
     * @param why     the reason the kind is portable
     */
    record Rule(Set<String> only, Set<String> leftOut, String why) {

        static Rule allBut(String why, String... leftOut) {
            return new Rule(Set.of(), Set.of(leftOut), why);
        }

        /** Whether the field at this path (its name, or {@code parent.name} in a nested record) is portable. */
        boolean keeps(String path) {
            var name = path.substring(path.lastIndexOf('.') + 1);
            if (!only.isEmpty()) {
                return only.contains(path) || only.stream().anyMatch(kept -> kept.startsWith(path + "."));
            }
            return !leftOut.contains(path) && !STAFF_AND_TRACES.contains(name);
        }
    }
}
