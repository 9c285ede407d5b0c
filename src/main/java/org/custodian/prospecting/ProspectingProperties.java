package org.custodian.prospecting;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of prospecting ({@code custodian.prospecting.*}).
 *
 * @param suppressionKey             key of the suppression list's hashes, Base64 of 32 random bytes
 *                                   ({@code CUSTODIAN_SUPPRESSION_KEY}); empty: the key file is used
 * @param suppressionKeyFile         where the generated key lives when none is configured, next to the audit key
 * @param suppressionProofRetention  how long after an erased person's latest opposition its entry is kept, as proof
 *                                   (the limitation period of a claim, Civil Code art. 2224)
 * @param retention                  how long after collection, last contact or the end of the relationship a person
 *                                   may be canvassed (PRO-6, 3 years)
 * @param maxMessages                the frequency cap: prospecting messages a person may receive within
 *                                   {@code capWindow} (PRO-8)
 * @param capWindow                  the frequency cap's window, whole days
 * @param keyRefreshOverlap          how far before the last refresh of the persons' eligibility keys the next one
 *                                   looks again, for writes committed late with an earlier {@code updated_at} (an
 *                                   import batch stamps its rows when it starts)
 */
@ConfigurationProperties("custodian.prospecting")
record ProspectingProperties(
        String suppressionKey,
        @DefaultValue("./data/suppression-hmac.key") Path suppressionKeyFile,
        @DefaultValue("5y") Period suppressionProofRetention,
        @DefaultValue("3y") Period retention,
        @DefaultValue("4") int maxMessages,
        @DefaultValue("30d") Duration capWindow,
        @DefaultValue("1h") Duration keyRefreshOverlap) {
}
