package org.custodian.prospecting;

/**
 * Where an opposition on the suppression list came from (PRO-3).
 */
public enum SuppressionSource {
    /** The unsubscribe link of a message. */
    UNSUBSCRIBE_LINK,
    /** Staff, who received the opposition by letter, phone or in person. */
    STAFF,
    /** A file of oppositions imported from an older system. */
    IMPORT,
    /** Another system, through the API (a web shop's unsubscribe page). */
    API,
    /** The objection or withdrawal of a person erased from the file, kept so that they are not canvassed again. */
    ERASURE
}
