package org.custodian.register;

/**
 * An internal service receiving data, by role (REG-4).
 *
 * @param id      number
 * @param name    the service, e.g. customer service
 * @param role    the Custodian role its staff hold (SALES, SUPPORT ...)
 * @param purpose what they use the data for
 */
public record InternalServiceView(long id, String name, String role, String purpose) {
}
