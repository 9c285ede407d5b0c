package org.custodian.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.custodian.access.NewUser;
import org.custodian.access.Role;
import org.custodian.access.UserAdministration;
import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Issue 8 §2: the access log names who acted like a register the DPO can show — a staff user by their full name, the
 * login in small type under it; Custodian's tasks, a visitor of the public site and an API token by a sentence.
 */
@IntegrationTest
@WithMockUser(roles = "DPO")
class AuditActorNamesIntegrationTests {

    /** The main text of the "who" cell of each entry. */
    private static final Pattern ACTOR = Pattern.compile("<span class=\"audit-actor\"[^>]*>([^<]*)</span>");
    private static final Pattern LOGIN = Pattern.compile("<span class=\"muted mono audit-login\">([^<]*)</span>");

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditLog auditLog;
    @Autowired
    UserAdministration users;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @Test
    @DisplayName("SEC-3 (issue 8 §2) a staff user is named by their full name, the login second, in French and English")
    void staffUserByName() throws Exception {
        var login = "nadia" + suffix;
        users.create(new NewUser(login, "Nadia Lefèvre", login + "@maison-lumiere.example", Set.of(Role.SALES)),
                "test");
        auditLog.security(login, AuditAction.LOGIN_SUCCESS, "form sign-in");
        auditLog.security(login, AuditAction.LOGOUT, "sign-out");

        for (var language : List.of("fr", "en")) {
            var html = page(get("/audit").param("actor", login).param("lang", language));

            assertThat(actors(html)).hasSize(2).containsOnly("Nadia Lefèvre");
            assertThat(logins(html)).hasSize(2).containsOnly(login);
        }
    }

    @Test
    @DisplayName("SEC-3 (issue 8 §2) the user filter finds a staff member's entries by part of their name, not only "
            + "by their login")
    void filterByName() throws Exception {
        var login = "lea" + suffix;
        users.create(new NewUser(login, "Léa Bonnefoy" + suffix, login + "@maison-lumiere.example",
                Set.of(Role.SUPPORT)), "test");
        auditLog.security(login, AuditAction.LOGIN_SUCCESS, "form sign-in");

        var html = page(get("/audit").param("actor", "bonnefoy" + suffix));

        assertThat(logins(html)).isNotEmpty().containsOnly(login);
    }

    @Test
    @DisplayName("SEC-3 (issue 8 §2) an entry about a staff account names its user, the login after the name")
    void accountInDetailByName() throws Exception {
        var login = "hugo" + suffix;
        users.create(new NewUser(login, "Hugo Marchand", login + "@maison-lumiere.example", Set.of(Role.MARKETING)),
                "test");
        auditLog.security("admin-" + suffix, AuditAction.SECURITY_CHANGE, "user " + login + " disabled");

        var html = page(get("/audit").param("actor", "admin-" + suffix));

        assertThat(html).contains("Compte Hugo Marchand (" + login + ") désactivé.");
    }

    @Test
    @DisplayName("SEC-3 (issue 8 §2) Custodian's tasks, a visitor of the public site and an API token are named by a sentence")
    void otherActorsBySentences() throws Exception {
        var token = "api:boutique-" + suffix;
        auditLog.security(token, AuditAction.SECURITY_CHANGE, "sign-out");
        auditLog.security("system", AuditAction.SECURITY_CHANGE, "sign-out");
        auditLog.security("public", AuditAction.SECURITY_CHANGE, "sign-out");
        auditLog.security("nobody-" + suffix, AuditAction.LOGIN_FAILURE, "wrong username or password");

        assertThat(actors(page(get("/audit").param("actor", token)))).containsExactly(
                "Jeton d&#39;API « boutique-" + suffix + " »");
        assertThat(actors(page(get("/audit").param("actor", token).param("lang", "en")))).containsExactly(
                "API token “boutique-" + suffix + "”");
        assertThat(actors(page(get("/audit").param("actor", "system")))).first()
                .isEqualTo("Custodian (tâche automatique)");
        assertThat(actors(page(get("/audit").param("actor", "public")))).first()
                .isEqualTo("Visiteur du site public");
        var unknown = page(get("/audit").param("actor", "nobody-" + suffix));
        assertThat(actors(unknown)).containsExactly("« nobody-" + suffix + " » (aucun compte à cet identifiant)");
        assertThat(logins(unknown)).isEmpty();
    }

    @Test
    @DisplayName("SEC-3 (issue 8 §2) the CSV export names who acted as the screen does, with the login in a column of its own")
    void exportNamesTheUser() throws Exception {
        var login = "hugo" + suffix;
        users.create(new NewUser(login, "Hugo Garnier", login + "@maison-lumiere.example", Set.of(Role.SUPPORT)),
                "test");
        auditLog.security(login, AuditAction.LOGIN_SUCCESS, "form sign-in");
        auditLog.flush();

        var csv = new String(mvc.perform(get("/audit/export.csv").param("actor", login))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);

        assertThat(csv.lines().findFirst().orElseThrow()).contains("Utilisateur;Identifiant;Action");
        assertThat(csv).contains(";Hugo Garnier;" + login + ";LOGIN_SUCCESS;");
    }

    private String page(RequestBuilder request) throws Exception {
        auditLog.flush();
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static List<String> actors(String html) {
        return ACTOR.matcher(html).results().map(match -> match.group(1).strip()).toList();
    }

    private static List<String> logins(String html) {
        return LOGIN.matcher(html).results().map(match -> match.group(1)).toList();
    }
}
