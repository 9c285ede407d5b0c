package org.custodian.access;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.custodian.shared.CsvWriter;
import org.custodian.shared.Page;
import org.custodian.shared.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff account administration and the access review (SEC-1, SEC-2). Every change is recorded in the audit log.
 */
@Service
public class UserAdministration {

    /** Why an account was disabled. */
    static final String DISABLED_BY_ADMIN = "ADMIN";
    static final String DISABLED_INACTIVE = "INACTIVE";

    private final StaffUserRepository users;
    private final PasswordEncoder encoder;
    private final TemporaryPasswords temporaryPasswords;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final Clock clock;

    UserAdministration(StaffUserRepository users, PasswordEncoder encoder, TemporaryPasswords temporaryPasswords,
            LoginThrottle throttle, AuditLog audit, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.temporaryPasswords = temporaryPasswords;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Accounts whose login, name or e-mail contains {@code query} (all when blank), by login.
     */
    @Transactional(readOnly = true)
    public Page<UserView> search(String query, PageRequest page) {
        return users.search(query, page).map(this::view);
    }

    /**
     * One account.
     *
     * @throws UserNotFound when there is none with this id
     */
    @Transactional(readOnly = true)
    public UserView get(long id) {
        return view(find(id));
    }

    /**
     * Creates an account with a generated temporary password that must be changed at first sign-in.
     *
     * @return the password, to show once
     */
    @Transactional
    public IssuedSecret create(NewUser command, String actor) {
        if (command.roles().isEmpty()) {
            throw new AccountChangeRefused(AccountChangeRefused.Reason.NO_ROLE);
        }
        if (users.findByUsername(command.username()).isPresent()) {
            throw new AccountChangeRefused(AccountChangeRefused.Reason.USERNAME_TAKEN);
        }
        var password = temporaryPasswords.generate(command.username(), command.displayName());
        long id = users.insert(command.username(), command.displayName().strip(), command.email().strip(),
                encoder.encode(password), true, Roles.of(command.roles()), clock.instant(), actor);
        var username = StaffUserRepository.normalise(command.username());
        audit.security(actor, AuditAction.SECURITY_CHANGE,
                "user " + username + " created with roles " + Roles.joined(Roles.of(command.roles())));
        return new IssuedSecret(id, username, password);
    }

    /**
     * Replaces an account's roles, in its open sessions too from their next request. An administrator cannot remove
     * their own ADMIN role.
     */
    @Transactional
    public void changeRoles(long id, Set<Role> roles, String actor) {
        var user = find(id);
        if (roles.isEmpty()) {
            throw new AccountChangeRefused(AccountChangeRefused.Reason.NO_ROLE);
        }
        if (user.username().equals(actor) && user.roles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            throw new AccountChangeRefused(AccountChangeRefused.Reason.OWN_ADMIN_ROLE);
        }
        var newRoles = Roles.of(roles);
        users.replaceRoles(id, newRoles);
        audit.security(actor, AuditAction.SECURITY_CHANGE, "user " + user.username() + " roles "
                + Roles.joined(user.roles()) + " -> " + Roles.joined(newRoles));
    }

    /**
     * Disables an account: it can no longer sign in and its open sessions end. Not one's own account.
     */
    @Transactional
    public void disable(long id, String actor) {
        var user = find(id);
        if (user.username().equals(actor)) {
            throw new AccountChangeRefused(AccountChangeRefused.Reason.OWN_ACCOUNT_DISABLE);
        }
        if (user.enabled()) {
            users.disable(id, clock.instant(), DISABLED_BY_ADMIN);
            audit.security(actor, AuditAction.SECURITY_CHANGE, "user " + user.username() + " disabled");
        }
    }

    /**
     * Enables an account again, lifting any sign-in lock on it; the inactivity period starts afresh.
     */
    @Transactional
    public void enable(long id, String actor) {
        var user = find(id);
        if (!user.enabled()) {
            users.enable(id, clock.instant());
            throttle.clear(user.username());
            audit.security(actor, AuditAction.SECURITY_CHANGE, "user " + user.username() + " enabled");
        }
    }

    /**
     * Gives an account a new temporary password that must be changed at next sign-in, ends its open sessions and
     * lifts any sign-in lock on it.
     *
     * @return the password, to show once
     */
    @Transactional
    public IssuedSecret resetPassword(long id, String actor) {
        var user = find(id);
        var password = temporaryPasswords.generate(user.username(), user.displayName());
        users.updatePassword(id, encoder.encode(password), true, clock.instant());
        throttle.clear(user.username());
        audit.security(actor, AuditAction.SECURITY_CHANGE, "user " + user.username() + " password reset");
        return new IssuedSecret(id, user.username(), password);
    }

    /**
     * Every account for the annual review of authorisations, by login.
     */
    @Transactional(readOnly = true)
    public List<UserView> accessReview() {
        return users.all().stream().map(this::view).toList();
    }

    /**
     * Writes the access review as CSV (UTF-8 with a byte-order mark so spreadsheets read accents) to {@code out},
     * which stays open, and records the export in the audit log.
     */
    @Transactional
    public void exportAccessReview(Writer out, String actor) throws IOException {
        var rows = accessReview();
        var csv = CsvWriter.start(out, "username", "display_name", "email", "roles", "enabled",
                "disabled_reason", "last_login", "created_at", "created_by");
        for (var user : rows) {
            csv.row(user.username(), user.displayName(), user.email(), Roles.joined(user.roles()), user.enabled(),
                    user.disabledReason(), iso(user.lastLoginAt()), iso(user.createdAt()), user.createdBy());
        }
        // Flushed, not closed: the writer belongs to the caller.
        csv.flush();
        audit.security(actor, AuditAction.EXPORT, "access review CSV, " + rows.size() + " accounts");
    }

    private static String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    private UserView view(StaffUser user) {
        return user.view(throttle.lockedUntil(user.username()).orElse(null));
    }

    private StaffUser find(long id) {
        return users.findById(id).orElseThrow(() -> UserNotFound.forId(id));
    }
}
