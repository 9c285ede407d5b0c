package org.custodian.retention;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the retention sweep runs (RET-3).
 *
 * @param batchSize  persons acted on per batch, each batch in its own transaction
 * @param staleAfter how long a running sweep's node may stay silent before another node takes the sweep over
 * @param pollDelay  how often a node looks for a sweep to run (one asked for from a screen or the API)
 */
@ConfigurationProperties("custodian.retention")
record RetentionProperties(@DefaultValue("2000") int batchSize, @DefaultValue("PT1M") Duration staleAfter,
        @DefaultValue("PT5S") Duration pollDelay) {

    RetentionProperties {
        if (batchSize < 1 || batchSize > 5000) {
            throw new IllegalArgumentException("custodian.retention.batch-size must be between 1 and 5000");
        }
    }
}
