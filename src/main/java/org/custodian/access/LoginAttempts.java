package org.custodian.access;

import java.time.Clock;
import java.util.Comparator;

import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in outcomes: asks {@link LoginThrottle} before a password is checked (SEC-1, SEC-4) and records every
 * success, failure, refusal and lock in the audit log.
 */
@Service
class LoginAttempts {

    /** Longer attempted logins are cut in the audit log: they are not accounts, and could be a pasted password. */
    private static final int MAX_LOGGED_USERNAME = 60;

    private final StaffUserRepository users;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final Clock clock;

    LoginAttempts(StaffUserRepository users, LoginThrottle throttle, AuditLog audit, Clock clock) {
        this.users = users;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Lets the password of this attempt be checked, or refuses it.
     *
     * @throws LoginThrottled when the throttle refuses the attempt
     */
    void admit(String address, String username) {
        var refusal = throttle.admit(address, username);
        if (refusal.isPresent()) {
            audit.security(loggable(username), AuditAction.LOGIN_FAILURE, "refused by sign-in throttling");
            throw new LoginThrottled(refusal.get().until());
        }
    }

    /**
     * Records an admitted attempt with a wrong password (or an unknown login).
     *
     * @throws LoginThrottled when this failure started a lock, to say until when
     */
    void failed(String address, String username) {
        var actor = loggable(username);
        audit.security(actor, AuditAction.LOGIN_FAILURE, "wrong username or password");
        var locks = throttle.failed(address, username);
        locks.forEach((kind, until) -> audit.security(actor, AuditAction.ACCOUNT_LOCKED, switch (kind) {
            case PAIR -> "locked for one client address until " + until;
            case ACCOUNT -> "locked for client addresses with failures until " + until;
            case ADDRESS -> "one client address locked out of every account until " + until;
        }));
        locks.values().stream().max(Comparator.naturalOrder()).ifPresent(until -> {
            throw new LoginThrottled(until);
        });
    }

    /** Records an admitted attempt with the right password, whether or not the account may then sign in. */
    void passwordAccepted(String address, String username) {
        throttle.succeeded(address, username);
    }

    @Transactional
    void succeeded(String username) {
        users.recordLogin(username, clock.instant());
        audit.security(StaffUserRepository.normalise(username), AuditAction.LOGIN_SUCCESS, "form sign-in");
    }

    /** Records a refused attempt on a disabled account (reached only with the right password). */
    void refused(String username, String reason) {
        audit.security(loggable(username), AuditAction.LOGIN_FAILURE, reason);
    }

    private static String loggable(String username) {
        var normalised = StaffUserRepository.normalise(username);
        return normalised.length() > MAX_LOGGED_USERNAME ? normalised.substring(0, MAX_LOGGED_USERNAME) : normalised;
    }
}
