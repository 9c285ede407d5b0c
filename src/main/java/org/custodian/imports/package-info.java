/**
 * Import of an existing customer file (CON-10): CSV upload, column mapping, background jobs with
 * progress and a per-row error report. Persons are checked and written through the contacts module,
 * consents imported without proof through the consent ledger.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Imports")
package org.custodian.imports;
