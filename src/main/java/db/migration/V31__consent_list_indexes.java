package db.migration;

import java.sql.Connection;
import java.sql.SQLException;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * CON-1 (issue 8): the persons list filtered by consent state on a channel, at a million persons (docs/benchmarks.md).
 * The filter asks, for the persons it walks, whether their latest record of a purpose x channel is a consent or a
 * withdrawal: {@code consent_record_current_idx} answers both from the index alone (0.4-0.5 s a page without it). A
 * state that few persons are in ("SMS withdrawn") is better found from the ledger's side than by walking every person:
 * {@code consent_record_state_idx} finds them, and on PostgreSQL statistics on channel and event together let the
 * planner know how rare the pair is (apart, each column looks common: 3 s a page without them).
 */
public class V31__consent_list_indexes extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        var connection = context.getConnection();
        execute(connection, "CREATE INDEX consent_record_current_idx ON consent_record (person_id, channel, purpose, seq,"
                + " event, proof)");
        execute(connection, "CREATE INDEX consent_record_state_idx ON consent_record (channel, event, person_id)");
        if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            execute(connection, "CREATE STATISTICS consent_record_channel_event (mcv) ON channel, event FROM consent_record");
            execute(connection, "ANALYZE consent_record");
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
