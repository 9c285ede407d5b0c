package org.custodian.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.custodian.testing.TestClockConfiguration;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A browser test: the whole application on a random port, driven by Playwright through Debian's
 * Chromium. Runs only with {@code ./mvnw -Pbrowser ...} (tag {@code browser}). The test's staff accounts come from
 * {@link StaffUsers}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestClockConfiguration.class, StaffUsers.class})
public @interface BrowserTest {
}
