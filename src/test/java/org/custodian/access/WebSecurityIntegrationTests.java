package org.custodian.access;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.custodian.testing.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class WebSecurityIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    @DisplayName("SEC-4 pages carry a Content-Security-Policy that allows no inline script")
    void contentSecurityPolicy() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", Matchers.allOf(
                        Matchers.containsString("script-src 'self'"),
                        Matchers.containsString("frame-ancestors 'none'"),
                        Matchers.containsString("object-src 'none'"),
                        Matchers.not(Matchers.containsString("unsafe-inline")),
                        Matchers.not(Matchers.containsString("unsafe-eval")))));
    }

    @Test
    @DisplayName("SEC-4 pages carry Referrer-Policy, Permissions-Policy, no framing and no MIME sniffing")
    void otherSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("Permissions-Policy", Matchers.containsString("camera=()")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    @DisplayName("SEC-4 HSTS is sent when served over TLS, and only then")
    void hstsOverTls() throws Exception {
        mvc.perform(get("/login").secure(true))
                .andExpect(header().string("Strict-Transport-Security", Matchers.containsString("max-age=31536000")));
        mvc.perform(get("/login")).andExpect(header().doesNotExist("Strict-Transport-Security"));
    }

    @Test
    @DisplayName("SEC-4 pages get the idle timeout and warning delay for the session warning script")
    void sessionTimeoutForTheWarning() throws Exception {
        mvc.perform(get("/").with(user("someone").roles("SALES")))
                .andExpect(model().attribute("sessionTimeoutSeconds", 900L))
                .andExpect(model().attribute("sessionWarningSeconds", 120L))
                .andExpect(content().string(Matchers.containsString("data-session-timeout=\"900\"")));
    }

    @Test
    @DisplayName("SEC-4 keep-alive answers 204 to a signed-in user")
    void keepAlive() throws Exception {
        mvc.perform(get("/session/keepalive").with(user("someone").roles("SALES"))).andExpect(status().isNoContent());
    }

    @Test
    @DisplayName("SEC-4 keep-alive answers 401 once the session has ended, so the page can send the user to sign in")
    void keepAliveAfterExpiry() throws Exception {
        mvc.perform(get("/session/keepalive")).andExpect(status().isUnauthorized());
    }

    @Test
    @DisplayName("SEC-4 the OpenAPI description needs a signed-in administrator")
    void apiDocsNeedAuthentication() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/v3/api-docs").with(user("sales").roles("SALES"))).andExpect(status().isForbidden());
        mvc.perform(get("/v3/api-docs").with(user("admin").roles("ADMIN"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/me']").exists())
                .andExpect(jsonPath("$.components.securitySchemes.apiToken.scheme").value("bearer"));
    }

    @Test
    @DisplayName("SEC-4 the Swagger UI opens for administrators")
    void swaggerUiForAdministrators() throws Exception {
        mvc.perform(get("/swagger-ui/index.html").with(user("admin").roles("ADMIN"))).andExpect(status().isOk());
        mvc.perform(get("/swagger-ui/index.html")).andExpect(redirectedUrl("/login"));
    }
}
