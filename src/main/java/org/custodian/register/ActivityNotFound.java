package org.custodian.register;

import org.custodian.shared.RecordNotFound;

/**
 * No activity has this code.
 */
class ActivityNotFound extends RecordNotFound {

    private ActivityNotFound(String code) {
        super("No processing activity " + code);
    }

    /**
     * For an unknown activity code.
     */
    public static ActivityNotFound forCode(String code) {
        return new ActivityNotFound(code);
    }
}
