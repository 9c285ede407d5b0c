/**
 * The persons of the customer file (CON-1, CON-2, CON-5, CON-9): the {@link org.custodian.contacts.Persons}
 * facade, the read-only views, and the guards every input path (screens, API, CSV import) must call:
 * {@link org.custodian.contacts.IdentifierGuard} and {@link org.custodian.contacts.FreeTextGuard}. Sensitive data
 * (CON-4, SEC-5) goes through {@link org.custodian.contacts.SensitiveData} only: consent proof required, encrypted.
 */
package org.custodian.contacts;
