package org.custodian.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
 * SEC-5: uploaded customer files are readable by the application only, in the configured directory, and never
 * outlive their job.
 */
@IntegrationTest
@WithMockUser(username = "sam", roles = "SALES")
class ImportFilesIntegrationTests {

    private static final String CSV = "nom;email\nMartin;martin@example.com\n";

    @Autowired
    Imports imports;

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

    private Path fileOf(UUID id) {
        return properties.directory().resolve(id + ".csv");
    }

    @Test
    @DisplayName("SEC-5 an uploaded file waits under ./data, not the system temporary directory, mode 600 in a 700 directory")
    void ownerOnly() throws Exception {
        var job = draft(CSV);

        var file = fileOf(job.id());
        assertThat(file).exists();
        assertThat(file.toAbsolutePath().normalize())
                .startsWith(Path.of("data", "imports").toAbsolutePath().normalize());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(properties.directory())))
                .isEqualTo("rwx------");
    }

    @Test
    @DisplayName("SEC-5 a file refused for its header leaves nothing on disk")
    void refusedHeaderLeavesNothing() throws Exception {
        try (var before = Files.list(properties.directory().toAbsolutePath())) {
            var count = before.count();
            assertThatThrownBy(() -> draft("nom;cvv\nMartin;123\n")).isInstanceOf(ImportRefused.class);
            assertThatThrownBy(() -> draft("c;".repeat(5000) + "\n")).isInstanceOf(ImportRefused.class);
            try (var after = Files.list(properties.directory())) {
                assertThat(after.count()).isEqualTo(count);
            }
        } catch (java.nio.file.NoSuchFileException noDirectoryYet) {
            assertThatThrownBy(() -> draft("nom;cvv\nMartin;123\n")).isInstanceOf(ImportRefused.class);
        }
    }

    @Test
    @DisplayName("SEC-5 a header of 2,000,000 bytes is refused at once with an explanation on the upload screen, not a 500")
    void endlessHeaderRefusedOnTheScreen() throws Exception {
        var file = new org.springframework.mock.web.MockMultipartFile("file", "wide.csv", "text/csv",
                "a;".repeat(1_000_000).getBytes(StandardCharsets.UTF_8));

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/persons/import")
                        .file(file).with(user("sam").roles("SALES")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("la ligne d&#39;en-tête dépasse")));
    }

    @Test
    @DisplayName("SEC-5 cancelling a draft deletes its file and closes the job")
    void cancelDeletesTheFile() throws Exception {
        var job = draft(CSV);

        mvc.perform(post("/persons/import/{id}/cancel", job.id()).with(user("sam").roles("SALES")).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(fileOf(job.id())).doesNotExist();
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

        assertThat(fileOf(job.id())).doesNotExist();
        assertThat(imports.get(job.id()).state()).isEqualTo(ImportState.FAILED);
        assertThat(imports.get(job.id()).failure()).isEqualTo("import.failure.abandoned");
        assertThat(fileOf(recent.id())).exists();
        assertThat(imports.get(recent.id()).state()).isEqualTo(ImportState.DRAFT);
    }

    @Test
    @DisplayName("SEC-5 the file of a job interrupted by a stop (kill -9) is deleted at the next start")
    void interruptedJobFileDeleted() throws Exception {
        var job = draft(CSV);
        jdbc.sql("UPDATE import_job SET state = 'RUNNING' WHERE id = ?").param(job.id()).update();

        imports.closeInterruptedJobs();

        assertThat(fileOf(job.id())).doesNotExist();
        assertThat(imports.get(job.id()).state()).isEqualTo(ImportState.FAILED);
    }

    @Test
    @DisplayName("SEC-5 a file left without a job (a stop during an upload) is deleted once old")
    void orphanFileDeleted() throws Exception {
        Files.createDirectories(properties.directory());
        var orphan = properties.directory().resolve(UUID.randomUUID() + ".csv");
        Files.writeString(orphan, CSV);
        Files.setLastModifiedTime(orphan, java.nio.file.attribute.FileTime.from(
                clock.instant().minus(properties.draftMaxAge()).minus(Duration.ofMinutes(1))));

        imports.purgeAbandoned();

        assertThat(orphan).doesNotExist();
    }
}
