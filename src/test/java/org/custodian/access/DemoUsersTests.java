package org.custodian.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import org.custodian.audit.AuditLog;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.password.PasswordEncoder;

class DemoUsersTests {

    private final StaffUserRepository users = mock(StaffUserRepository.class);
    private final PasswordPolicy policy = PasswordPolicy.withBundledList();
    private final DemoUsers demo = new DemoUsers(users, policy, mock(PasswordEncoder.class), mock(AuditLog.class),
            Clock.systemUTC());

    @Test
    @DisplayName("SEC-8 the demo profile creates one fictitious account per role, not forced to change its password")
    void createsOneAccountPerRole() {
        when(users.findByUsername(anyString())).thenReturn(Optional.empty());

        demo.run(new DefaultApplicationArguments());

        for (var role : Set.of(Role.DPO, Role.SALES, Role.MARKETING, Role.SUPPORT, Role.ACCOUNTING, Role.ARCHIVIST)) {
            verify(users).insert(eq(role.name().toLowerCase()), any(), any(), any(), eq(false), eq(Set.of(role)), any(),
                    eq("demo"));
        }
    }

    @Test
    @DisplayName("SEC-8 the demo accounts are created once: existing logins are left alone")
    void skipsExistingAccounts() {
        when(users.findByUsername(anyString())).thenReturn(Optional.of(mock(StaffUser.class)));

        demo.run(new DefaultApplicationArguments());

        verify(users, never()).insert(any(), any(), any(), any(), eq(false), any(), any(), any());
    }

    @Test
    @DisplayName("SEC-1 the documented demo password satisfies the policy")
    void demoPasswordSatisfiesThePolicy() {
        assertThat(policy.check(DemoUsers.DEMO_PASSWORD, "marketing", "Hugo Bernard")).isEmpty();
    }
}
