package org.custodian.access;

import static org.custodian.access.StaffUserRepository.instant;
import static org.custodian.access.StaffUserRepository.utc;

import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The counters of {@link LoginThrottle}. A counter is read with its row locked ({@code SELECT ... FOR UPDATE}, which
 * H2 and PostgreSQL both support, unlike {@code UPDATE ... RETURNING}), so that concurrent attempts are serialised.
 */
@Repository
class LoginThrottleRepository {

    enum Kind {
        ADDRESS, ACCOUNT, PAIR
    }

    private final JdbcClient jdbc;

    LoginThrottleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The counter under {@code keyHash}, created when absent and locked until the transaction ends; a counter last
     * changed before {@code forgetBefore} reads as clean.
     */
    LockoutPolicy.LoginState lock(String keyHash, Kind kind, String accountHash, Instant now, Instant forgetBefore) {
        try {
            jdbc.sql("""
                    INSERT INTO login_throttle (key_hash, kind, account_hash, failures, lock_count, updated_at)
                    VALUES (?, ?, ?, 0, 0, ?) ON CONFLICT DO NOTHING""")
                    .params(keyHash, kind.name(), accountHash, utc(now)).update();
        }
        catch (DuplicateKeyException concurrentInsert) {
            // H2 may report the row another attempt inserted at the same moment: it exists, which is all we need.
        }
        return jdbc.sql("""
                        SELECT failures, lock_count, locked_until, updated_at FROM login_throttle
                        WHERE key_hash = ? FOR UPDATE""")
                .param(keyHash)
                .query((rs, n) -> instant(rs, "updated_at").isBefore(forgetBefore) ? LockoutPolicy.LoginState.CLEAN
                        : new LockoutPolicy.LoginState(rs.getInt("failures"), rs.getInt("lock_count"),
                                instant(rs, "locked_until")))
                .single();
    }

    void save(String keyHash, LockoutPolicy.LoginState state, Instant now) {
        jdbc.sql("UPDATE login_throttle SET failures = ?, lock_count = ?, locked_until = ?, updated_at = ? "
                        + "WHERE key_hash = ?")
                .params(state.failedAttempts(), state.lockCount(), utc(state.lockedUntil()), utc(now), keyHash)
                .update();
    }

    Optional<Instant> lockedUntil(String keyHash, Instant now) {
        return jdbc.sql("SELECT locked_until FROM login_throttle WHERE key_hash = ? AND locked_until > ?")
                .params(keyHash, utc(now))
                .query((rs, n) -> instant(rs, "locked_until"))
                .optional();
    }

    /** Forgets a login name's counters: its own and those of every address on it. */
    void deleteAccount(String accountHash) {
        jdbc.sql("DELETE FROM login_throttle WHERE account_hash = ?").param(accountHash).update();
    }

    int deleteForgotten(Instant forgetBefore, Instant now) {
        return jdbc.sql("""
                        DELETE FROM login_throttle
                        WHERE updated_at < ? AND (locked_until IS NULL OR locked_until <= ?)""")
                .params(utc(forgetBefore), utc(now)).update();
    }
}
