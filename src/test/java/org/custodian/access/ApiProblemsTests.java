package org.custodian.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

class ApiProblemsTests {

    @Test
    @DisplayName("SEC-2 an API call the token's roles do not allow gets a 403 problem detail")
    void forbiddenIsAProblemDetail() throws Exception {
        var request = new MockHttpServletRequest("GET", "/api/v1/audit");
        var response = new MockHttpServletResponse();

        ApiProblems.forbidden().handle(request, response, new AccessDeniedException("denied"));

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\":403").contains("\"title\":\"Forbidden\"")
                .contains("\"instance\":\"/api/v1/audit\"");
    }
}
