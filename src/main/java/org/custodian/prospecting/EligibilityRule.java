package org.custodian.prospecting;

/**
 * The rule that decided whether a person is in a campaign (PRO-2), in the order {@link EligibilityRules} applies them.
 */
public enum EligibilityRule {
    /** The person is outside the campaign's audience filters. */
    AUDIENCE,
    /** The person objected to prospecting or withdrew their consent. */
    OPPOSITION,
    /** The address is on the suppression list (PRO-3). */
    SUPPRESSION_LIST,
    /** The processing of the person's data is restricted (DSR-5). */
    RESTRICTION,
    /** The 3 years after collection, last contact or end of the relationship are over (PRO-6). */
    RETENTION,
    /** Nothing to send to: no address for the channel. */
    NO_ADDRESS,
    /** A generic company address identifies no one: outside the consent rules. */
    GENERIC_ADDRESS,
    /** Prior, confirmed consent, or its absence. */
    CONSENT,
    /** The soft opt-in of an existing customer for similar products. */
    SOFT_OPT_IN,
    /** A professional canvassed about their profession. */
    PROFESSIONAL_RELEVANCE,
    /** Too many messages lately: postponed (PRO-8). */
    FREQUENCY_CAP
}
