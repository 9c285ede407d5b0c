package org.custodian.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Set;

import org.custodian.audit.AuditLog;
import org.custodian.testing.IntegrationTest;
import org.custodian.testing.MutableClock;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ApiTokenIntegrationTests {

    @Autowired
    AuditLog auditLog;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    FirstStart firstStart;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Value("${custodian.bootstrap-api-token}")
    String bootstrapToken;

    @Test
    @DisplayName("SEC-2 the bootstrap token of the first start authenticates on the API as an administrator")
    void bootstrapTokenWorks() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + bootstrapToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(Matchers.startsWith("api:bootstrap")))
                .andExpect(jsonPath("$.roles[0]").value("ADMIN"));
    }

    @Test
    @DisplayName("SEC-2 the bootstrap token is created once, however often the application starts")
    void bootstrapTokenIsIdempotent() throws Exception {
        firstStart.run(new DefaultApplicationArguments());

        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token WHERE token_hash = ?")
                .param(ApiTokens.hash(bootstrapToken)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @DisplayName("SEC-2 an administrator creates a token shown once; it authenticates with its roles as api:<name>")
    void createdTokenWorks() throws Exception {
        var name = TestAccounts.uniqueName("shop");
        var result = mvc.perform(post("/admin/api-tokens").with(user("admin").roles("ADMIN")).with(csrf())
                        .param("name", name).param("roles", "SALES", "MARKETING"))
                .andExpect(flash().attributeExists("secret"))
                .andReturn();
        var secret = (IssuedSecret) result.getFlashMap().get("secret");

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret.value()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("api:" + name))
                .andExpect(jsonPath("$.roles").value(Matchers.contains("MARKETING", "SALES")));
    }

    @Test
    @DisplayName("SEC-2 a token is stored hashed, never in clear")
    void tokenIsStoredHashed() {
        var secret = tokens.create(TestAccounts.uniqueName("hash"), Set.of(Role.SALES), null, "test");

        var stored = jdbc.sql("SELECT token_hash FROM api_token WHERE id = ?").param(secret.id())
                .query(String.class).single();
        assertThat(stored).isEqualTo(ApiTokens.hash(secret.value())).doesNotContain(secret.value());
    }

    @Test
    @DisplayName("SEC-2 the token list shows the last use of each token")
    void lastUseIsShown() throws Exception {
        var secret = tokens.create(TestAccounts.uniqueName("used"), Set.of(Role.SALES), null, "test");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret.value())).andExpect(status().isOk());

        var lastUsed = jdbc.sql("SELECT last_used_at FROM api_token WHERE id = ?").param(secret.id())
                .query(java.time.OffsetDateTime.class).single();
        assertThat(lastUsed).isNotNull();
        mvc.perform(get("/admin/api-tokens").param("q", secret.name()).with(user("admin").roles("ADMIN")))
                .andExpect(content().string(Matchers.containsString(secret.name())))
                .andExpect(content().string(Matchers.not(Matchers.containsString(secret.value()))));
    }

    @Test
    @DisplayName("SEC-2 a revoked token is refused with 401 and a problem detail")
    void revokedTokenIsRefused() throws Exception {
        var secret = tokens.create(TestAccounts.uniqueName("revoked"), Set.of(Role.SALES), null, "test");
        mvc.perform(post("/admin/api-tokens/" + secret.id() + "/revoke").with(user("admin").roles("ADMIN"))
                .with(csrf())).andExpect(status().is3xxRedirection());

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret.value()))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", Matchers.startsWith("application/problem+json")))
                .andExpect(header().string("WWW-Authenticate", "Bearer error=\"invalid_token\""))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("revoked")));
    }

    @Test
    @DisplayName("SEC-2 an expired token is refused")
    void expiredTokenIsRefused() throws Exception {
        var start = clock.instant();
        var secret = tokens.create(TestAccounts.uniqueName("expiring"), Set.of(Role.SALES),
                start.plus(Duration.ofDays(1)), "test");
        try {
            clock.set(start.plus(Duration.ofDays(2)));
            mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret.value()))
                    .andExpect(status().isUnauthorized());
        }
        finally {
            clock.set(start);
        }
    }

    @Test
    @DisplayName("SEC-2 the API without a token answers 401 with a problem detail, not a login page")
    void missingTokenIsRefused() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", Matchers.startsWith("application/problem+json")))
                .andExpect(jsonPath("$.title").value("Unauthorized"));
    }

    @Test
    @DisplayName("SEC-4 API calls are stateless: no session cookie is created")
    void apiIsStateless() throws Exception {
        var result = mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + bootstrapToken))
                .andExpect(status().isOk()).andReturn();

        assertThat(result.getRequest().getSession(false)).isNull();
    }

    @Test
    @DisplayName("SEC-2 token creation and revocation are audited")
    void changesAreAudited() {
        var name = TestAccounts.uniqueName("audited");
        var secret = tokens.create(name, Set.of(Role.SUPPORT), null, "test");
        tokens.revoke(secret.id(), "test");

        auditLog.flush();
        var details = jdbc.sql("SELECT detail FROM audit_entry WHERE action = 'SECURITY_CHANGE' AND detail LIKE ?")
                .param("%" + name + "%").query(String.class).list();
        assertThat(details).containsExactly("API token " + name + " created with roles SUPPORT",
                "API token " + name + " revoked");
    }

    @Test
    @DisplayName("SEC-2 a token cannot be created with an expiry in the past")
    void expiryInThePastIsRefused() throws Exception {
        mvc.perform(post("/admin/api-tokens").with(user("admin").roles("ADMIN")).with(csrf())
                        .param("name", TestAccounts.uniqueName("past")).param("roles", "SALES")
                        .param("expiresOn", "2001-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("La date d&#39;expiration doit être")));
    }
}
