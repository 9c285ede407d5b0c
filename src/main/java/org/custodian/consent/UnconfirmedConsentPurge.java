package org.custodian.consent;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An e-mail consent nobody confirmed is not a consent: its request is purged once the link has
 * expired ({@code custodian.consent.confirmation-validity}); the counts of confirmation mails of past days go with it.
 */
@Component
class UnconfirmedConsentPurge {

    private static final Logger LOG = LoggerFactory.getLogger(UnconfirmedConsentPurge.class);

    private final ConsentRequests requests;
    private final ConfirmationQuota quota;
    private final Clock clock;

    UnconfirmedConsentPurge(ConsentRequests requests, ConfirmationQuota quota, Clock clock) {
        this.requests = requests;
        this.quota = quota;
        this.clock = clock;
    }

    @Scheduled(cron = "${custodian.consent.purge-cron:0 15 * * * *}")
    @SchedulerLock(name = "consent-unconfirmed-purge")
    @Transactional
    void purge() {
        var now = Instant.now(clock);
        quota.purgeBefore(LocalDate.ofInstant(now, ZoneOffset.UTC));
        var purged = requests.purgeExpired(now);
        if (purged > 0) {
            LOG.info("Purged {} unconfirmed e-mail consent requests", purged);
        }
    }
}
