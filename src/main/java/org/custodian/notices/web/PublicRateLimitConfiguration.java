package org.custodian.notices.web;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers the rate limit on the public pages only, ahead of security so that abuse costs as little as possible.
 */
@Configuration(proxyBeanMethods = false)
class PublicRateLimitConfiguration {

    @Bean
    FilterRegistrationBean<PublicRateLimitFilter> publicRateLimitFilter(
            @Value("${custodian.public.rate-limit:60}") int perMinute, Clock clock) {
        var registration = new FilterRegistrationBean<>(new PublicRateLimitFilter(perMinute, clock));
        registration.addUrlPatterns("/p/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
