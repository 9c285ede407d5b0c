package org.custodian.retention;

import org.custodian.CustodianApplication;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The node {@link RetentionKillNineIntegrationTests} kills: a Custodian of its own, in a JVM of its own, on the test's
 * database (given as {@code --property=value} arguments), which takes the sweep that is asked for or whose node went
 * silent, and runs it until it is killed. Its start is the cost of each kill, so it starts what a sweep needs and
 * nothing else: no web server, every bean created on first use except the sweep's runner (whose poll must be
 * scheduled), and no Flyway (the test's node migrated the database).
 */
final class KilledSweepNode {

    private KilledSweepNode() {
    }

    /** @param args Spring properties */
    public static void main(String[] args) throws InterruptedException {
        new SpringApplicationBuilder(CustodianApplication.class, EagerRunner.class)
                .web(WebApplicationType.NONE)
                .lazyInitialization(true)
                .run(args);
        Thread.currentThread().join();
    }

    @Configuration(proxyBeanMethods = false)
    static class EagerRunner {

        @Bean
        static LazyInitializationExcludeFilter sweepRunnerIsEager() {
            return LazyInitializationExcludeFilter.forBeanTypes(SweepRunner.class);
        }
    }
}
