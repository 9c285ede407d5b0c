package org.custodian.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import java.util.stream.Collectors;

import org.custodian.audit.AuditLog;
import org.apache.commons.csv.CSVFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.custodian.shared.CsvWriter;
import org.custodian.testing.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * REG-2: the Art. 30 record, generated from the live register and the organisation settings, kept per export.
 */
@IntegrationTest
class Art30RecordIntegrationTests {

    @Autowired
    AuditLog auditLog;

    @Autowired
    MockMvc mvc;

    @Autowired
    Art30Record record;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    /** The record names its controller first: the shared database gets one if no other test set it. */
    @BeforeEach
    void controllerIsSet() {
        if (jdbc.sql("SELECT COUNT(*) FROM organisation").query(Integer.class).single() == 0) {
            jdbc.sql("""
                            INSERT INTO organisation (id, name, address, updated_at, updated_by)
                            VALUES (1, 'Maison Lumière SAS', '12 rue des Lilas, 75011 Paris', CURRENT_TIMESTAMP, 'test')""")
                    .update();
        }
    }

    @Test
    @WithMockUser(username = "nadia", roles = "DPO")
    @DisplayName("REG-2 the Art. 30 export refuses to produce a record without the controller's identity, and says "
            + "where to fill it in")
    void refusedWithoutController() throws Exception {
        var saved = jdbc.sql("SELECT * FROM organisation WHERE id = 1").query().listOfRows();
        var exports = record.exports().size();
        jdbc.sql("DELETE FROM organisation WHERE id = 1").update();
        try {
            mvc.perform(get("/api/v1/register/export").param("format", "json"))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.detail").value(Matchers.containsString("organisation settings")));
            mvc.perform(post("/register/export").param("format", "PDF").with(csrf()))
                    .andExpect(status().isSeeOther())
                    .andExpect(header().string("Location", "/register/exports"))
                    .andExpect(flash().attribute("controllerMissing", true));
            assertThat(record.exports()).hasSize(exports);
        }
        finally {
            for (var row : saved) {
                var columns = String.join(", ", row.keySet());
                var values = row.keySet().stream().map(column -> ":" + column).collect(Collectors.joining(", "));
                jdbc.sql("INSERT INTO organisation (" + columns + ") VALUES (" + values + ")").params(row).update();
            }
        }
    }

