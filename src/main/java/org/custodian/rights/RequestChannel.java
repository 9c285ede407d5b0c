package org.custodian.rights;

/**
 * How a request reached the organisation (DSR-1): the public form, an e-mail, a letter, a phone call, a message on a
 * social network, or a web shop's software through the API.
 */
public enum RequestChannel {
    FORM, EMAIL, LETTER, PHONE, SOCIAL, API
}
