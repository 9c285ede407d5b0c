package org.custodian.contacts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.custodian.audit.AuditLog;
import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonChange;
import org.custodian.contacts.PersonData;
import org.custodian.shared.PersonId;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.contacts.SensitiveCategory;
import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * CON-2, CON-5: a suspected identifier is flagged, not silently stored; once corrected, the DPO redacts it from the
 * history, with a reason, audited.
 */
@IntegrationTest
@WithMockUser(username = "camille", roles = "SUPPORT")
class HistoryRedactionIntegrationTests {

    private static final String NIR_WITHOUT_KEY = "1 85 05 78 006 084";

    @Autowired
    Persons persons;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    /** A person whose note held a NIR without its key, then corrected: the NIR is in the history only. */
    private PersonChange.FieldChange corrected(PersonId[] created) {
        var tag = UUID.randomUUID().toString().substring(0, 8);
        var data = new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, "Redact" + tag, null, null, null, null,
                null, null, null, null, null, "Sécu " + NIR_WITHOUT_KEY + " donnée au téléphone");
        var person = persons.create(data);
        created[0] = person.id();
        assertThat(person.reviewFlags()).extracting(flag -> flag.category())
                .containsExactly(SensitiveCategory.SUSPECTED_IDENTIFIER);
        persons.update(person.id(), new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, "Redact" + tag, null,
                null, null, null, null, null, null, null, null, "Rappeler le client"));
        return persons.history(person.id()).get(0).fields().stream()
                .filter(field -> field.field().equals("notes")).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("CON-2 CON-5 the DPO redacts a flagged NIR from the history, in every entry it appears in; the marker says who, when and why")
    void dpoRedacts() throws Exception {
        var id = new PersonId[1];
        var notes = corrected(id);
        var change = persons.history(id[0]).get(0).id();
        assertThat(notes.before()).contains(NIR_WITHOUT_KEY);

        mvc.perform(post("/persons/{id}/history/{change}/fields/{order}/redact", id[0], change, notes.order())
                        .param("reason", "NIR saisi par erreur dans la note").with(user("nadia").roles("DPO")).with(csrf()))
                .andExpect(status().is3xxRedirection());

        var redacted = persons.history(id[0]).get(0).fields().stream()
                .filter(field -> field.field().equals("notes")).findFirst().orElseThrow();
        assertThat(redacted.before()).isNull();
        assertThat(redacted.after()).isNull();
        assertThat(redacted.redaction().by()).isEqualTo("nadia");
        assertThat(redacted.redaction().reason()).isEqualTo("NIR saisi par erreur dans la note");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person_change_field WHERE old_value LIKE ? OR new_value LIKE ?")
                .params("%" + NIR_WITHOUT_KEY + "%", "%" + NIR_WITHOUT_KEY + "%").query(Long.class).single()).isZero();
        audit.flush();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE resource_id = ? AND detail LIKE ?")
                .params(id[0].toString(), "history redaction%NIR saisi par erreur%").query(Long.class).single()).isOne();
        mvc.perform(get("/persons/{id}", id[0]).with(user("nadia").roles("DPO")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("NIR saisi par erreur dans la note")))
                .andExpect(content().string(not(containsString(NIR_WITHOUT_KEY))));
    }

    @Test
    @DisplayName("CON-2 CON-5 a redaction needs a reason: without one nothing is redacted")
    void reasonRequired() throws Exception {
        var id = new PersonId[1];
        var notes = corrected(id);
        var change = persons.history(id[0]).get(0).id();

        mvc.perform(post("/persons/{id}/history/{change}/fields/{order}/redact", id[0], change, notes.order())
                        .param("reason", " ").with(user("nadia").roles("DPO")).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(persons.history(id[0]).get(0).fields()).filteredOn(field -> field.field().equals("notes"))
                .singleElement().satisfies(field -> assertThat(field.before()).contains(NIR_WITHOUT_KEY));
    }

    @Test
    @DisplayName("CON-2 CON-5 only the DPO redacts the history: customer service is refused with 403")
    void othersRefused() throws Exception {
        var id = new PersonId[1];
        var notes = corrected(id);
        var change = persons.history(id[0]).get(0).id();

        mvc.perform(post("/persons/{id}/history/{change}/fields/{order}/redact", id[0], change, notes.order())
                        .param("reason", "x").with(user("camille").roles("SUPPORT")).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(persons.history(id[0]).get(0).fields()).filteredOn(field -> field.field().equals("notes"))
                .singleElement().satisfies(field -> assertThat(field.redaction()).isNull());
    }
}
