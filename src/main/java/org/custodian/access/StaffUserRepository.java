package org.custodian.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.custodian.shared.Page;
import org.custodian.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Staff accounts and their roles, with plain SQL that runs on H2 and PostgreSQL. */
@Repository
class StaffUserRepository {

    private static final String COLUMNS = """
            id, username, display_name, email, password_hash, enabled, must_change_password, security_stamp,
            last_login_at, password_changed_at, disabled_at, disabled_reason, created_at, created_by""";

    private final JdbcClient jdbc;

    StaffUserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM staff_user").query(Long.class).single();
    }

    Optional<StaffUser> findByUsername(String username) {
        return withRoles(jdbc.sql("SELECT " + COLUMNS + " FROM staff_user WHERE username = ?")
                .param(normalise(username)).query(StaffUserRepository::row).list()).stream().findFirst();
    }

    /** What is checked on every staff request (flags, stamp and roles), in one small query. */
    Optional<AccountState> accountState(String username) {
        record Row(boolean enabled, boolean mustChangePassword, int stamp, String role) {
        }
        var rows = jdbc.sql("""
                        SELECT u.enabled, u.must_change_password, u.security_stamp, r.role
                        FROM staff_user u LEFT JOIN staff_user_role r ON r.user_id = u.id
                        WHERE u.username = ?""")
                .param(normalise(username))
                .query((rs, n) -> new Row(rs.getBoolean(1), rs.getBoolean(2), rs.getInt(3), rs.getString(4)))
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        var first = rows.get(0);
        var roles = rows.stream().map(Row::role).filter(Objects::nonNull).map(Role::valueOf).toList();
        return Optional.of(new AccountState(first.enabled(), first.mustChangePassword(), first.stamp(),
                Roles.of(roles)));
    }

    /**
     * @param securityStamp changes when the account's sessions must end (password changed or reset, disabled)
     */
    record AccountState(boolean enabled, boolean mustChangePassword, int securityStamp, Set<Role> roles) {
    }

    /** The current stamp of an account, 0 when there is none (it is then never compared). */
    int securityStamp(String username) {
        return jdbc.sql("SELECT security_stamp FROM staff_user WHERE username = ?").param(normalise(username))
                .query(Integer.class).optional().orElse(0);
    }

    Optional<StaffUser> findById(long id) {
        return withRoles(jdbc.sql("SELECT " + COLUMNS + " FROM staff_user WHERE id = ?")
                .param(id).query(StaffUserRepository::row).list()).stream().findFirst();
    }

    Page<StaffUser> search(String query, PageRequest page) {
        var where = "";
        var params = new HashMap<String, Object>();
        if (query != null && !query.isBlank()) {
            where = " WHERE LOWER(username) LIKE :q OR LOWER(display_name) LIKE :q OR LOWER(email) LIKE :q";
            params.put("q", "%" + query.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM staff_user" + where).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        var rows = jdbc.sql("SELECT " + COLUMNS + " FROM staff_user" + where
                        + " ORDER BY username LIMIT :limit OFFSET :offset")
                .params(params).query(StaffUserRepository::row).list();
        return new Page<>(withRoles(rows), page.page(), page.size(), total);
    }

    List<StaffUser> all() {
        return withRoles(jdbc.sql("SELECT " + COLUMNS + " FROM staff_user ORDER BY username")
                .query(StaffUserRepository::row).list());
    }

    /** Enabled accounts whose last sign-in (or creation, if never used) and re-activation are before {@code cutoff}. */
    List<StaffUser> findUnusedSince(Instant cutoff) {
        return withRoles(jdbc.sql("SELECT " + COLUMNS + " FROM staff_user WHERE enabled = TRUE"
                        + " AND COALESCE(last_login_at, created_at) < :cutoff"
                        + " AND (reactivated_at IS NULL OR reactivated_at < :cutoff) ORDER BY username")
                .param("cutoff", utc(cutoff)).query(StaffUserRepository::row).list());
    }

    /** The display name of each of these (normalised) logins that is an account, in one query. */
    /** The usernames of the accounts whose display name contains {@code fragment}, case-insensitive. */
    List<String> usernamesNamed(String fragment, int limit) {
        var pattern = "%" + fragment.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        return jdbc.sql("SELECT username FROM staff_user WHERE LOWER(display_name) LIKE :pattern ESCAPE '\\' "
                        + "ORDER BY username FETCH FIRST :limit ROWS ONLY")
                .param("pattern", pattern).param("limit", limit).query(String.class).list();
    }

    Map<String, String> displayNames(Collection<String> usernames) {
        var names = new HashMap<String, String>();
        if (usernames.isEmpty()) {
            return names;
        }
        jdbc.sql("SELECT username, display_name FROM staff_user WHERE username IN (:usernames)")
                .param("usernames", List.copyOf(usernames))
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .forEach(found -> names.put(found.getKey(), found.getValue()));
        return names;
    }

    long countEnabledWithRole(Role role) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM staff_user u JOIN staff_user_role r ON r.user_id = u.id
                WHERE u.enabled = TRUE AND r.role = ?""").param(role.name()).query(Long.class).single();
    }

    long insert(String username, String displayName, String email, String passwordHash, boolean mustChangePassword,
            Set<Role> roles, Instant now, String createdBy) {
        jdbc.sql("""
                INSERT INTO staff_user (username, display_name, email, password_hash, enabled, must_change_password,
                    security_stamp, password_changed_at, created_at, created_by)
                VALUES (?, ?, ?, ?, TRUE, ?, 0, ?, ?, ?)""")
                .params(normalise(username), displayName, email, passwordHash, mustChangePassword, utc(now), utc(now),
                        createdBy)
                .update();
        long id = jdbc.sql("SELECT id FROM staff_user WHERE username = ?").param(normalise(username))
                .query(Long.class).single();
        replaceRoles(id, roles);
        return id;
    }

    void replaceRoles(long id, Set<Role> roles) {
        jdbc.sql("DELETE FROM staff_user_role WHERE user_id = ?").param(id).update();
        for (var role : roles) {
            jdbc.sql("INSERT INTO staff_user_role (user_id, role) VALUES (?, ?)").params(id, role.name()).update();
        }
    }

    void recordLogin(String username, Instant at) {
        jdbc.sql("UPDATE staff_user SET last_login_at = ? WHERE username = ?").params(utc(at), normalise(username))
                .update();
    }

    /** A new password ends the account's sessions: the stamp they carry no longer matches. */
    void updatePassword(long id, String passwordHash, boolean mustChangePassword, Instant at) {
        jdbc.sql("""
                UPDATE staff_user SET password_hash = ?, must_change_password = ?, password_changed_at = ?,
                    security_stamp = security_stamp + 1
                WHERE id = ?""").params(passwordHash, mustChangePassword, utc(at), id).update();
    }

    /** The same password hashed with current parameters: not a change, so sessions stay open. */
    void rehashPassword(String username, String passwordHash) {
        jdbc.sql("UPDATE staff_user SET password_hash = ? WHERE username = ?").params(passwordHash, normalise(username))
                .update();
    }

    /** A disabled account's sessions end, and stay ended if it is enabled again. */
    void disable(long id, Instant at, String reason) {
        jdbc.sql("""
                UPDATE staff_user SET enabled = FALSE, disabled_at = ?, disabled_reason = ?,
                    security_stamp = security_stamp + 1
                WHERE id = ?""").params(utc(at), reason, id).update();
    }

    /** Re-enabling restarts the inactivity period, otherwise the nightly sweep would disable the account again. */
    void enable(long id, Instant at) {
        jdbc.sql("""
                UPDATE staff_user SET enabled = TRUE, disabled_at = NULL, disabled_reason = NULL, reactivated_at = ?
                WHERE id = ?""").params(utc(at), id).update();
    }

    private List<StaffUser> withRoles(List<StaffUser> users) {
        if (users.isEmpty()) {
            return users;
        }
        var roles = new HashMap<Long, List<Role>>();
        jdbc.sql("SELECT user_id, role FROM staff_user_role WHERE user_id IN (:ids)")
                .param("ids", users.stream().map(StaffUser::id).toList())
                .query((rs, n) -> Map.entry(rs.getLong(1), Role.valueOf(rs.getString(2))))
                .list()
                .forEach(entry -> roles.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(entry.getValue()));
        return users.stream().map(u -> new StaffUser(u.id(), u.username(), u.displayName(), u.email(), u.passwordHash(),
                u.enabled(), u.mustChangePassword(), u.securityStamp(), u.lastLoginAt(), u.passwordChangedAt(),
                u.disabledAt(), u.disabledReason(), u.createdAt(), u.createdBy(),
                Roles.of(roles.getOrDefault(u.id(), List.of())))).toList();
    }

    private static StaffUser row(ResultSet rs, int n) throws SQLException {
        return new StaffUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("email"), rs.getString("password_hash"), rs.getBoolean("enabled"),
                rs.getBoolean("must_change_password"), rs.getInt("security_stamp"), instant(rs, "last_login_at"),
                instant(rs, "password_changed_at"), instant(rs, "disabled_at"), rs.getString("disabled_reason"),
                instant(rs, "created_at"), rs.getString("created_by"), Set.of());
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
