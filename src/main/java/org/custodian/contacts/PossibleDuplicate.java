package org.custodian.contacts;

import java.util.Locale;

import org.custodian.shared.PersonId;

/**
 * CON-9: staff asked to create a person whose e-mail address or phone number is already in the file; nothing was
 * stored. The caller shows the person found, and creates anyway only when the user confirms.
 */
public class PossibleDuplicate extends RuntimeException {

    /** The field the person was found by. */
    public enum MatchedBy { EMAIL, PHONE }

    private final PersonId existing;
    private final MatchedBy matchedBy;

    PossibleDuplicate(PersonId existing, MatchedBy matchedBy) {
        super("A person with the same " + matchedBy.name().toLowerCase(Locale.ROOT) + " exists: " + existing);
        this.existing = existing;
        this.matchedBy = matchedBy;
    }

    /** The person already in the file (the oldest, when several match). */
    public PersonId existing() {
        return existing;
    }

    public MatchedBy matchedBy() {
        return matchedBy;
    }
}
