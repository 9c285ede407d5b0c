package org.custodian.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.custodian.audit.ChainVerification.Problem;
import org.custodian.shared.PageRequest;
import org.custodian.testing.IntegrationTest;
import org.custodian.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import tools.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The attacks the chain exists for (SEC-3), made with plain SQL as someone with write access to the database
 * would; each case puts the database back as it found it, so that the other tests go on with a valid chain.
 */
@IntegrationTest
class AuditTamperingIntegrationTests {

    @Autowired
    AuditLog auditLog;

    @Autowired
    AuditChainStore store;

    @Autowired
    AuditCheckpoints checkpoints;

    @Autowired
    ChainMac macs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    MutableClock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    AuditProperties properties;

    @Autowired
    AuditWriter writer;

    @Autowired
    ObjectMapper json;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    @DisplayName("SEC-3 an old head row put back after deleting the newer entries is reported as a rollback")
    void oldHeadRestoredAfterDeletingNewerEntries() {
        record("before");
        var oldHead = store.head();
        record("after");
        var newHead = store.head();
        var newer = entriesAfter(oldHead.lastSequence());
        try {
            jdbc.sql("DELETE FROM audit_entry WHERE sequence_no > ?").param(oldHead.lastSequence()).update();
            putHead(oldHead);

            var verification = auditLog.verify();

            assertThat(verification.valid()).isFalse();
            assertThat(verification.problem()).isEqualTo(Problem.ROLLED_BACK);
            assertThat(verification.firstBrokenEntry()).isEqualTo(oldHead.lastSequence() + 1);
        }
        finally {
            newer.forEach(this::reinsert);
            putHead(newHead);
        }
        assertThat(auditLog.verify().valid()).isTrue();
    }

    @Test
    @DisplayName("SEC-3 after a restart only the DPO's checkpoint reveals a rollback, and it does")
    void checkpointRevealsARollbackAfterARestart() {
        record("before");
        var oldHead = store.head();
        record("after");
        var checkpoint = checkpoints.write(false).orElseThrow();
        var newHead = store.head();
        var newer = entriesAfter(oldHead.lastSequence());
        // A node that has just started remembers no seal: it stands for the restart the attacker would wait for.
        var restarted = new ChainVerifier(new AuditChainStore(jdbc, jdbcTemplate, transactionManager, macs, clock), macs);
        try {
            jdbc.sql("DELETE FROM audit_entry WHERE sequence_no > ?").param(oldHead.lastSequence()).update();
            putHead(oldHead);

            assertThat(restarted.verify().valid()).isTrue();
            var verification = restarted.verify(checkpoint);

            assertThat(verification.valid()).isFalse();
            assertThat(verification.problem()).isEqualTo(Problem.ROLLED_BACK);
        }
        finally {
            newer.forEach(this::reinsert);
            putHead(newHead);
        }
        assertThat(auditLog.verify(checkpoint).valid()).isTrue();
    }

    @Test
    @DisplayName("SEC-3 after a restart the newest checkpoint kept stops the next checkpoint over a rolled-back log")
    void newestCheckpointKeptRevealsARollbackAfterARestart() {
        record("before");
        var oldHead = store.head();
        record("after");
        checkpoints.write(false).orElseThrow();
        var newHead = store.head();
        var newer = entriesAfter(oldHead.lastSequence());
        var restartedStore = new AuditChainStore(jdbc, jdbcTemplate, transactionManager, macs, clock);
        var restarted = new AuditCheckpoints(writer, restartedStore, new ChainVerifier(restartedStore, macs), macs, json,
                events, clock, properties);
        try {
            jdbc.sql("DELETE FROM audit_entry WHERE sequence_no > ?").param(oldHead.lastSequence()).update();
            putHead(oldHead);

            assertThat(restarted.write(false)).isEmpty();
            assertThat(auditLog.tampering()).map(ChainVerification::problem).contains(Problem.ROLLED_BACK);
        }
        finally {
            newer.forEach(this::reinsert);
            putHead(newHead);
        }
        assertThat(auditLog.tampering()).isEmpty();
    }

