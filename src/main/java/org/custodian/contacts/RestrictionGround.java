package org.custodian.contacts;

/**
 * DSR-5 — why the processing of a person's data is restricted: the four cases of GDPR art. 18(1). 000 §9 gives the
 * first as its example: «when the person disputes the accuracy of their data, they can ask the organization to
 * temporarily freeze the processing of their data while it carries out the necessary checks».
 */
public enum RestrictionGround {
    /** Art. 18(1)(a): the person contests the accuracy of the data, while the controller checks it. */
    ACCURACY_CONTESTED,
    /** Art. 18(1)(b): the processing is unlawful and the person asks for restriction instead of erasure. */
    UNLAWFUL_PROCESSING,
    /** Art. 18(1)(c): the controller no longer needs the data, but the person needs it for legal claims. */
    LEGAL_CLAIMS,
    /** Art. 18(1)(d): the person objected (art. 21(1)), while it is checked whose legitimate grounds override. */
    OBJECTION_PENDING
}
