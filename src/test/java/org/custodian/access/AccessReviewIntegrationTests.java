package org.custodian.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.custodian.shared.CsvWriter;
import org.custodian.testing.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AccessReviewIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    LoginAttempts loginAttempts;

    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("SEC-2 the access review CSV lists each account with roles, state, last sign-in and creator")
    void csvListsEveryAccount() throws Exception {
        var account = accounts.withPassword(Role.SALES, Role.SUPPORT);
        loginAttempts.succeeded(account.username());

        var body = mvc.perform(get("/admin/access-review/export.csv").with(user("dpo").roles("DPO")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment; filename=\"access-review-")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        var records = CSVFormat.DEFAULT.builder().setDelimiter(CsvWriter.SEPARATOR).setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body.substring(1))).getRecords();
        var row = records.stream().filter(r -> r.get("username").equals(account.username())).findFirst().orElseThrow();
        assertThat(row.get("roles")).isEqualTo("SALES SUPPORT");
        assertThat(row.get("enabled")).isEqualTo("true");
        assertThat(row.get("last_login")).isNotBlank();
        assertThat(row.get("created_by")).isEqualTo("test");
        assertThat(row.get("email")).isEqualTo(account.username() + "@example.com");
        assertThat(records).anyMatch(r -> r.get("username").equals("admin") && r.get("roles").equals("ADMIN"));
    }

    @Test
    @DisplayName("SEC-3 the access review CSV neutralises a display name a spreadsheet would run as a formula")
    void csvNeutralisesFormulas() throws Exception {
        var account = accounts.withPassword(Role.SALES);
        jdbc.sql("UPDATE staff_user SET display_name = ? WHERE username = ?")
                .params("=HYPERLINK(\"http://evil.example\")", account.username()).update();

        var body = mvc.perform(get("/admin/access-review/export.csv").with(user("dpo").roles("DPO")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        var records = CSVFormat.DEFAULT.builder().setDelimiter(CsvWriter.SEPARATOR).setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body.substring(1))).getRecords();
        var row = records.stream().filter(r -> r.get("username").equals(account.username())).findFirst().orElseThrow();
        assertThat(row.get("display_name")).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
    }

    @Test
    @DisplayName("SEC-2 exporting the access review is recorded in the audit log")
    void exportIsAudited() throws Exception {
        var dpo = TestAccounts.uniqueName("dpo");

        mvc.perform(get("/admin/access-review/export.csv").with(user(dpo).roles("DPO"))).andExpect(status().isOk());

        assertThat(accounts.auditActions(dpo)).containsExactly("EXPORT");
    }

    @Test
    @DisplayName("SEC-2 the access review screen shows roles and creator, for the DPO too")
    void screenForTheDpo() throws Exception {
        var account = accounts.withPassword(Role.ACCOUNTING);

        mvc.perform(get("/admin/access-review").param("q", account.username()).with(user("dpo").roles("DPO")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(account.username())))
                .andExpect(content().string(Matchers.containsString("Comptabilité")));
    }

    @Test
    @DisplayName("SEC-2 sales staff cannot open the access review")
    void salesCannotOpenIt() throws Exception {
        mvc.perform(get("/admin/access-review").with(user("sales").roles("SALES"))).andExpect(status().isForbidden());
    }
}
