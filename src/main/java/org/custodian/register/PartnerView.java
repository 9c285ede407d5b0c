package org.custodian.register;

/**
 * A partner receiving data for its own prospecting (REG-4, 000 §6): the list people are shown before consenting.
 *
 * @param id      number
 * @param name    the partner's identity
 * @param sector  its sector of activity
 * @param purpose the specific purpose of the transmission
 */
public record PartnerView(long id, String name, String sector, String purpose) {
}
