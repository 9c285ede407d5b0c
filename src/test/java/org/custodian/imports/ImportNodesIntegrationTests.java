package org.custodian.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.custodian.shared.ThisNode;
import org.custodian.testing.IntegrationTest;
import org.custodian.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Issue 8 §3: imports on several nodes sharing one database. A job belongs to the node that queued it and carries
 * that node's heartbeat; a starting node fails only its own interrupted jobs and the stale jobs of dead nodes, and
 * the scheduled check fails stale jobs only. Two owners are simulated: this node, and "node-b".
 */
@IntegrationTest
@WithMockUser(username = "sam", roles = "SALES")
class ImportNodesIntegrationTests {

    private static final String OTHER_NODE = "node-b";
    private static final String CSV = "nom;email\nMartin;martin@example.com\n";

    @Autowired
    Imports imports;

    @Autowired
    ImportRunner runner;

    @Autowired
    ImportProperties properties;

    @Autowired
    ThisNode node;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    /** A job in this state, owned by this node, with this heartbeat. */
    private UUID job(String state, String owner, Instant heartbeat) {
        var id = imports.upload(new ByteArrayInputStream(CSV.getBytes(StandardCharsets.UTF_8)), "clients.csv", null,
                null, null, Locale.FRENCH).id();
        jdbc.sql("UPDATE import_job SET state = ?, owner_node = ?, heartbeat_at = ? WHERE id = ?")
                .params(state, owner, heartbeat == null ? null : Timestamp.from(heartbeat), id).update();
        return id;
    }

    private ImportState state(UUID id) {
        return imports.get(id).state();
    }

    private Instant fresh() {
        return clock.instant().minusSeconds(2);
    }

    private Instant stale() {
        return clock.instant().minus(properties.staleAfter()).minusSeconds(1);
    }

    @Test
    @DisplayName("Issue 8 §3 a starting node leaves another node's running import alone while its heartbeat is fresh")
    void startLeavesAnotherNodesLiveJob() {
        var theirs = job("RUNNING", OTHER_NODE, fresh());
        var queuedThere = job("QUEUED", OTHER_NODE, fresh());

        imports.closeInterruptedJobs();

        assertThat(state(theirs)).isEqualTo(ImportState.RUNNING);
        assertThat(state(queuedThere)).isEqualTo(ImportState.QUEUED);
    }

    @Test
    @DisplayName("Issue 8 §3 a starting node fails its own interrupted jobs, however fresh their heartbeat")
    void startFailsItsOwnJobs() {
        var mine = job("RUNNING", node.id(), fresh());

        imports.closeInterruptedJobs();

        assertThat(state(mine)).isEqualTo(ImportState.FAILED);
        assertThat(imports.get(mine).failure()).isEqualTo("import.failure.interrupted");
    }

    @Test
    @DisplayName("Issue 8 §3 a starting node fails a dead node's job, whose heartbeat is stale, and deletes its file")
    void startFailsAStaleJob() {
        var dead = job("RUNNING", OTHER_NODE, stale());
        var unnamed = job("QUEUED", null, null);

        imports.closeInterruptedJobs();

        assertThat(state(dead)).isEqualTo(ImportState.FAILED);
        assertThat(state(unnamed)).isEqualTo(ImportState.FAILED);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM import_file_chunk WHERE job_id = ?").param(dead).query(Long.class)
                .single()).isZero();
    }

    @Test
    @DisplayName("Issue 8 §3 the scheduled check fails stale jobs of any node and only those")
    void checkFailsOnlyStaleJobs() {
        var dead = job("RUNNING", OTHER_NODE, stale());
        var live = job("RUNNING", OTHER_NODE, fresh());
        var mine = job("QUEUED", node.id(), fresh());

        imports.failStaleJobs();

        assertThat(state(dead)).isEqualTo(ImportState.FAILED);
        assertThat(state(live)).isEqualTo(ImportState.RUNNING);
        assertThat(state(mine)).isEqualTo(ImportState.QUEUED);
    }

    @Test
    @DisplayName("Issue 8 §3 a node's heartbeat renews its own queued and running jobs, not another node's")
    void heartbeatRenewsOwnJobsOnly() {
        var mine = job("RUNNING", node.id(), stale());
        var theirs = job("RUNNING", OTHER_NODE, stale());

        imports.beat();
        imports.failStaleJobs();

        assertThat(state(mine)).isEqualTo(ImportState.RUNNING);
        assertThat(state(theirs)).isEqualTo(ImportState.FAILED);
    }

    @Test
    @DisplayName("Issue 8 §3 a job failed as stale before its turn came is not run by the node that queued it")
    void jobFailedMeanwhileIsNotRun() {
        // Owned by the other node, so that this node's own heartbeat cannot renew it during the test.
        var id = job("QUEUED", OTHER_NODE, stale());
        imports.failStaleJobs();

        runner.run(id, "sam");

        var job = imports.get(id);
        assertThat(job.state()).isEqualTo(ImportState.FAILED);
        assertThat(job.rowsRead()).isZero();
    }
}
