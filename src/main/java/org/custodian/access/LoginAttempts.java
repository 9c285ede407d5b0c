package org.custodian.access;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in outcomes: counts failures, applies the temporary lock (SEC-1) and records every success, failure and lock in
 * the audit log.
 */
@Service
class LoginAttempts {

    /** Longer attempted logins are cut in the audit log: they are not accounts, and could be a pasted password. */
    private static final int MAX_LOGGED_USERNAME = 60;

    private final StaffUserRepository users;
    private final LockoutPolicy lockout;
    private final AuditLog audit;
    private final Clock clock;

    LoginAttempts(StaffUserRepository users, LockoutPolicy lockout, AuditLog audit, Clock clock) {
        this.users = users;
        this.lockout = lockout;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    void succeeded(String username) {
        users.findByUsername(username).ifPresent(user -> users.recordLogin(user.id(), clock.instant()));
        audit.security(StaffUserRepository.normalise(username), AuditAction.LOGIN_SUCCESS, "form sign-in");
    }

    /**
     * Records a failed sign-in with a wrong password.
     *
     * @return the end of the lock when this failure locked the account
     */
    @Transactional
    Optional<Instant> failed(String username) {
        var actor = loggable(username);
        var user = users.findByUsername(username);
        audit.security(actor, AuditAction.LOGIN_FAILURE, "wrong username or password");
        if (user.isEmpty()) {
            return Optional.empty();
        }
        var now = clock.instant();
        var before = user.get().loginState();
        var after = lockout.afterFailure(before, now);
        users.updateLoginState(user.get().id(), after);
        if (after.lockCount() > before.lockCount()) {
            audit.security(actor, AuditAction.ACCOUNT_LOCKED, "locked until " + after.lockedUntil() + " after "
                    + (before.failedAttempts() + 1) + " failed attempts (lock #" + after.lockCount() + ")");
            return Optional.of(after.lockedUntil());
        }
        return Optional.empty();
    }

    /** Records a refused attempt on a locked or disabled account, which is not counted as a password failure. */
    void refused(String username, String reason) {
        audit.security(loggable(username), AuditAction.LOGIN_FAILURE, reason);
    }

    @Transactional(readOnly = true)
    Optional<Instant> lockedUntil(String username) {
        var now = clock.instant();
        return users.findByUsername(username)
                .map(StaffUser::loginState)
                .filter(state -> state.lockedAt(now))
                .map(LockoutPolicy.LoginState::lockedUntil);
    }

    private static String loggable(String username) {
        var normalised = StaffUserRepository.normalise(username);
        return normalised.length() > MAX_LOGGED_USERNAME ? normalised.substring(0, MAX_LOGGED_USERNAME) : normalised;
    }
}
