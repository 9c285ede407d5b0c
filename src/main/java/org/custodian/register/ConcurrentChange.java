package org.custodian.register;

/**
 * Someone else changed the activity since it was opened for editing; the change must be made again on the new values.
 */
public class ConcurrentChange extends RuntimeException {

    private ConcurrentChange(String message) {
        super(message);
    }

    /**
     * For the activity with this code.
     */
    public static ConcurrentChange on(String code) {
        return new ConcurrentChange("Activity " + code + " was changed by someone else");
    }
}
