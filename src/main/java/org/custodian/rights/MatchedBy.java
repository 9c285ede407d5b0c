package org.custodian.rights;

/** How a person of the file was found for a requester (DSR-1). */
public enum MatchedBy {
    /** The same e-mail address, case ignored. */
    EMAIL,
    /** The same phone number, in national form. */
    PHONE,
    /** The same last name and first names, and the postcode in the person's address. */
    NAME_POSTCODE,
    /** The same last name and first names only. */
    NAME,
    /** Chosen by staff among the persons of the file, no data of the request pointing to it. */
    STAFF_CHOICE
}
