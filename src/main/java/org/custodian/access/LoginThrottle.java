package org.custodian.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.custodian.access.LockoutPolicy.LoginState;
import org.custodian.access.LoginThrottleRepository.Kind;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SEC-1, SEC-4 — sign-in throttling that slows a guesser down without letting an anonymous attacker shut the real
 * user out. Three counters, each following a {@link LockoutPolicy}:
 * <ul>
 * <li><b>client address × login name</b> ({@code custodian.security.lockout}, 5 failures, 1 min doubling up to 1 h):
 * locks that address out of that name only. This is what a guesser trips; the real user elsewhere is not
 * affected.</li>
 * <li><b>client address</b> ({@code custodian.security.address-lockout}, 20 failures over every name): locks the
 * address out of every name — password spraying and the probing of names.</li>
 * <li><b>login name</b> ({@code custodian.security.lockout}, failures from any addresses — a distributed guess):
 * while locked, only addresses that have failed themselves are refused. An address with no recent failure still has
 * its password checked, so the real user signs in during an attack; each address of a botnet gets at most one
 * guess before it is refused as well.</li>
 * </ul>
 * Every attempt is counted <em>before</em> its password is checked, with the counters' rows locked, and stays counted
 * as a failure unless it succeeds: parallel attempts cannot all reach the password check. A success clears the
 * name's counters and gives back the address's reservation. Counters untouched for
 * {@code custodian.security.throttle-memory} are forgotten and purged. Login names are counted whether or not they
 * are accounts, so the answers do not tell which accounts exist. Keys are stored as SHA-256 digests only.
 */
@Service
class LoginThrottle {

    /** Why an attempt was refused without checking its password, and until when (null while attempts are checked). */
    record Refusal(Instant until) {
    }

    private final LoginThrottleRepository counters;
    private final LockoutPolicy nameLockout;
    private final LockoutPolicy addressLockout;
    private final Duration memory;
    private final Clock clock;

    LoginThrottle(LoginThrottleRepository counters, AccessProperties properties, Clock clock) {
        this.counters = counters;
        this.nameLockout = new LockoutPolicy(properties.lockout());
        this.addressLockout = new LockoutPolicy(properties.addressLockout());
        this.memory = properties.throttleMemory();
        this.clock = clock;
        // A counter forgotten while still locked would lift its lock early.
        if (memory.compareTo(properties.lockout().maxLock()) < 0
                || memory.compareTo(properties.addressLockout().maxLock()) < 0) {
            throw new IllegalArgumentException("custodian.security.throttle-memory must be at least the longest lock");
        }
    }

    /**
     * Decides whether this attempt's password may be checked and, if so, counts it.
     *
     * @return the refusal, empty when the password may be checked
     */
    @Transactional
    Optional<Refusal> admit(String address, String username) {
        var now = clock.instant();
        var keys = Keys.of(address, username);
        var counted = lockAll(keys, now);
        var byAddress = counted.get(Kind.ADDRESS);
        var byName = counted.get(Kind.ACCOUNT);
        var byPair = counted.get(Kind.PAIR);
        if (addressLockout.refuses(byAddress, now)) {
            return Optional.of(refusal(byAddress, now));
        }
        if (nameLockout.refuses(byPair, now)) {
            return Optional.of(refusal(byPair, now));
        }
        if (byAddress.hasFailed() && nameLockout.refuses(byName, now)) {
            return Optional.of(refusal(byName, now));
        }
        counters.save(keys.address(), addressLockout.reserve(byAddress), now);
        counters.save(keys.name(), nameLockout.reserve(byName), now);
        counters.save(keys.pair(), nameLockout.reserve(byPair), now);
        return Optional.empty();
    }

    /**
     * Records that an admitted attempt had a wrong password.
     *
     * @return the locks this failure started, by counter, with their end
     */
    @Transactional
    Map<Kind, Instant> failed(String address, String username) {
        var now = clock.instant();
        var keys = Keys.of(address, username);
        var started = new EnumMap<Kind, Instant>(Kind.class);
        lockAll(keys, now).forEach((kind, before) -> {
            var policy = kind == Kind.ADDRESS ? addressLockout : nameLockout;
            var after = policy.afterFailure(before, now);
            if (after.lockCount() > before.lockCount()) {
                started.put(kind, after.lockedUntil());
            }
            counters.save(keys.of(kind), after, now);
        });
        return started;
    }

    /** Records that an admitted attempt had the right password. */
    @Transactional
    void succeeded(String address, String username) {
        var now = clock.instant();
        var keys = Keys.of(address, username);
        var byAddress = lockAll(keys, now).get(Kind.ADDRESS);
        counters.save(keys.address(), new LoginState(Math.max(0, byAddress.failedAttempts() - 1),
                byAddress.lockCount(), byAddress.lockedUntil()), now);
        counters.save(keys.name(), LoginState.CLEAN, now);
        counters.save(keys.pair(), LoginState.CLEAN, now);
    }

    /** The end of the current lock of a login name, as the administration screens show it. */
    @Transactional(readOnly = true)
    Optional<Instant> lockedUntil(String username) {
        return counters.lockedUntil(Keys.name(username), clock.instant());
    }

    /** Lifts every lock on a login name (an administrator's reset or re-activation). */
    @Transactional
    void clear(String username) {
        counters.deleteAccount(Keys.name(username));
    }

    @Scheduled(cron = "0 15 * * * *")
    @SchedulerLock(name = "access.login-throttle-purge", lockAtMostFor = "PT10M")
    @Transactional
    public void purgeForgotten() {
        var now = clock.instant();
        counters.deleteForgotten(now.minus(memory), now);
    }

    /** Always in the same order (address, name, pair), so that concurrent attempts cannot deadlock. */
    private Map<Kind, LoginState> lockAll(Keys keys, Instant now) {
        var forgetBefore = now.minus(memory);
        var states = new EnumMap<Kind, LoginState>(Kind.class);
        states.put(Kind.ADDRESS, counters.lock(keys.address(), Kind.ADDRESS, null, now, forgetBefore));
        states.put(Kind.ACCOUNT, counters.lock(keys.name(), Kind.ACCOUNT, keys.name(), now, forgetBefore));
        states.put(Kind.PAIR, counters.lock(keys.pair(), Kind.PAIR, keys.name(), now, forgetBefore));
        return states;
    }

    private static Refusal refusal(LoginState state, Instant now) {
        return new Refusal(state.lockedAt(now) ? state.lockedUntil() : null);
    }

    /** The digests under which the three counters of one attempt are kept. */
    private record Keys(String address, String name, String pair) {

        static Keys of(String address, String username) {
            var normalised = StaffUserRepository.normalise(username);
            return new Keys(digest("address\n" + address), name(username),
                    digest("pair\n" + address + "\n" + normalised));
        }

        static String name(String username) {
            return digest("name\n" + StaffUserRepository.normalise(username));
        }

        String of(Kind kind) {
            return switch (kind) {
                case ADDRESS -> address;
                case ACCOUNT -> name;
                case PAIR -> pair;
            };
        }

        private static String digest(String key) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(key.getBytes(StandardCharsets.UTF_8)));
            }
            catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
        }
    }
}
