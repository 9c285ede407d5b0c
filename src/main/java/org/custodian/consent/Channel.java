package org.custodian.consent;

/**
 * The ways a person can be reached; consent is given and withdrawn per channel (000 §4, CPCE L.34-5).
 */
public enum Channel {
    EMAIL, SMS, PHONE, POST
}
