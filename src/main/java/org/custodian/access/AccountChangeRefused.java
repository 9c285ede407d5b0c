package org.custodian.access;

/**
 * An account change that the rules forbid; {@link #reason()} names it for the message shown to the user.
 */
public class AccountChangeRefused extends RuntimeException {

    /** Why the change is refused. */
    public enum Reason {
        /** Another account already uses this login. */
        USERNAME_TAKEN,
        /** An administrator cannot disable their own account. */
        OWN_ACCOUNT_DISABLE,
        /** An administrator cannot remove their own ADMIN role. */
        OWN_ADMIN_ROLE,
        /** An account needs at least one role. */
        NO_ROLE,
        /** The current password given for a change is wrong. */
        WRONG_CURRENT_PASSWORD,
        /** An API token with this name already exists. */
        TOKEN_NAME_TAKEN,
        /** An expiry date must be in the future. */
        EXPIRY_IN_PAST
    }

    private final Reason reason;

    AccountChangeRefused(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    /** Why the change is refused. */
    public Reason reason() {
        return reason;
    }
}
