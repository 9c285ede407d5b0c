package org.custodian.notices;

import java.time.Instant;

/**
 * What the legal mentions of the web site need beyond the organisation settings (INF-3, seed 002).
 *
 * @param publicationDirector the person responsible for the site's content
 * @param hostingProvider     the host's name, address and phone
 * @param updatedAt           last change, null if never set
 * @param updatedBy           who made it
 */
public record SiteSettings(String publicationDirector, String hostingProvider, Instant updatedAt, String updatedBy) {
}
