package org.custodian.shared;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Module listeners ({@code @ApplicationModuleListener}) run on the application's task executor after the publishing
 * transaction commits: the request that published the event answers at once, and a failing listener leaves its
 * publication incomplete in the registry (to be resubmitted) instead of failing a request whose work is committed.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncEventsConfiguration {
}
