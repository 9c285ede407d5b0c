package org.custodian.shared;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * Which database Custodian runs on, asked once at start-up: PostgreSQL in production, H2 for a first run and the
 * default tests. The few statements that use what only PostgreSQL has (trigram indexes, a commit that does not wait
 * for the disk) ask here rather than each asking a connection again.
 */
@Component
public class DatabaseKind {

    private final boolean postgres;

    DatabaseKind(DataSource dataSource) throws SQLException {
        try (var connection = dataSource.getConnection()) {
            this.postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }
    }

    public boolean postgres() {
        return postgres;
    }
}
