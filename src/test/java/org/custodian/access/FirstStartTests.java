package org.custodian.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import org.custodian.audit.AuditLog;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.password.PasswordEncoder;

class FirstStartTests {

    private final StaffUserRepository users = mock(StaffUserRepository.class);
    private final ApiTokens tokens = mock(ApiTokens.class);
    private final PasswordEncoder encoder = mock(PasswordEncoder.class);
    private final PasswordPolicy policy = PasswordPolicy.withBundledList();

    private FirstStart firstStart(String adminPassword, String bootstrapToken) {
        when(encoder.encode(anyString())).thenAnswer(call -> "hash:" + call.getArgument(0));
        return new FirstStart(users, policy, new TemporaryPasswords(policy, new SecureRandom()), encoder, tokens,
                mock(AuditLog.class), Clock.fixed(Instant.parse("2026-01-05T08:00:00Z"), ZoneOffset.UTC),
                adminPassword, bootstrapToken);
    }

    @Test
    @DisplayName("SEC-1 first start refuses to start with an administrator password that breaks the policy")
    void weakAdminPasswordStopsTheStart() {
        when(users.count()).thenReturn(0L);

        assertThatThrownBy(() -> firstStart("admin1234", "").run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CUSTODIAN_ADMIN_PASSWORD")
                .hasMessageContaining("TOO_SHORT");
        verify(users, never()).insert(any(), any(), any(), any(), eq(false), any(), any(), any());
    }

    @Test
    @DisplayName("SEC-1 first start uses CUSTODIAN_ADMIN_PASSWORD when it satisfies the policy, with no forced change")
    void givenAdminPasswordIsUsed() {
        when(users.count()).thenReturn(0L);

        firstStart("Glacier-Vert-2031?", "").run(new DefaultApplicationArguments());

        verify(users).insert(eq("admin"), any(), any(), eq("hash:Glacier-Vert-2031?"), eq(false),
                eq(Set.of(Role.ADMIN)), any(), eq("system"));
    }

    @Test
    @DisplayName("SEC-1 without CUSTODIAN_ADMIN_PASSWORD the administrator gets a generated password to change at first sign-in")
    void generatedAdminPasswordMustBeChanged() {
        when(users.count()).thenReturn(0L);

        firstStart("", "").run(new DefaultApplicationArguments());

        var hash = ArgumentCaptor.forClass(String.class);
        verify(users).insert(eq("admin"), any(), any(), hash.capture(), eq(true), eq(Set.of(Role.ADMIN)), any(),
                eq("system"));
        var password = hash.getValue().substring("hash:".length());
        assertThat(policy.check(password, "admin", "Administrateur")).isEmpty();
    }

    @Test
    @DisplayName("SEC-1 the administrator is only created on an empty database")
    void existingAccountsAreLeftAlone() {
        when(users.count()).thenReturn(3L);

        firstStart("", "").run(new DefaultApplicationArguments());

        verify(users, never()).insert(any(), any(), any(), any(), eq(true), any(), any(), any());
    }

    @Test
    @DisplayName("SEC-2 CUSTODIAN_BOOTSTRAP_API_TOKEN creates the automation token")
    void bootstrapTokenIsEnsured() {
        when(users.count()).thenReturn(3L);

        firstStart("", " secret-token-value ").run(new DefaultApplicationArguments());

        verify(tokens).ensureBootstrapToken("secret-token-value", "system");
    }
}
