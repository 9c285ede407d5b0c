package org.custodian.access;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code custodian.session.*} (SEC-4): the idle timeout of staff sessions and how long before it the page warns.
 *
 * @param timeout idle time after which the session ends
 * @param warningBefore how long before the end the warning appears
 */
@ConfigurationProperties("custodian.session")
public record SessionProperties(Duration timeout, Duration warningBefore) {
}
