package org.custodian.contacts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The maintained list of the local parts of generic company addresses ({@code contact}, {@code info},
 * {@code accueil} …), which {@link GenericCompanyAddress} reads: such an address identifies no one and falls outside
 * the consent rules of prospecting (seed 003). Seeded with the usual ones, kept by the administrator; each change is
 * in the audit log.
 */
@Service
public class GenericAddresses {

    /** The audit resource type of the list. */
    public static final String RESOURCE = "generic-address-part";

    private static final Pattern LOCAL_PART = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private final RelationshipRepository repository;
    private final AuditLog audit;
    private final Clock clock;

    GenericAddresses(RelationshipRepository repository, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The same rule as {@link GenericCompanyAddress}, as an SQL condition over the {@code person} table under the given
     * alias, for the set-based reads of eligibility (no per-person loop): the staff's flag, or the local part of the
     * e-mail key (the address in lower case, before its {@code @}) in the list. Runs on H2 and PostgreSQL.
     */
    public static String sqlCondition(String alias) {
        if (!alias.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not an SQL alias: " + alias);
        }
        var key = alias + ".email_key";
        // GREATEST: PostgreSQL may evaluate the SUBSTRING before the POSITION test, and refuses a negative length
        var at = "POSITION('@' IN " + key + ")";
        return "(" + alias + ".generic_address OR EXISTS (SELECT 1 FROM generic_address_part g WHERE " + at
                + " > 1 AND g.local_part = SUBSTRING(" + key + " FROM 1 FOR GREATEST(" + at + " - 1, 0))))";
    }

    /** The local parts of the list, in alphabetical order. */
    @Transactional(readOnly = true)
    public List<String> localParts() {
        return repository.genericParts();
    }

    /** Whether the address is generic by the list or by the person's flag ({@link GenericCompanyAddress}). */
    @Transactional(readOnly = true)
    public boolean isGeneric(String email, boolean flagged) {
        return GenericCompanyAddress.isGeneric(email, flagged, Set.copyOf(repository.genericParts()));
    }

    /**
     * Adds a local part (what comes before the {@code @}), lower-cased and without accents.
     *
     * @throws InvalidPersonData with a {@code localPart} violation when it is empty, not a local part, or listed
     */
    @Transactional
    public String add(String localPart) {
        var clean = localPart == null ? "" : GenericCompanyAddress.normalised(localPart);
        if (clean.endsWith("@")) {
            clean = clean.substring(0, clean.length() - 1);
        }
        if (clean.isEmpty()) {
            throw new InvalidPersonData(List.of(PersonViolations.of("localPart", "required")));
        }
        if (!LOCAL_PART.matcher(clean).matches()) {
            throw new InvalidPersonData(List.of(PersonViolations.of("localPart", "localPart")));
        }
        if (!repository.insertGenericPart(clean, Instant.now(clock))) {
            throw new InvalidPersonData(List.of(PersonViolations.of("localPart", "localPartUnique")));
        }
        audit.personalData(AuditAction.CREATE, RESOURCE, clean, null, "generic address added: " + clean + "@");
        return clean;
    }

    /** Removes a local part from the list; nothing happens when it is not there. */
    @Transactional
    public void remove(String localPart) {
        if (localPart != null && repository.deleteGenericPart(GenericCompanyAddress.normalised(localPart))) {
            audit.personalData(AuditAction.DELETE, RESOURCE, localPart, null, "generic address removed");
        }
    }
}
