package org.custodian.access;

import java.util.Collection;
import java.util.List;

import org.custodian.shared.StaffDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The staff accounts' answer to {@link StaffDirectory}: enabled accounts by role, in one query. */
@Component
class StaffDirectoryLookup implements StaffDirectory {

    private final JdbcClient jdbc;

    StaffDirectoryLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Member> withAnyRole(Collection<String> roles) {
        if (roles.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT u.username, u.display_name, u.email FROM staff_user u WHERE u.enabled = TRUE"
                        + " AND EXISTS (SELECT 1 FROM staff_user_role r WHERE r.user_id = u.id AND r.role IN (:roles))"
                        + " ORDER BY u.display_name, u.username")
                .param("roles", List.copyOf(roles))
                .query((rs, row) -> new Member(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }
}
