package org.custodian.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.custodian.testing.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ImportScreensIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Imports imports;

    private final String tag = "SCR" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    @Test
    @DisplayName("CON-10 upload, column mapping with preview, start, then a progress page with the counts")
    void uploadMapStartAndFollow() throws Exception {
        var file = new MockMultipartFile("file", tag + ".csv", "text/csv",
                ("Nom de famille;Couleur;Réf\nMartin;bleu;" + tag + "-1\n;vert;" + tag + "-2\n")
                        .getBytes(StandardCharsets.UTF_8));
        var location = mvc.perform(multipart("/persons/import").file(file).param("source", "Salon 2025")
                        .with(user("sam").roles("SALES")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        var id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

        mvc.perform(get("/persons/import/{id}", id).with(user("sam").roles("SALES")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("bleu")))
                .andExpect(content().string(Matchers.containsString("<label for=\"field-0\">")))
                .andExpect(content().string(Matchers.containsString("au lieu d&#39;en créer une seconde")));
        mvc.perform(post("/persons/import/{id}", id).param("field", "lastName", "", "externalRef")
                        .param("type", "PROSPECT").param("audience", "CONSUMER")
                        .with(user("sam").roles("SALES")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var job = finished(id);

        assertThat(job.imported()).isEqualTo(1);
        assertThat(job.refused()).isEqualTo(1);
        assertThat(job.ignoredColumns()).containsExactly("Couleur");
        mvc.perform(get("/persons/import/{id}/progress", id).with(user("sam").roles("SALES")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("errors.csv")))
                .andExpect(content().string(Matchers.containsString("Complétées (e-mail connu)")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("hx-trigger"))));
    }

    @Test
    @DisplayName("CON-6 the upload screen refuses a file with a CVV column and says what to do")
    void uploadScreenRefusesSecurityCodes() throws Exception {
        var file = new MockMultipartFile("file", "cards.csv", "text/csv",
                "nom;cryptogramme\nMartin;123\n".getBytes(StandardCharsets.UTF_8));

        mvc.perform(multipart("/persons/import").file(file).with(user("sam").roles("SUPPORT")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("cryptogramme")))
                .andExpect(content().string(Matchers.containsString("aria-invalid=\"true\"")));
    }

    @Test
    @DisplayName("CON-10 the mapping screen refuses a mapping without the last name")
    void mappingNeedsLastName() throws Exception {
        var draft = imports.upload(new java.io.ByteArrayInputStream("a;b\nx;y\n".getBytes(StandardCharsets.UTF_8)),
                "x.csv", null, null, null, java.util.Locale.FRENCH);

        mvc.perform(post("/persons/import/{id}", draft.id()).param("field", "", "email")
                        .with(user("sam").roles("SALES")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("mapping-error")));
        assertThat(imports.get(draft.id()).state()).isEqualTo(ImportState.DRAFT);
    }

    private ImportJobView finished(UUID id) throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofSeconds(30));
        var job = imports.get(id);
        while (!job.state().finished() && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            job = imports.get(id);
        }
        return job;
    }
}
