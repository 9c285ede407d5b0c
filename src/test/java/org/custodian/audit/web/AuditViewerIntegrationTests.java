package org.custodian.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Pattern;

import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.custodian.audit.AuditQuery;
import org.custodian.shared.PageRequest;
import org.custodian.testing.IntegrationTest;
import org.custodian.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AuditViewerIntegrationTests {

    private static final Pattern ROW = Pattern.compile("class=\"audit-row\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditLog auditLog;

    @Autowired
    MutableClock clock;

    @Test
    @WithMockUser(roles = "DPO")
    @DisplayName("SEC-3 the DPO filters the log by record and sees only that record's entries")
    void filtersByRecord() throws Exception {
        var person = "person-" + UUID.randomUUID();
        var other = "person-" + UUID.randomUUID();
        auditLog.personalData(AuditAction.READ, "person", person, "customer service call");
        auditLog.personalData(AuditAction.READ, "person", other, null);

        var html = page(get("/audit").param("resourceId", person));

        assertThat(html).contains(person).contains("customer service call").doesNotContain(other);
        assertThat(rows(html)).isEqualTo(1);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    @DisplayName("SEC-3 the log is filtered by user and by action")
    void filtersByUserAndAction() throws Exception {
        var actor = "clerk-" + UUID.randomUUID();
        auditLog.security(actor, AuditAction.LOGIN_FAILURE, "bad password");
        auditLog.security(actor, AuditAction.LOGIN_SUCCESS, null);

        var html = page(get("/audit").param("actor", actor.toUpperCase()).param("action", "LOGIN_FAILURE"));

        assertThat(rows(html)).isEqualTo(1);
        assertThat(html).contains("bad password");
    }

    @Test
    @WithMockUser(roles = "DPO")
    @DisplayName("SEC-3 the log is filtered by period")
    void filtersByPeriod() throws Exception {
        var start = clock.instant();
        var person = "period-" + UUID.randomUUID();
        var day = LocalDate.ofInstant(start, ZoneId.of("Europe/Paris")).minusDays(40);
        try {
            clock.set(day.atTime(12, 0).atZone(ZoneId.of("Europe/Paris")).toInstant());
            auditLog.personalData(AuditAction.READ, "person", person, null);
        }
        finally {
            clock.set(start);
        }
        auditLog.personalData(AuditAction.UPDATE, "person", person, null);

        var thatDay = page(get("/audit").param("resourceId", person).param("from", day.toString())
                .param("to", day.toString()));
        var before = page(get("/audit").param("resourceId", person).param("to", day.minusDays(1).toString()));
        var after = page(get("/audit").param("resourceId", person).param("from", day.plusDays(1).toString()));

        assertThat(rows(thatDay)).isEqualTo(1);
        assertThat(rows(before)).isZero();
        assertThat(rows(after)).isEqualTo(1);
    }

    @Test
    @WithMockUser(roles = "DPO")
    @DisplayName("SEC-3 a period ending before it starts is refused with a message on the field")
    void refusesAReversedPeriod() throws Exception {
        var html = page(get("/audit").param("from", "2026-05-10").param("to", "2026-05-01"));

        assertThat(html).contains("La date de fin précède la date de début")
                .contains("aria-describedby=\"to-error\"").contains("aria-invalid=\"true\"");
    }

    @Test
    @WithMockUser(roles = "DPO")
    @DisplayName("SEC-3 the log is paged, newest first, 25 entries a page")
    void pagesNewestFirst() throws Exception {
        var person = "paged-" + UUID.randomUUID();
        for (var i = 1; i <= 30; i++) {
            auditLog.personalData(AuditAction.READ, "person", person, "reason " + i);
        }

        var first = page(get("/audit").param("resourceId", person));
        var second = page(get("/audit").param("resourceId", person).param("page", "1"));

        assertThat(rows(first)).isEqualTo(25);
        assertThat(first.indexOf("reason 30")).isLessThan(first.indexOf("reason 29"));
        assertThat(first).contains("Page 1 sur 2").contains("rel=\"next\"").doesNotContain("reason 5<");
        assertThat(rows(second)).isEqualTo(5);
        assertThat(second).contains("reason 1<").contains("rel=\"prev\"");
    }

    @Test
    @WithMockUser(roles = "DPO")
    @DisplayName("SEC-3 an htmx request gets only the results, not the whole page")
    void servesTheResultsFragmentToHtmx() throws Exception {
        var person = "htmx-" + UUID.randomUUID();
        auditLog.personalData(AuditAction.READ, "person", person, null);

        mvc.perform(get("/audit").param("resourceId", person).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"audit-results\"")))
                .andExpect(content().string(containsString(person)))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    @WithMockUser(username = "dpo-export", roles = "DPO")
    @DisplayName("SEC-3 the CSV export gives the filtered entries and is itself logged")
    void exportIsAudited() throws Exception {
        var person = "export-" + UUID.randomUUID();
        auditLog.personalData(AuditAction.READ, "person", person, "=cmd|' /C calc'!A0");

        var csv = mvc.perform(get("/audit/export.csv").param("resourceId", person))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsString();

        assertThat(csv).contains("Utilisateur").contains(person).contains("'=cmd");
        var exports = auditLog.search(new AuditQuery(null, person, "dpo-export", AuditAction.EXPORT, null, null),
                new PageRequest(0, 5));
        assertThat(exports.total()).isOne();
        assertThat(exports.content().get(0).detail()).contains("record=" + person);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    @DisplayName("SEC-3 the verification button shows that the chain is intact")
    void verificationButtonShowsTheResult() throws Exception {
        mvc.perform(post("/audit/verify").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chaîne intacte")))
                .andExpect(content().string(containsString("id=\"audit-results\"")));
    }

    @Test
    @WithMockUser(roles = "DPO")
    @DisplayName("SEC-3 the verification button answers htmx with the result alone")
    void verificationButtonAnswersHtmx() throws Exception {
        mvc.perform(post("/audit/verify").with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chaîne intacte")))
                .andExpect(content().string(not(containsString("audit-results"))));
    }

    @Test
    @WithMockUser(roles = "DPO")
    @DisplayName("SEC-3 the viewer speaks English on request")
    void speaksEnglish() throws Exception {
        mvc.perform(get("/audit").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Access log")))
                .andExpect(content().string(containsString("Verify integrity")));
    }

    @Test
    @WithMockUser(roles = { "SALES", "SUPPORT", "MARKETING", "ACCOUNTING", "ARCHIVIST" })
    @DisplayName("SEC-3 only the DPO and administrators open the audit log")
    void othersMayNotOpenTheLog() throws Exception {
        mvc.perform(get("/audit")).andExpect(status().isForbidden());
        mvc.perform(get("/audit/export.csv")).andExpect(status().isForbidden());
        mvc.perform(post("/audit/verify").with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("SEC-3 anonymous visitors are sent to the login page")
    void anonymousVisitorsMustSignIn() throws Exception {
        mvc.perform(get("/audit")).andExpect(status().is3xxRedirection());
    }

    private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static long rows(String html) {
        return ROW.matcher(html).results().count();
    }

}
