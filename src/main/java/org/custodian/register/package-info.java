/**
 * The register: the organisation's identity (REG-5) and, in later issues, its processing activities,
 * recipients and the Art. 30 record.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Register")
package org.custodian.register;
