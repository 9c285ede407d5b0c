/**
 * The consent ledger (PRO-1, CON-4): who consented to what purpose and channel, when and how, with
 * the proof; withdrawals are new records; e-mail consent waits for a double opt-in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Consent",
        allowedDependencies = { "audit", "contacts", "mail", "register", "shared" })
package org.custodian.consent;
