package org.custodian.contacts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.UUID;
import java.util.regex.Pattern;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.custodian.contacts.Audience;
import org.custodian.contacts.Civility;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.PersonView;
import org.custodian.contacts.Persons;
import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * CON-9: saving a person without changing anything records no change, for every field, whether the edit form is sent
 * back as a browser sends it or the API's answer is sent back as it came.
 */
@IntegrationTest
class UnchangedSaveIntegrationTests {

    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
    private static final Pattern TEXTAREA = Pattern.compile("<textarea\\b[^>]*name=\"(\\w+)\"[^>]*>(.*?)</textarea>",
            Pattern.DOTALL);
    private static final Pattern SELECT = Pattern.compile("<select\\b[^>]*name=\"(\\w+)\"[^>]*>(.*?)</select>",
            Pattern.DOTALL);
    private static final Pattern SELECTED = Pattern.compile("<option\\b[^>]*value=\"([^\"]*)\"[^>]*selected");

    @Autowired
    MockMvc mvc;

    @Autowired
    Persons persons;

    @Autowired
    JdbcClient jdbc;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    /** Every field filled, with line breaks in the address and the note. */
    private PersonView everyFieldFilled() {
        return persons.create(new PersonData(PersonType.CUSTOMER, Audience.PROFESSIONAL, Civility.MS, "Lambert" + suffix,
                "Anne Sophie", "anne." + suffix + "@example.com",
                "+33 7 " + "%08d".formatted(Math.floorMod(suffix.hashCode(), 100_000_000)), LocalDate.of(1979, 11, 4),
                "Bâtiment B\n12 rue d'Alésia\n75014 Paris", "Exemple & Fils", "Directrice \"achats\"",
                "411LAMB" + suffix, "CRM-" + suffix, "Préfère être appelée le matin.\nRelancer en juin."), false);
    }

    @Test
    @DisplayName("CON-9 the edit form sent back as rendered (text areas with CR LF, as browsers send them) changes nothing")
    void screenSaveWithoutChange() throws Exception {
        var person = everyFieldFilled();
        var html = mvc.perform(get("/persons/" + person.id() + "/edit").with(user("camille").roles("SALES")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        var fields = formFields(html);
        assertThat(fields.keySet()).contains("type", "audience", "civility", "lastName", "firstNames", "email", "phone",
                "birthDate", "address", "company", "jobTitle", "accountingCode", "externalRef", "notes");
        var request = post("/persons/" + person.id()).with(user("camille").roles("SALES")).with(csrf());
        fields.forEach(request::param);
        mvc.perform(request).andExpect(status().is3xxRedirection());

        assertThat(changes(person)).isEqualTo(1);
        assertThat(persons.get(person.id(), "test").data()).isEqualTo(person.data());
    }

    @Test
    @DisplayName("CON-9 the API's answer sent back with PUT changes nothing, and the API returns plain line breaks")
    void apiSaveWithoutChange() throws Exception {
        var person = everyFieldFilled();
        var json = mvc.perform(get("/api/v1/persons/" + person.id()).with(user("api-sales").roles("SALES")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(json).doesNotContain("\\r").contains("Bâtiment B\\n12 rue");

        var mapper = JsonMapper.builder().build();
        var body = (ObjectNode) mapper.readTree(json);
        body.retain(PersonRequest.PROPERTIES);
        mvc.perform(put("/api/v1/persons/" + person.id()).with(user("api-sales").roles("SALES")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(mapper.writeValueAsString(body)))
                .andExpect(status().isOk());

        assertThat(changes(person)).isEqualTo(1);
    }

    private long changes(PersonView person) {
        return jdbc.sql("SELECT COUNT(*) FROM person_change WHERE person_id = ?").param(person.id().value())
                .query(Long.class).single();
    }

    /** What a browser submits for this form: checked radios, selected options, inputs, text areas in CR LF. */
    private static LinkedHashMap<String, String> formFields(String page) {
        var start = page.indexOf("<form class=\"person-form\"");
        var form = page.substring(start, page.indexOf("</form>", start));
        var fields = new LinkedHashMap<String, String>();
        var inputs = INPUT.matcher(form);
        while (inputs.find()) {
            var tag = inputs.group();
            var name = attribute(tag, "name");
            var type = attribute(tag, "type");
            if (name == null || "hidden".equals(type) && "_csrf".equals(name)) {
                continue;
            }
            if ("radio".equals(type) || "checkbox".equals(type)) {
                if (tag.contains(" checked")) {
                    fields.put(name, attribute(tag, "value"));
                }
            } else {
                fields.put(name, attribute(tag, "value") == null ? "" : attribute(tag, "value"));
            }
        }
        var selects = SELECT.matcher(form);
        while (selects.find()) {
            var selected = SELECTED.matcher(selects.group(2));
            fields.put(selects.group(1), selected.find() ? selected.group(1) : "");
        }
        var textareas = TEXTAREA.matcher(form);
        while (textareas.find()) {
            fields.put(textareas.group(1), HtmlUtils.htmlUnescape(textareas.group(2)).replace("\n", "\r\n"));
        }
        return fields;
    }

    private static String attribute(String tag, String name) {
        var matcher = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
        return matcher.find() ? HtmlUtils.htmlUnescape(matcher.group(1)) : null;
    }
}
