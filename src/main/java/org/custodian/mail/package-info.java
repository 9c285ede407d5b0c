/**
 * Outbound mail: an outbox table, SMTP delivery when configured, and the in-app outbox for staff
 * when it is not.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail", allowedDependencies = { "audit", "shared" })
package org.custodian.mail;
