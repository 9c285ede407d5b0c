/**
 * Staff access (SEC-1, SEC-2, SEC-4): the staff accounts and their roles
 * ({@link org.custodian.access.UserAdministration}, {@link org.custodian.access.StaffAccounts}), passwords per CNIL
 * deliberation 2022-100 ({@link org.custodian.access.PasswordPolicy}) hashed with Argon2id, sign-in throttling
 * ({@link org.custodian.access.LoginThrottle}), sessions ended when their account's security stamp changes,
 * API tokens for integrations ({@link org.custodian.access.ApiTokens}), the nightly disabling of unused accounts and
 * the access review. {@link org.custodian.access.SecurityConfiguration} denies by default: every page and endpoint
 * states its roles with {@code @PreAuthorize}, checked before any input is read
 * ({@link org.custodian.access.HandlerRoles}). Every change and every sign-in is recorded in the audit log. No
 * other module depends on this one: they state roles by name.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access", allowedDependencies = { "audit", "shared" })
package org.custodian.access;
