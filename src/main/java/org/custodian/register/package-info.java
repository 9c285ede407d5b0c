/**
 * The register: the organisation's identity (REG-5), the processing activities preloaded from the CNIL standards with
 * their structured retention rules (REG-1, RET-1), the recipients (REG-4), the security-measures checklist (SEC-7) and
 * the Art. 30 record (REG-2).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Register", allowedDependencies = { "audit", "shared" })
package org.custodian.register;
