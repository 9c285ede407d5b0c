package org.custodian.notices.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class PublicRateLimitFilterTests {

    private final PublicRateLimitFilter filter = new PublicRateLimitFilter(2, new TokenBucketTests.MovingClock());

    @Test
    @DisplayName("issue 3 §2 beyond the limit a visitor gets 429 with Retry-After")
    void answers429WithRetryAfter() throws Exception {
        call("203.0.113.7");
        call("203.0.113.7");

        var refused = call("203.0.113.7");

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("30");
    }

    @Test
    @DisplayName("issue 3 §2 one visitor's abuse does not block another address")
    void limitsPerAddress() throws Exception {
        call("203.0.113.7");
        call("203.0.113.7");
        call("203.0.113.7");

        assertThat(call("198.51.100.4").getStatus()).isEqualTo(200);
    }

    private MockHttpServletResponse call(String address) throws Exception {
        var request = new MockHttpServletRequest("GET", "/p/privacy");
        request.setRemoteAddr(address);
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
