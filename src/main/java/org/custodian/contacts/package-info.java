/**
 * The persons of the customer file (CON-1, CON-2, CON-5, CON-9): the {@link org.custodian.contacts.Persons}
 * facade, the read-only views, and the guards every input path (screens, API, CSV import) goes through:
 * {@code IdentifierGuard} and {@code FreeTextGuard}, called by {@link org.custodian.contacts.Persons} and
 * {@link org.custodian.contacts.PersonImportSupport}. Sensitive data (CON-4, SEC-5) goes through
 * {@link org.custodian.contacts.SensitiveData} only: consent proof required, encrypted. The CSV import writes in bulk
 * through the {@code bulk} named interface ({@link org.custodian.contacts.PersonImportSupport}), which no other
 * module may use.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Contacts", allowedDependencies = { "audit", "shared" })
package org.custodian.contacts;
