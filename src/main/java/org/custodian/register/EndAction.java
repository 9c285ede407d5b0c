package org.custodian.register;

/**
 * What happens to the data when a retention period ends (RET-1, RET-2).
 */
public enum EndAction {
    /** Move to the intermediate archive. */
    ARCHIVE,
    /** Keep only what can no longer identify the person. */
    ANONYMISE,
    /** Erase. */
    DELETE
}
