package org.custodian.rights;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * DSR-1: whether a person of the file may be the requester, and how sure that is ({@link Confidence}). The e-mail
 * address, case ignored, is the strongest sign (high): the person reads it. The phone, compared in national form
 * ({@code +33 6 12} is {@code 06 12}), is medium: a household or a switchboard shares it. The last name and first
 * names, accents, case and hyphens ignored, are medium with the postcode found in the person's address, low
 * without it (namesakes); a last name alone proves nothing and is no candidate. The DPO decides, one person at a time
 * (several candidates are never merged).
 */
final class RequesterMatching {

    private RequesterMatching() {
    }

    /** What the requester gave, and what the file holds about one person. */
    record Identity(String email, String phone, String lastName, String firstNames, String postcode,
            String address) {
    }

    /** How the person was found and the confidence, or empty when nothing points to them. */
    record Match(MatchedBy matchedBy, Confidence confidence) {
    }

    static Optional<Match> assess(Identity requester, Identity person) {
        if (requester.email() != null && person.email() != null
                && requester.email().strip().equalsIgnoreCase(person.email().strip())) {
            return Optional.of(new Match(MatchedBy.EMAIL, Confidence.HIGH));
        }
        var phone = phoneKey(requester.phone());
        if (phone != null && phone.length() >= 9 && phone.equals(phoneKey(person.phone()))) {
            return Optional.of(new Match(MatchedBy.PHONE, Confidence.MEDIUM));
        }
        var sameName = requester.lastName() != null && requester.firstNames() != null
                && nameKey(requester.lastName()).equals(nameKey(person.lastName()))
                && nameKey(requester.firstNames()).equals(nameKey(person.firstNames()));
        if (!sameName) {
            return Optional.empty();
        }
        var postcode = requester.postcode() == null ? null : requester.postcode().replace(" ", "");
        if (postcode != null && !postcode.isEmpty() && person.address() != null
                && person.address().replace(" ", "").contains(postcode)) {
            return Optional.of(new Match(MatchedBy.NAME_POSTCODE, Confidence.MEDIUM));
        }
        return Optional.of(new Match(MatchedBy.NAME, Confidence.LOW));
    }

    /** The phone's digits in French national form, or null without a phone. */
    static String phoneKey(String phone) {
        if (phone == null) {
            return null;
        }
        var digits = phone.replaceAll("\\D", "");
        if (phone.strip().startsWith("+33")) {
            return "0" + digits.substring(2);
        }
        if (digits.startsWith("0033")) {
            return "0" + digits.substring(4);
        }
        return digits.isEmpty() ? null : digits;
    }

    /** A name without accents, case, hyphens nor repeated spaces. */
    static String nameKey(String name) {
        if (name == null) {
            return "";
        }
        var plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-'’]+", " ").strip();
    }
}
