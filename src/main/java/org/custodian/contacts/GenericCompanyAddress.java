package org.custodian.contacts;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * PRO-2 (B2B): whether an e-mail address is a generic company address ({@code contact@}, {@code info@},
 * {@code accueil@} …), which identifies no one. CNIL, NESTOR deliberation (seed 003):
 *
 * <blockquote>si les données concernées ne permettent pas l’identification de personnes physiques (exemple :
 * coordonnées génériques de contacts de personnes morales non identifiantes), les règles afférentes au recueil
 * préalable du consentement ne sont pas applicables.</blockquote>
 *
 * <p>An address is generic when its local part (before the {@code @}, case ignored) is one of the maintained
 * list ({@link GenericAddresses}), or when staff stated it on the person ({@code genericAddress}). The same rule is
 * read set-based by {@link GenericAddresses#sqlCondition(String)}, which compares the stored e-mail key (the address
 * in lower case) the same way, so that a decision explained for one person and the count of a campaign agree. Pure:
 * the caller gives the list.
 */
public final class GenericCompanyAddress {

    /** Why an address is generic. */
    public enum Basis {
        /** Its local part is in the maintained list. */
        LISTED,
        /** Staff stated that it is a generic company address. */
        FLAGGED
    }

    private GenericCompanyAddress() {
    }

    /**
     * Whether the address is generic, and on what basis; empty when it is not (or there is no address).
     *
     * @param flagged    staff stated on the person that the address is generic
     * @param localParts the maintained list, as {@link #normalised(String)} makes them
     */
    public static Optional<Basis> of(String email, boolean flagged, Set<String> localParts) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        if (localParts.contains(localPart(email))) {
            return Optional.of(Basis.LISTED);
        }
        return flagged ? Optional.of(Basis.FLAGGED) : Optional.empty();
    }

    /** Whether the address is generic, by the list or the person's flag. */
    public static boolean isGeneric(String email, boolean flagged, Set<String> localParts) {
        return of(email, flagged, localParts).isPresent();
    }

    /** The local part that the list is matched on: before the last {@code @}, in lower case. */
    static String localPart(String email) {
        var key = email.strip().toLowerCase(Locale.ROOT);
        var at = key.lastIndexOf('@');
        return at < 0 ? key : key.substring(0, at);
    }

    /** A local part as the list keeps it: lower case, no accents, no surrounding spaces. */
    public static String normalised(String localPart) {
        return Normalizer.normalize(localPart.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    /** The list as the rule reads it. */
    static Set<String> normalisedAll(Collection<String> localParts) {
        return localParts.stream().map(GenericCompanyAddress::normalised).collect(Collectors.toUnmodifiableSet());
    }
}