    @Test
    @DisplayName("SEC-3 a head reset to its migration values is not re-sealed at start-up but reported")
    void resetHeadIsReportedNotResealed() throws Exception {
        record("reset");
        var head = store.head();
        try {
            jdbc.sql("UPDATE audit_chain_head SET last_sequence = 0, last_mac = ?, anchor_sequence = 0, anchor_mac = ?, "
                    + "seal_count = 0, sealed_at = NULL, seal = NULL WHERE id = 1")
                    .params(ChainMac.GENESIS, ChainMac.GENESIS).update();

            var atStart = store.open();

            assertThat(atStart).map(ChainTampered::problem).contains(Problem.HEAD_UNSEALED);
            assertThat(jdbc.sql("SELECT seal FROM audit_chain_head WHERE id = 1").query(String.class).optional())
                    .isEmpty();
            assertThat(auditLog.verify().problem()).isEqualTo(Problem.HEAD_UNSEALED);
            var page = mvc.perform(get("/audit").with(user("dpo").roles("DPO")))
                    .andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).contains("id=\"audit-tampering\"");
        }
        finally {
            putHead(head);
        }
        assertThat(auditLog.verify().valid()).isTrue();
    }

    @Test
    @DisplayName("SEC-3 a row forged after the head is reported, and the writer neither hangs nor blocks")
    void rowBeyondTheHead() {
        record("beyond");
        var head = store.head();
        var forged = head.lastSequence() + 1;
        try {
            jdbc.sql("""
                            INSERT INTO audit_entry (sequence_no, occurred_at, actor, action, resource_type, resource_id,
                                                     purpose, detail, previous_mac, mac)
                            VALUES (?, ?, 'mallory', 'READ', 'person', 'forged', NULL, NULL, ?, ?)""")
                    .params(forged, AuditChainStore.utc(clock.instant()), head.lastMac(), "f".repeat(64))
                    .update();

            var verification = auditLog.verify();

            assertThat(verification.valid()).isFalse();
            assertThat(verification.problem()).isEqualTo(Problem.ENTRY_OUTSIDE_CHAIN);
            assertThat(verification.firstBrokenEntry()).isEqualTo(forged);
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                for (var i = 0; i < 50; i++) {
                    auditLog.personalData(AuditAction.READ, "audit-test", "while-forged", null);
                }
                auditLog.flush();
            });
            assertThat(store.head()).isEqualTo(head);
        }
        finally {
            jdbc.sql("DELETE FROM audit_entry WHERE sequence_no = ?").param(forged).update();
        }
        assertThat(auditLog.verify().valid()).isTrue();
    }

    @Test
    @DisplayName("SEC-3 a deleted head row is reported as tampering, not answered with an error")
    void headRowDeleted() throws Exception {
        record("deleted head");
        var head = store.head();
        try {
            jdbc.sql("DELETE FROM audit_chain_head").update();

            assertThat(auditLog.verify().problem()).isEqualTo(Problem.HEAD_MISSING);
            mvc.perform(post("/api/v1/audit/verify").with(csrf()).with(user("dpo").roles("DPO")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.valid").value(false))
                    .andExpect(jsonPath("$.problem").value("HEAD_MISSING"));
        }
        finally {
            putHead(head);
        }
        assertThat(auditLog.verify().valid()).isTrue();
    }

    @Test
    @DisplayName("SEC-3 POST /api/v1/audit/verify with a checkpoint file reports a rollback below it")
    void apiVerifiesAgainstACheckpoint() throws Exception {
        record("api");
        var oldHead = store.head();
        record("api later");
        var checkpoint = checkpoints.write(false).orElseThrow();
        var newHead = store.head();
        var file = Files.readString(fileOf(checkpoint));
        var newer = entriesAfter(oldHead.lastSequence());
        try {
            jdbc.sql("DELETE FROM audit_entry WHERE sequence_no > ?").param(oldHead.lastSequence()).update();
            putHead(oldHead);

            mvc.perform(post("/api/v1/audit/verify").with(csrf()).with(user("dpo").roles("DPO"))
                            .contentType(MediaType.APPLICATION_JSON).content(file))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.valid").value(false))
                    .andExpect(jsonPath("$.problem").value("ROLLED_BACK"));
        }
        finally {
            newer.forEach(this::reinsert);
            putHead(newHead);
        }
        mvc.perform(post("/api/v1/audit/verify").with(csrf()).with(user("dpo").roles("DPO"))
                        .contentType(MediaType.APPLICATION_JSON).content(file))
                .andExpect(jsonPath("$.valid").value(true));
    }

    @Test
    @DisplayName("SEC-3 a checkpoint whose fields were edited is refused as not authentic")
    void editedCheckpointIsRefused() {
        var checkpoint = checkpoints.write(false).orElseThrow();
        var edited = new AuditCheckpoint(checkpoint.sequence() - 1, checkpoint.sealCount(), checkpoint.sealedAt(),
                checkpoint.headMac(), checkpoint.signature());

        var verification = auditLog.verify(edited);

        assertThat(verification.valid()).isFalse();
        assertThat(verification.problem()).isEqualTo(Problem.CHECKPOINT_NOT_AUTHENTIC);
    }

    @Test
    @DisplayName("SEC-3 a checkpoint is written to an owner-only file in the checkpoint directory")
    void checkpointFileIsOwnerOnly() throws Exception {
        var checkpoint = checkpoints.write(false).orElseThrow();
        var file = fileOf(checkpoint);

        assertThat(file.getFileName().toString()).startsWith("audit-checkpoint-" + checkpoint.sequence() + "-");
        assertThat(checkpoints.read(file)).isEqualTo(checkpoint);
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Files.getPosixFilePermissions(file.getParent())).containsExactlyInAnyOrder(
                PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);
    }

    @Test
    @DisplayName("SEC-3 no checkpoint is signed over a broken chain")
    void noCheckpointOfABrokenChain() {
        var head = store.head();
        try {
            jdbc.sql("DELETE FROM audit_chain_head").update();

            assertThat(checkpoints.write(false)).isEmpty();
        }
        finally {
            putHead(head);
        }
    }

    @Test
    @DisplayName("SEC-3 the DPO uploads a checkpoint file on the audit screen and is told the log was not rolled back")
    void screenVerifiesAgainstAnUploadedCheckpoint() throws Exception {
        var checkpoint = checkpoints.write(false).orElseThrow();
        var file = new MockMultipartFile("checkpoint", "checkpoint.json", "application/json",
                Files.readAllBytes(fileOf(checkpoint)));

        var page = mvc.perform(multipart("/audit/verify").file(file).with(csrf()).with(user("dpo").roles("DPO")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("Chaîne intacte").contains("ni tronqué ni réécrit depuis le point de contrôle de l");
    }

    @Test
    @DisplayName("SEC-3 a file that is not a checkpoint is refused on the audit screen with what to do")
    void screenRefusesAFileThatIsNotACheckpoint() throws Exception {
        var file = new MockMultipartFile("checkpoint", "notes.json", "application/json", "{\"hello\": 1}".getBytes());

        var page = mvc.perform(multipart("/audit/verify").file(file).with(csrf()).with(user("dpo").roles("DPO")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        // the entries listed below the result may read "Chaîne intacte" (earlier checks): the result itself must not
        assertThat(page).contains("pas un point de contrôle de Custodian").doesNotContain("ni tronqué ni réécrit");
    }

    @Test
    @DisplayName("SEC-3 the command-line check prints the result and ends with status 3 on a checkpoint it cannot trust")
    void commandLineVerification() throws Exception {
        var checkpoint = checkpoints.write(false).orElseThrow();
        var edited = Files.createTempFile("edited-checkpoint", ".json");
        Files.writeString(edited, Files.readString(fileOf(checkpoint))
                .replace("\"sealCount\" : " + checkpoint.sealCount(), "\"sealCount\" : " + (checkpoint.sealCount() + 1)));
        var out = new ByteArrayOutputStream();

        var intact = new CheckpointCommand(auditLog, checkpoints, context, fileOf(checkpoint))
                .verify(new PrintStream(out, true, StandardCharsets.UTF_8));
        var forged = new CheckpointCommand(auditLog, checkpoints, context, edited)
                .verify(new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(intact).isZero();
        assertThat(forged).isEqualTo(CheckpointCommand.TAMPERED);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("AUDIT LOG INTACT")
                .contains("AUDIT LOG TAMPERED: Chain broken (CHECKPOINT_NOT_AUTHENTIC)");
        Files.delete(edited);
    }

    @Test
    @DisplayName("SEC-3 a head sealed before it carried a counter is upgraded at start-up, not reported")
    void legacyHeadIsUpgraded() {
        record("legacy");
        var head = store.head();
        var restarted = new AuditChainStore(jdbc, jdbcTemplate, transactionManager, macs, clock);
        try {
            jdbc.sql("UPDATE audit_chain_head SET seal_count = 0, sealed_at = NULL, seal = ? WHERE id = 1")
                    .param(macs.legacySeal(head.lastSequence(), head.lastMac(), head.anchorSequence(), head.anchorMac()))
                    .update();

            assertThat(restarted.open()).isEmpty();
            var upgraded = restarted.head();
            assertThat(upgraded.sealedBy(macs)).isTrue();
            assertThat(upgraded.lastSequence()).isEqualTo(head.lastSequence());
            assertThat(new ChainVerifier(restarted, macs).verify().valid()).isTrue();
        }
        finally {
            putHead(head);
        }
    }

    @Test
    @DisplayName("SEC-3 a verification running while other threads append reports no row outside the chain")
    void verificationDuringConcurrentAppends() throws Exception {
        var pool = Executors.newFixedThreadPool(3);
        try {
            var appends = new ArrayList<Future<?>>();
            for (var thread = 0; thread < 2; thread++) {
                var node = "node-" + thread;
                appends.add(pool.submit(() -> {
                    for (var i = 0; i < 100; i++) {
                        store.append(List.of(PendingEntry.of(clock.instant(), node, AuditAction.READ, "audit-test",
                                "concurrent-verify", null, null)));
                    }
                }));
            }
            var verifications = pool.submit(() -> {
                var results = new ArrayList<ChainVerification>();
                for (var i = 0; i < 5; i++) {
                    results.add(auditLog.verify());
                }
                return results;
            });
            for (var append : appends) {
                append.get();
            }

            assertThat(verifications.get()).allSatisfy(result -> assertThat(result.valid()).isTrue());
        }
        finally {
            pool.shutdown();
        }
    }

    private void record(String purpose) {
        var resource = "tamper-" + UUID.randomUUID();
        for (var i = 0; i < 3; i++) {
            auditLog.personalData(AuditAction.READ, "audit-test", resource, purpose);
        }
        auditLog.flush();
        assertThat(auditLog.search(AuditQuery.forRecord("audit-test", resource), new PageRequest(0, 3)).total())
                .isEqualTo(3);
    }

    /** The file holding this checkpoint. */
    private Path fileOf(AuditCheckpoint checkpoint) throws IOException {
        try (var files = Files.list(properties.checkpointDirectory())) {
            return files.filter(file -> file.getFileName().toString()
                            .startsWith("audit-checkpoint-" + checkpoint.sequence() + "-"))
                    .filter(file -> file.toString().endsWith(".json"))
                    .filter(file -> checkpoints.read(file).equals(checkpoint))
                    .findFirst()
                    .orElseThrow();
        }
    }

    private List<StoredEntry> entriesAfter(long sequence) {
        return jdbc.sql("SELECT sequence_no, occurred_at, actor, action, resource_type, resource_id, purpose, detail, "
                        + "previous_mac, mac FROM audit_entry WHERE sequence_no > ? ORDER BY sequence_no")
                .param(sequence)
                .query(AuditChainStore::entry)
                .list();
    }

    /** Writes the head row exactly as given, creating it if it was deleted. */
    private void putHead(ChainHead head) {
        jdbc.sql("DELETE FROM audit_chain_head").update();
        jdbc.sql("""
                        INSERT INTO audit_chain_head (id, last_sequence, last_mac, anchor_sequence, anchor_mac, seal_count,
                                                      sealed_at, seal)
                        VALUES (1, ?, ?, ?, ?, ?, ?, ?)""")
                .params(head.lastSequence(), head.lastMac(), head.anchorSequence(), head.anchorMac(), head.sealCount(),
                        AuditChainStore.utc(head.sealedAt()), head.seal())
                .update();
    }

    private void reinsert(StoredEntry row) {
        jdbc.sql("""
                        INSERT INTO audit_entry (sequence_no, occurred_at, actor, action, resource_type, resource_id,
                                                 purpose, detail, previous_mac, mac)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(row.sequence(), AuditChainStore.utc(row.occurredAt()), row.actor(), row.action(),
                        row.resourceType(), row.resourceId(), row.purpose(), row.detail(), row.previousMac(), row.mac())
                .update();
    }
}
