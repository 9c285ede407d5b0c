package org.custodian.audit.web;

import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.custodian.audit.AuditQuery;
import org.custodian.shared.PageRequest;
import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AuditApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithMockUser(roles = "DPO")
    @DisplayName("SEC-3 POST /api/v1/audit/verify answers valid, no broken entry and the count for the DPO")
    void answersValidForTheDpo() throws Exception {
        auditLog.personalData(AuditAction.READ, "person", "api-" + UUID.randomUUID(), null);

        mvc.perform(post("/api/v1/audit/verify").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.firstBrokenEntry").value(nullValue()))
                .andExpect(jsonPath("$.checkedEntries").value(greaterThan(0)));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    @DisplayName("SEC-3 POST /api/v1/audit/verify names the first broken entry after a row was altered")
    void namesTheFirstBrokenEntry() throws Exception {
        var person = "api-" + UUID.randomUUID();
        auditLog.personalData(AuditAction.READ, "person", person, "before");
        var sequence = auditLog.search(AuditQuery.forRecord("person", person), new PageRequest(0, 1)).content().get(0)
                .sequence();
        try {
            jdbc.sql("UPDATE audit_entry SET purpose = 'after' WHERE sequence_no = ?").param(sequence).update();

            mvc.perform(post("/api/v1/audit/verify").with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.valid").value(false))
                    .andExpect(jsonPath("$.firstBrokenEntry").value(sequence))
                    .andExpect(jsonPath("$.problem").value("MAC_MISMATCH"));
        }
        finally {
            jdbc.sql("UPDATE audit_entry SET purpose = 'before' WHERE sequence_no = ?").param(sequence).update();
        }
        mvc.perform(post("/api/v1/audit/verify").with(csrf())).andExpect(jsonPath("$.valid").value(true));
    }

    @Test
    @WithMockUser(roles = { "SALES", "SUPPORT", "MARKETING", "ACCOUNTING", "ARCHIVIST" })
    @DisplayName("SEC-3 POST /api/v1/audit/verify is refused to the other roles")
    void refusesOtherRoles() throws Exception {
        mvc.perform(post("/api/v1/audit/verify").with(csrf())).andExpect(status().isForbidden());
    }
}
