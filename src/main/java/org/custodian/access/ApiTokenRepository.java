package org.custodian.access;

import static org.custodian.access.StaffUserRepository.instant;
import static org.custodian.access.StaffUserRepository.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.custodian.shared.Page;
import org.custodian.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** API tokens (hash only) and their roles. */
@Repository
class ApiTokenRepository {

    private static final String COLUMNS =
            "id, name, created_at, created_by, expires_at, revoked_at, revoked_by, last_used_at";

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean nameExists(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM api_token WHERE name = ?").param(name).query(Long.class).single() > 0;
    }

    Optional<ApiTokenView> findByHash(String hash) {
        return withRoles(jdbc.sql("SELECT " + COLUMNS + " FROM api_token WHERE token_hash = ?").param(hash)
                .query(ApiTokenRepository::row).list()).stream().findFirst();
    }

    Optional<ApiTokenView> findById(long id) {
        return withRoles(jdbc.sql("SELECT " + COLUMNS + " FROM api_token WHERE id = ?").param(id)
                .query(ApiTokenRepository::row).list()).stream().findFirst();
    }

    Page<ApiTokenView> search(String query, PageRequest page) {
        var where = "";
        var params = new HashMap<String, Object>();
        if (query != null && !query.isBlank()) {
            where = " WHERE LOWER(name) LIKE :q";
            params.put("q", "%" + query.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM api_token" + where).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        var rows = jdbc.sql("SELECT " + COLUMNS + " FROM api_token" + where
                        + " ORDER BY revoked_at DESC, name LIMIT :limit OFFSET :offset")
                .params(params).query(ApiTokenRepository::row).list();
        return new Page<>(withRoles(rows), page.page(), page.size(), total);
    }

    long insert(String name, String hash, Set<Role> roles, Instant expiresAt, Instant now, String createdBy) {
        jdbc.sql("""
                INSERT INTO api_token (name, token_hash, created_at, created_by, expires_at)
                VALUES (?, ?, ?, ?, ?)""")
                .params(name, hash, utc(now), createdBy, utc(expiresAt)).update();
        long id = jdbc.sql("SELECT id FROM api_token WHERE token_hash = ?").param(hash).query(Long.class).single();
        for (var role : roles) {
            jdbc.sql("INSERT INTO api_token_role (token_id, role) VALUES (?, ?)").params(id, role.name()).update();
        }
        return id;
    }

    void revoke(long id, Instant at, String by) {
        jdbc.sql("UPDATE api_token SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL")
                .params(utc(at), by, id).update();
    }

    void touch(long id, Instant at) {
        jdbc.sql("UPDATE api_token SET last_used_at = ? WHERE id = ?").params(utc(at), id).update();
    }

    private List<ApiTokenView> withRoles(List<ApiTokenView> tokens) {
        if (tokens.isEmpty()) {
            return tokens;
        }
        var roles = new HashMap<Long, List<Role>>();
        jdbc.sql("SELECT token_id, role FROM api_token_role WHERE token_id IN (:ids)")
                .param("ids", tokens.stream().map(ApiTokenView::id).toList())
                .query((rs, n) -> Map.entry(rs.getLong(1), Role.valueOf(rs.getString(2))))
                .list()
                .forEach(entry -> roles.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(entry.getValue()));
        return tokens.stream().map(t -> new ApiTokenView(t.id(), t.name(), Roles.of(roles.getOrDefault(t.id(),
                List.of())), t.createdAt(), t.createdBy(), t.expiresAt(), t.revokedAt(), t.revokedBy(),
                t.lastUsedAt())).toList();
    }

    private static ApiTokenView row(ResultSet rs, int n) throws SQLException {
        return new ApiTokenView(rs.getLong("id"), rs.getString("name"), Set.of(), instant(rs, "created_at"),
                rs.getString("created_by"), instant(rs, "expires_at"), instant(rs, "revoked_at"),
                rs.getString("revoked_by"), instant(rs, "last_used_at"));
    }
}
