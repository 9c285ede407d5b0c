/**
 * Privacy notice and public pages (INF-1, INF-3): the notice generated from the register, its completeness check and
 * published versions, the public notice, its JSON and the legal mentions, rate-limited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notices",
        allowedDependencies = { "audit", "consent", "contacts", "register", "shared" })
package org.custodian.notices;
