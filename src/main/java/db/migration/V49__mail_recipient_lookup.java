package db.migration;

import java.sql.SQLException;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * DSR-3, DSR-5 (issue 10): an access package or an erasure finds the person's messages of the outbox also by address
 * ({@code LOWER(recipient) = ?}, for the messages written before the person was), which read the whole outbox without
 * an index: 580-610 ms at 500,000 messages, the access package's whole budget (docs/benchmarks.md, "Access package").
 * PostgreSQL indexes the expression; H2 has no index on an expression and holds demo-sized outboxes.
 */
public class V49__mail_recipient_lookup extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        var connection = context.getConnection();
        if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            try (var statement = connection.createStatement()) {
                statement.execute("CREATE INDEX mail_message_recipient_lower_idx ON mail_message (LOWER(recipient))");
            }
        }
    }
}
