package org.custodian.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.custodian.testing.IntegrationTest;
import org.custodian.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The accounts are created in the past by moving the clock back, so that the sweep at the real "now" only touches
 * them and not the accounts of the other tests sharing the database.
 */
@IntegrationTest
class InactiveAccountsIntegrationTests {

    @Autowired
    TestAccounts accounts;

    @Autowired
    UserAdministration administration;

    @Autowired
    LoginAttempts loginAttempts;

    @Autowired
    InactiveAccountSweep sweep;

    @Autowired
    MutableClock clock;

    private Instant now;

    @BeforeEach
    void rememberClock() {
        now = clock.instant();
    }

    @AfterEach
    void restoreClock() {
        clock.set(now);
    }

    @Test
    @DisplayName("SEC-2 an account never used for 90 days after its creation is disabled, and it is audited")
    void neverUsedAccountIsDisabled() {
        clock.set(now.minus(Duration.ofDays(91)));
        var account = accounts.withPassword(Role.SALES);
        clock.set(now);

        sweep.disableInactiveAccounts();

        var user = administration.get(account.id());
        assertThat(user.enabled()).isFalse();
        assertThat(user.disabledReason()).isEqualTo("INACTIVE");
        assertThat(accounts.auditDetails("SECURITY_CHANGE"))
                .contains("user " + account.username() + " disabled: no sign-in since creation");
    }

    @Test
    @DisplayName("SEC-2 an account last used 91 days ago is disabled")
    void accountUnusedFor91DaysIsDisabled() {
        clock.set(now.minus(Duration.ofDays(200)));
        var account = accounts.withPassword(Role.SALES);
        clock.set(now.minus(Duration.ofDays(91)));
        loginAttempts.succeeded(account.username());
        clock.set(now);

        sweep.disableInactiveAccounts();

        assertThat(administration.get(account.id()).enabled()).isFalse();
    }

    @Test
    @DisplayName("SEC-2 an account used 89 days ago stays enabled")
    void recentlyUsedAccountStays() {
        clock.set(now.minus(Duration.ofDays(200)));
        var account = accounts.withPassword(Role.SALES);
        clock.set(now.minus(Duration.ofDays(89)));
        loginAttempts.succeeded(account.username());
        clock.set(now);

        sweep.disableInactiveAccounts();

        assertThat(administration.get(account.id()).enabled()).isTrue();
    }

    @Test
    @DisplayName("SEC-2 an account re-enabled by an administrator gets a new 90-day period")
    void reEnabledAccountGetsANewPeriod() {
        clock.set(now.minus(Duration.ofDays(91)));
        var account = accounts.withPassword(Role.SALES);
        clock.set(now);
        sweep.disableInactiveAccounts();
        administration.enable(account.id(), "test");

        sweep.disableInactiveAccounts();

        assertThat(administration.get(account.id()).enabled()).isTrue();
    }
}
