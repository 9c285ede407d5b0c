package org.custodian.contacts;

/**
 * PRO-6: what counts as a contact from the person for the three-year clock. An e-mail open is not one: a mail client
 * opens messages by itself, and nothing here records it.
 */
public enum ContactKind {
    /** The person asked something (a quote, information, a call back). */
    REQUEST,
    /** The person answered a message. */
    REPLY,
    /** The person called. */
    CALL,
    /** The person came to a shop or a stand. */
    VISIT,
    /** The person clicked a link in a message. */
    CLICK
}
