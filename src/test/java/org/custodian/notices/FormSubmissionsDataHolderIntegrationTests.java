package org.custodian.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.custodian.audit.AuditLog;
import org.custodian.contacts.Persons;
import org.custodian.shared.PersonId;
import org.custodian.shared.personaldata.ErasureMode;
import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * DSR-3, DSR-5: a person's submissions of the public forms, with the IP address and browser they came from.
 */
@IntegrationTest
class FormSubmissionsDataHolderIntegrationTests {

    @Autowired
    FormSubmissionsDataHolder holder;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PrivacyNotices notices;
    @Autowired
    CollectionForms forms;
    @Autowired
    Persons persons;
    @Autowired
    AuditLog audit;

    String slug;
    PersonId person;

    @BeforeEach
    void submittedTwice() throws Exception {
        slug = FormFixture.openForm(jdbc, notices, forms, List.of("https://boutique.example.fr"));
        var email = "visitor." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        for (var objects : List.of(true, false)) {
            var submission = post("/p/forms/{slug}", slug).param("formVersion", "1").param("lastName", "Visiteur")
                    .param("email", email).header("User-Agent", "Mozilla/5.0 (visit)");
            mvc.perform(objects ? submission.param("opposition", "PROSPECTING:POST") : submission)
                    .andExpect(status().is3xxRedirection());
        }
        audit.flush();
        person = persons.findByEmail(email, "test").orElseThrow().id();
    }

    @Test
    @DisplayName("DSR-3 the export holds each submission with the form, the boxes ticked, the IP address and browser")
    void exportsEverySubmission() {
        assertThat(holder.export(person).records().get("form_submissions")).hasSize(2).allSatisfy(record -> {
            var submission = (FormSubmissionsDataHolder.Submission) record;
            assertThat(submission.form()).isEqualTo(slug);
            assertThat(submission.ip()).isNotBlank();
            assertThat(submission.userAgent()).isEqualTo("Mozilla/5.0 (visit)");
        });
    }

    @Test
    @DisplayName("DSR-5 erasure deletes the person's submissions, IP address and browser with them; a second one "
            + "changes nothing")
    void erasesTheSubmissionsOnce() {
        assertThat(holder.erase(person, ErasureMode.ERASE).erased()).isEqualTo(2);

        assertThat(holder.export(person).isEmpty()).isTrue();
        assertThat(holder.erase(person, ErasureMode.ERASE).changedNothing()).isTrue();
    }
}
