package org.custodian.register;

import org.custodian.shared.RecordNotFound;

/**
 * No security measure has this number.
 */
class SecurityMeasureNotFound extends RecordNotFound {

    private SecurityMeasureNotFound(long id) {
        super("No security measure " + id);
    }

    /**
     * For an unknown measure number.
     */
    public static SecurityMeasureNotFound forId(long id) {
        return new SecurityMeasureNotFound(id);
    }
}
