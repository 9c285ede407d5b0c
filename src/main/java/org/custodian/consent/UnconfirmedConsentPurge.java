package org.custodian.consent;

import java.time.Clock;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An e-mail consent nobody confirmed is not a consent: its request is purged once the link has
 * expired ({@code custodian.consent.confirmation-validity}).
 */
@Component
class UnconfirmedConsentPurge {

    private static final Logger LOG = LoggerFactory.getLogger(UnconfirmedConsentPurge.class);

    private final ConsentRequests requests;
    private final Clock clock;

    UnconfirmedConsentPurge(ConsentRequests requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @Scheduled(cron = "${custodian.consent.purge-cron:0 15 * * * *}")
    @SchedulerLock(name = "consent-unconfirmed-purge")
    @Transactional
    void purge() {
        var purged = requests.purgeExpired(Instant.now(clock));
        if (purged > 0) {
            LOG.info("Purged {} unconfirmed e-mail consent requests", purged);
        }
    }
}