    @Test
    @WithMockUser(username = "nadia", roles = "DPO")
    @DisplayName("REG-2 the JSON export lists every preloaded activity with its bases, categories, recipients and retention")
    void jsonExportListsEverything() throws Exception {
        mvc.perform(get("/api/v1/register/export").param("format", "json"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", Matchers.startsWith("application/json")))
                .andExpect(header().string("X-Content-SHA256", Matchers.matchesPattern("[0-9a-f]{64}")))
                .andExpect(jsonPath("$.generatedBy").value("nadia"))
                .andExpect(jsonPath("$.controller").exists())
                .andExpect(jsonPath("$.activities[*].code").value(Matchers.hasItems("CONTRACT_MANAGEMENT", "LOYALTY",
                        "ACCOUNTING", "FINANCIAL_STATISTICS", "CUSTOMER_RELATIONSHIP", "CUSTOMER_STUDIES", "PROSPECTING",
                        "OPINIONS", "UNPAID_RECORDING", "UNPAID_EXCLUSION")))
                .andExpect(jsonPath("$.activities[?(@.code == 'PROSPECTING')].legalBases[0].basis").value("CONSENT"))
                .andExpect(jsonPath("$.activities[?(@.code == 'UNPAID_RECORDING')].dataCategories[2].code").value("PAYMENT_INCIDENT"))
                .andExpect(jsonPath("$.activities[?(@.code == 'ACCOUNTING')].recipients[2].kind").value("CONTROL_AUTHORITY"))
                .andExpect(jsonPath("$.activities[?(@.code == 'ACCOUNTING')].retentionRules[0].archiveDuration").value("P10Y"))
                .andExpect(jsonPath("$.activities[?(@.code == 'ACCOUNTING')].retentionRules[0].archiveTrigger")
                        .value("END_OF_FINANCIAL_YEAR"))
                .andExpect(jsonPath("$.securityMeasures.length()").value(53));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    @DisplayName("REG-2 the CSV export has one row per activity with its legal bases, categories, recipients and retention")
    void csvExportHasOneRowPerActivity() throws Exception {
        // a basis left to choose, as the preloaded register has one, whatever the tests before this one chose
        var chosen = jdbc.sql("SELECT basis FROM register_legal_basis WHERE activity_code = 'PROSPECTING' AND position = 4")
                .query(String.class).optional().orElse(null);
        jdbc.sql("UPDATE register_legal_basis SET basis = NULL WHERE activity_code = 'PROSPECTING' AND position = 4")
                .update();
        String body;
        try {
            body = mvc.perform(get("/api/v1/register/export").param("format", "csv"))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", Matchers.startsWith("text/csv")))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        } finally {
            jdbc.sql("UPDATE register_legal_basis SET basis = ? WHERE activity_code = 'PROSPECTING' AND position = 4")
                    .param(chosen).update();
        }
        var rows = CSVFormat.RFC4180.builder().setDelimiter(CsvWriter.SEPARATOR).setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body.replace("\uFEFF", ""))).getRecords();
        assertThat(rows).extracting(row -> row.get("code")).contains("CONTRACT_MANAGEMENT", "PROSPECTING",
                "UNPAID_EXCLUSION");
        var prospecting = rows.stream().filter(row -> row.get("code").equals("PROSPECTING")).findFirst().orElseThrow();
        assertThat(prospecting.get("legal_bases")).contains("CONSENT (", "L. 34-5", "TO_BE_CHOSEN (");
        assertThat(prospecting.get("data_subjects")).isEqualTo("CUSTOMERS; PROSPECTS");
        assertThat(prospecting.get("data_categories")).isEqualTo("IDENTITY; PERSONAL_SITUATION; PROFESSIONAL_LIFE; RELATIONSHIP_FOLLOW_UP");
        assertThat(prospecting.get("recipients")).contains("PARTNER: ");
        assertThat(prospecting.get("retention_rules")).contains("Clients: P3Y END_OF_RELATIONSHIP DELETE");
        var unpaid = rows.stream().filter(row -> row.get("code").equals("UNPAID_EXCLUSION")).findFirst().orElseThrow();
        assertThat(unpaid.get("retention_rules")).contains("PT48H REGULARISATION DELETE", "P5Y INCIDENT DELETE");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    @DisplayName("SEC-3 the register CSV neutralises a text a spreadsheet would run as a formula")
    void csvExportNeutralisesFormulas() throws Exception {
        var address = jdbc.sql("SELECT address FROM organisation WHERE id = 1").query(String.class).optional();
        var formula = "=cmd|' /C calc'!A0";
        if (address.isPresent()) {
            jdbc.sql("UPDATE organisation SET address = ? WHERE id = 1").param(formula).update();
        } else {
            jdbc.sql("INSERT INTO organisation (id, name, address, updated_at, updated_by) VALUES (1, 'Test', ?, ?, 'test')")
                    .params(formula, Timestamp.from(clock.instant())).update();
        }
        try {
            var body = mvc.perform(get("/api/v1/register/export").param("format", "csv"))
                    .andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            var rows = CSVFormat.RFC4180.builder().setDelimiter(CsvWriter.SEPARATOR).setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(body.replace("\uFEFF", ""))).getRecords();
            assertThat(rows).isNotEmpty()
                    .allSatisfy(row -> assertThat(row.get("controller_address")).isEqualTo("'" + formula));
        } finally {
            if (address.isPresent()) {
                jdbc.sql("UPDATE organisation SET address = ? WHERE id = 1").param(address.get()).update();
            } else {
                jdbc.sql("DELETE FROM organisation WHERE id = 1").update();
            }
        }
    }

    @Test
    @WithMockUser(username = "nadia", roles = "DPO")
    @DisplayName("REG-2 each export is kept with who, when, format and hash, exactly as handed out, and audited")
    void exportIsKeptAndAudited() throws Exception {
        var export = record.export(ExportFormat.CSV);
        var kept = record.export(export.id());
        assertThat(kept.content()).isEqualTo(export.content());
        assertThat(kept.exportedBy()).isEqualTo("nadia");
        assertThat(kept.format()).isEqualTo(ExportFormat.CSV);
        assertThat(kept.contentHash()).hasSize(64).isEqualTo(export.contentHash());
        assertThat(record.exports()).extracting(RecordExport::id).contains(export.id());
        auditLog.flush();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'EXPORT' AND resource_type = 'register' AND resource_id = ? AND purpose = 'Art. 30 record'")
                .param(String.valueOf(export.id())).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/register/exports/{id}", export.id()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.containsString("art30-record-" + export.id() + ".csv")))
                .andExpect(content().bytes(export.content()));
    }

    @Test
    @WithMockUser(roles = "DPO")
    @DisplayName("REG-2 the export follows the live register: a processor added now is in the next export")
    void exportFollowsTheLiveRegister(@Autowired Recipients recipients) throws Exception {
        var name = "Hébergeur " + UUID.randomUUID();
        recipients.saveProcessor(null, new RecipientEntries.Processor(name, "Hébergement", null,
                java.util.EnumSet.allOf(Art28Clause.class), null, "Restitution puis destruction sous 30 jours"));
        var content = new String(record.export(ExportFormat.JSON).content(), StandardCharsets.UTF_8);
        assertThat(content).contains(name);
    }

    @Test
    @WithMockUser(roles = "DPO")
    @DisplayName("REG-2 the export buttons download the record and the history lists the kept versions")
    void screenExports() throws Exception {
        var disposition = mvc.perform(post("/register/export").with(csrf()).param("format", "JSON"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getHeader("Content-Disposition");
        assertThat(disposition).startsWith("attachment").contains(".json");
        var id = disposition.replaceAll(".*art30-record-(\\d+)\\.json.*", "$1");
        mvc.perform(get("/register/exports"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("href=\"/register/exports/" + id + "\"")));
    }

    @Test
    @WithMockUser(roles = "DPO")
    @DisplayName("REG-2 the PDF export is a readable document listing every activity with its bases and retention")
    void pdfExportListsActivities() throws Exception {
        var body = mvc.perform(get("/api/v1/register/export").param("format", "pdf"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", Matchers.startsWith("application/pdf")))
                .andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(body)) {
            var text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Registre des activités de traitement", "Prospection commerciale", "Exclusion pour impayé",
                    "Consentement", "art. L. 34-5 du CPCE", "3 ans à compter de : la collecte ou le dernier contact émanant de la personne",
                    "48 heures à compter de : la régularisation", "Mesures de sécurité");
        }
    }

    @Test
    @WithMockUser(roles = "DPO")
    @DisplayName("REG-2 an unknown export format is refused")
    void unknownFormatIsRefused() throws Exception {
        mvc.perform(get("/api/v1/register/export").param("format", "docx")).andExpect(status().isBadRequest());
    }

    @Test
    @WithMockUser(roles = "MARKETING")
    @DisplayName("SEC-2 only the DPO and the administrator export the record")
    void marketingIsDenied() throws Exception {
        mvc.perform(get("/api/v1/register/export")).andExpect(status().isForbidden());
    }
}
