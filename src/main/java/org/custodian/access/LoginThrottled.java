package org.custodian.access;

import java.time.Instant;
import java.util.Optional;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused by {@link LoginThrottle}, or the failure that started a lock. It says the same for every login
 * name, known or not.
 */
class LoginThrottled extends AuthenticationException {

    private final Instant until;

    LoginThrottled(Instant until) {
        super("sign-in throttled");
        this.until = until;
    }

    /** When the attempt may be made again, empty while other attempts are being checked. */
    Optional<Instant> until() {
        return Optional.ofNullable(until);
    }
}
