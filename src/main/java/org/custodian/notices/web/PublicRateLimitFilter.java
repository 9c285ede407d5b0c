package org.custodian.notices.web;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits each visitor address to a number of requests per minute on the public pages {@code /p/**} (issue 3 §2:
 * rate limiting against abuse); beyond it the answer is 429 with {@code Retry-After}. In memory, per node: enough to
 * stop a script hammering the forms, without a shared store.
 */
final class PublicRateLimitFilter extends OncePerRequestFilter {

    /** Above this many remembered addresses, the buckets that are full again are forgotten. */
    private static final int MAX_REMEMBERED = 10_000;

    private final int perMinute;
    private final Clock clock;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    PublicRateLimitFilter(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (buckets.size() > MAX_REMEMBERED) {
            buckets.values().removeIf(TokenBucket::isFull);
        }
        var bucket = buckets.computeIfAbsent(request.getRemoteAddr(), address -> new TokenBucket(perMinute, clock));
        if (bucket.tryTake()) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(bucket.secondsUntilNextToken()));
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("Too many requests; please try again in a moment. "
                + "Trop de requêtes ; réessayez dans un instant.");
    }
}
