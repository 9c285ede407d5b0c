package org.custodian.prospecting.web;

/**
 * The address a person asks a preference-centre link for.
 */
record LinkRequestForm(String email) {
}
