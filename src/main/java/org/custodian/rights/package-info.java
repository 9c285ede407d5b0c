/**
 * Data-subject rights (DSR-1 … DSR-7): the requests, their legal deadlines, and the answers built from every module's
 * personal data through the {@code shared.personaldata} SPI — the access package (DSR-3) and the portable data
 * (DSR-4) among them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rights",
        allowedDependencies = { "audit", "contacts", "mail", "register", "shared" })
package org.custodian.rights;
