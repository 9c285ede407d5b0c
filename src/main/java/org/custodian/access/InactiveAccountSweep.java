package org.custodian.access;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * SEC-2 — unused accounts are disabled: every night, accounts with no sign-in for
 * {@code custodian.security.inactive-account-after} (counted from creation when never used) are disabled. The last
 * enabled administrator is kept, so that the application can always be administered.
 */
@Component
class InactiveAccountSweep {

    private static final Logger log = LoggerFactory.getLogger(InactiveAccountSweep.class);

    private final StaffUserRepository users;
    private final AccessProperties properties;
    private final AuditLog audit;
    private final Clock clock;

    InactiveAccountSweep(StaffUserRepository users, AccessProperties properties, AuditLog audit, Clock clock) {
        this.users = users;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(cron = "0 30 2 * * *")
    @SchedulerLock(name = "access.inactive-accounts", lockAtMostFor = "PT10M")
    @Transactional
    public void disableInactiveAccounts() {
        var now = clock.instant();
        var cutoff = now.minus(properties.inactiveAccountAfter());
        int disabled = 0;
        for (var user : users.findUnusedSince(cutoff)) {
            if (user.roles().contains(Role.ADMIN) && users.countEnabledWithRole(Role.ADMIN) <= 1) {
                log.warn("Inactive account {} kept enabled: it is the last enabled administrator", user.username());
                continue;
            }
            users.disable(user.id(), now, UserAdministration.DISABLED_INACTIVE);
            audit.security("system", AuditAction.SECURITY_CHANGE, "user " + user.username()
                    + " disabled: no sign-in since " + (user.lastLoginAt() == null ? "creation" : user.lastLoginAt()));
            disabled++;
        }
        if (disabled > 0) {
            log.info("Disabled {} account(s) unused for {}", disabled, properties.inactiveAccountAfter());
        }
    }
}
