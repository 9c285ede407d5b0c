package org.custodian.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import org.custodian.testing.IntegrationTest;
import org.custodian.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * SEC-5, issue 8 §3: uploaded customer files wait in the database, where every node can read them, and never
 * outlive their job.
 */
@IntegrationTest
@WithMockUser(username = "sam", roles = "SALES")
class ImportFilesIntegrationTests {

    private static final String CSV = "nom;email\nMartin;martin@example.com\n";

    @Autowired
    Imports imports;

    @Autowired
    ImportFiles files;

    @Autowired
    ImportProperties properties;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    private ImportJobView draft(String csv) {
        return imports.upload(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "clients.csv", null,
                null, null, Locale.FRENCH);
    }

    private long chunks(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM import_file_chunk WHERE job_id = ?").param(id).query(Long.class).single();
    }

    private long allChunks() {
        return jdbc.sql("SELECT COUNT(*) FROM import_file_chunk").query(Long.class).single();
    }

    @Test
    @DisplayName("Issue 8 §3 an uploaded file waits in the database, read back whole by whichever node runs the job")
    void fileWaitsInTheDatabase() throws Exception {
        var job = draft(CSV);

        assertThat(chunks(job.id())).isOne();
        try (var in = files.open(job.id())) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(CSV);
        }
        assertThat(imports.preview(job.id())).containsExactly(java.util.List.of("Martin", "martin@example.com"));
    }

    @Test
    @DisplayName("Issue 8 §3 a file larger than a slice is cut into slices and read back byte for byte")
    void largeFileRoundTrip() throws Exception {
        var row = "Durand;durand@example.com;Rue des Lilas, 75011 Paris\n";
        var csv = new StringBuilder("nom;email;adresse\n");
        while (csv.length() < ImportFiles.CHUNK_BYTES * 2 + 1000) {
            csv.append(row);
        }
        var job = draft(csv.toString());

        assertThat(chunks(job.id())).isEqualTo(3);
        try (var in = files.open(job.id())) {
            assertThat(in.readAllBytes()).isEqualTo(csv.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    @DisplayName("SEC-5 a file refused for its header leaves nothing in the database")
    void refusedHeaderLeavesNothing() {
        var before = allChunks();

        assertThatThrownBy(() -> draft("nom;cvv\nMartin;123\n")).isInstanceOf(ImportRefused.class);
        assertThatThrownBy(() -> draft("c;".repeat(5000) + "\n")).isInstanceOf(ImportRefused.class);

        assertThat(allChunks()).isEqualTo(before);
    }

    @Test
    @DisplayName("SEC-5 cancelling a draft deletes its file and closes the job")
    void cancelDeletesTheFile() throws Exception {
        var job = draft(CSV);

        mvc.perform(post("/persons/import/{id}/cancel", job.id()).with(user("sam").roles("SALES")).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(chunks(job.id())).isZero();
        assertThat(imports.get(job.id()).state()).isEqualTo(ImportState.FAILED);
        assertThat(imports.get(job.id()).failure()).isEqualTo("import.failure.cancelled");
    }

    @Test
    @DisplayName("SEC-5 a draft never started is deleted once older than the configured age")
    void abandonedDraftPurged() {
        var job = draft(CSV);
        var recent = draft(CSV);
        jdbc.sql("UPDATE import_job SET created_at = created_at - INTERVAL '2' DAY WHERE id = ?").param(job.id()).update();

        imports.purgeAbandoned();

        assertThat(chunks(job.id())).isZero();
        assertThat(imports.get(job.id()).state()).isEqualTo(ImportState.FAILED);
        assertThat(imports.get(job.id()).failure()).isEqualTo("import.failure.abandoned");
        assertThat(chunks(recent.id())).isOne();
        assertThat(imports.get(recent.id()).state()).isEqualTo(ImportState.DRAFT);
    }

    @Test
    @DisplayName("SEC-5 a file left without a job (a stop during an upload) is deleted once old, not before")
    void orphanFileDeleted() throws Exception {
        var orphan = UUID.randomUUID();
        var young = UUID.randomUUID();
        files.store(orphan, new ByteArrayInputStream(CSV.getBytes(StandardCharsets.UTF_8)));
        files.store(young, new ByteArrayInputStream(CSV.getBytes(StandardCharsets.UTF_8)));
        jdbc.sql("UPDATE import_file_chunk SET stored_at = ? WHERE job_id = ?")
                .params(Timestamp.from(clock.instant().minus(properties.draftMaxAge()).minus(Duration.ofMinutes(1))),
                        orphan)
                .update();

        imports.purgeAbandoned();

        assertThat(chunks(orphan)).isZero();
        assertThat(chunks(young)).isOne();
    }
}
