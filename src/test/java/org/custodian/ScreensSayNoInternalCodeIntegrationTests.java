package org.custodian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.register.ActivityView;
import org.custodian.register.ProcessingRegister;
import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 8: what a person reads names rules, texts and periods in words — no requirement id ({@code CON-5}), no seed
 * file reference ({@code 000 §3 h)}), no ISO-8601 period ({@code P3Y}), no technical identifier
 * ({@code CONTRACT_MANAGEMENT}). Attributes, scripts and comments are not
 * read, so they are left out of the check.
 */
@IntegrationTest
class ScreensSayNoInternalCodeIntegrationTests {

    private static final Pattern REQUIREMENT_ID = Pattern.compile("\\b(CON|REG|INF|PRO|RET|DSR|DEB|BRE|DPIA|SEC)-\\d+");
    private static final Pattern SEED_REFERENCE = Pattern.compile("\\b00[0-4] ?§|\\(00[0-4]\\)");
    private static final Pattern ISO_PERIOD = Pattern.compile("\\bPT?\\d+[YMWDH]\\b");
    /** Environment variables an administrator sets (SPRING_MAIL_HOST) are words of their trade, not codes. */
    private static final Pattern ENUM_CONSTANT = Pattern.compile("\\b(?!SPRING_|CUSTODIAN_)[A-Z]+_[A-Z_]+\\b");

    @Autowired
    MockMvc mvc;
    @Autowired
    Persons persons;
    @Autowired
    ProcessingRegister register;

    @Test
    @WithMockUser(username = "nadia", roles = {"DPO", "ADMIN", "SALES"})
    @DisplayName("the staff screens show no requirement id, no seed reference and no ISO-8601 period")
    void staffScreensSpeakInWords() throws Exception {
        var person = persons.create(new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, "Écran", "Léa",
                "ecran." + UUID.randomUUID().toString().substring(0, 8) + "@example.org", null, null, null, null,
                null, null, null, null)).id();
        var pages = new ArrayList<String>(List.of("/", "/persons", "/persons/new", "/persons/" + person,
                "/persons/" + person + "/edit", "/consents/persons/" + person, "/persons/import", "/register",
                "/register/security-measures", "/register/recipients", "/register/exports", "/organisation",
                "/notices", "/notices/forms", "/mail/outbox", "/admin/users", "/admin/access-review",
                "/prospecting/suppressions", "/rights", "/rights/new", "/retention", "/retention/forecast",
                "/retention/forecast?days=3660", "/retention/forecast?days=x", "/retention/archive",
                "/retention/archive?reason=x", "/retention/archive?reason=Contr%C3%B4le+fiscal+2026",
                "/retention/holds", "/retention/holds/new?personId=" + person));
        for (ActivityView activity : register.activities()) {
            pages.add("/register/activities/" + activity.code());
            pages.add("/register/activities/" + activity.code() + "/edit");
        }
        for (var page : pages) {
            assertSpeaksInWords(page, readText(page));
        }
    }

    @Test
    @DisplayName("the public pages show no requirement id, no seed reference and no ISO-8601 period")
    void publicPagesSpeakInWords() throws Exception {
        for (var page : List.of("/p/privacy", "/p/legal")) {
            assertSpeaksInWords(page, readText(page));
        }
    }

    private String readText(String page) throws Exception {
        var html = mvc.perform(get(page)).andReturn().getResponse().getContentAsString();
        return html.replaceAll("(?s)<script.*?</script>", " ")
                .replaceAll("(?s)<style.*?</style>", " ")
                .replaceAll("(?s)<!--.*?-->", " ")
                .replaceAll("(?s)<[^>]*>", " ");
    }

    private static void assertSpeaksInWords(String page, String text) {
        assertThat(text).as("text of %s", page).isNotBlank();
        assertThat(found(REQUIREMENT_ID, text)).as("requirement ids on %s", page).isEmpty();
        assertThat(found(SEED_REFERENCE, text)).as("seed references on %s", page).isEmpty();
        assertThat(found(ISO_PERIOD, text)).as("ISO-8601 periods on %s", page).isEmpty();
        assertThat(found(ENUM_CONSTANT, text)).as("technical identifiers on %s", page).isEmpty();
    }

    /** Each match with the words around it, so that a failure says where the code was. */
    private static List<String> found(Pattern pattern, String text) {
        return pattern.matcher(text).results()
                .map(match -> text.substring(Math.max(0, match.start() - 80), Math.min(text.length(), match.end() + 20))
                        .replaceAll("\\s+", " "))
                .toList();
    }
}
