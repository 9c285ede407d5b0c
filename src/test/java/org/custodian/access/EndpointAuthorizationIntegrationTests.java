package org.custodian.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * SEC-2 — deny by default, checked: every handler of the application (all modules) is called by every role and by an
 * anonymous visitor, and the answer is compared with the table below. Staff screens are called with a signed-in user,
 * the REST API with a real API token holding the role.
 * <p>
 * Denied means 403 for a signed-in caller, 401 or a redirect to the login page for an anonymous one; anything else
 * (200, 204, 302 elsewhere, 400, 404, 405) counts as allowed. Path variables get a value that matches no record, so
 * that no state changes.
 */
@IntegrationTest
class EndpointAuthorizationIntegrationTests {

    private static final String ANONYMOUS = "ANONYMOUS";
    private static final String DUMMY_ID = "999999999";

    /** Everyone, signed in or not. */
    private static final Role[] PUBLIC = null;
    /** Any signed-in staff member or API token, whatever the role. */
    private static final Role[] STAFF = Role.values();

    /**
     * Who may call what: one line per handler, "METHOD /pattern" exactly as declared in the controller. An endpoint
     * missing here fails {@link #everyEndpointIsDeclared()}.
     */
    private static final Map<String, Set<String>> EXPECTED = table(
            // shared: home page
            allow("GET /", STAFF),
            // access: sign-in, session, own password
            allow("GET /login", PUBLIC),
            allow("GET /session/keepalive", STAFF),
            allow("GET /account/password", STAFF),
            allow("POST /account/password", STAFF),
            // access: user administration, access review, API tokens
            allow("GET /admin/users", Role.ADMIN),
            allow("GET /admin/users/new", Role.ADMIN),
            allow("POST /admin/users", Role.ADMIN),
            allow("GET /admin/users/{id}", Role.ADMIN),
            allow("POST /admin/users/{id}/roles", Role.ADMIN),
            allow("POST /admin/users/{id}/disable", Role.ADMIN),
            allow("POST /admin/users/{id}/enable", Role.ADMIN),
            allow("POST /admin/users/{id}/password-reset", Role.ADMIN),
            allow("GET /admin/access-review", Role.ADMIN, Role.DPO),
            allow("GET /admin/public-address", Role.ADMIN),
            allow("POST /admin/public-address", Role.ADMIN),
            allow("GET /admin/access-review/export.csv", Role.ADMIN, Role.DPO),
            allow("GET /admin/api-tokens", Role.ADMIN),
            allow("POST /admin/api-tokens", Role.ADMIN),
            allow("POST /admin/api-tokens/{id}/revoke", Role.ADMIN),
            // access: REST API
            allow("GET /api/v1/me", STAFF),
            // contacts: persons
            allow("GET /persons", Role.SALES, Role.SUPPORT, Role.MARKETING, Role.ACCOUNTING, Role.DPO),
            allow("GET /persons/new", Role.SALES, Role.SUPPORT),
            allow("POST /persons", Role.SALES, Role.SUPPORT),
            allow("GET /persons/{id}", Role.SALES, Role.SUPPORT, Role.MARKETING, Role.ACCOUNTING, Role.DPO),
            allow("GET /persons/{id}/edit", Role.SALES, Role.SUPPORT),
            allow("POST /persons/{id}", Role.SALES, Role.SUPPORT),
            allow("GET /persons/{id}/delete", Role.DPO),
            allow("POST /persons/{id}/delete", Role.DPO),
            allow("POST /persons/{id}/history/{change}/fields/{order}/redact", Role.DPO),
            allow("POST /persons/notes-check", Role.SALES, Role.SUPPORT),
            // contacts: sensitive data on the person page (CON-4), customer service and the DPO only
            allow("GET /persons/{id}/sensitive-data", Role.SUPPORT, Role.DPO),
            allow("POST /persons/{id}/sensitive-data/{datumId}/erase", Role.SUPPORT, Role.DPO),
            allow("GET /api/v1/persons", Role.SALES, Role.SUPPORT, Role.MARKETING, Role.ACCOUNTING, Role.DPO),
            allow("POST /api/v1/persons", Role.SALES, Role.SUPPORT),
            allow("GET /api/v1/persons/{id}", Role.SALES, Role.SUPPORT, Role.MARKETING, Role.ACCOUNTING, Role.DPO),
            allow("PUT /api/v1/persons/{id}", Role.SALES, Role.SUPPORT),
            allow("DELETE /api/v1/persons/{id}", Role.DPO),
            // contacts.imports: CSV import of the customer file (CON-10)
            allow("GET /persons/import", Role.SALES, Role.SUPPORT),
            allow("POST /persons/import", Role.SALES, Role.SUPPORT),
            allow("GET /persons/import/{id}", Role.SALES, Role.SUPPORT),
            allow("POST /persons/import/{id}", Role.SALES, Role.SUPPORT),
            allow("POST /persons/import/{id}/cancel", Role.SALES, Role.SUPPORT),
            allow("GET /persons/import/{id}/progress", Role.SALES, Role.SUPPORT),
            allow("GET /persons/import/{id}/errors.csv", Role.SALES, Role.SUPPORT),
            allow("POST /api/v1/imports", Role.SALES, Role.SUPPORT),
            allow("GET /api/v1/imports/{id}", Role.SALES, Role.SUPPORT),
            allow("GET /api/v1/imports/{id}/errors.csv", Role.SALES, Role.SUPPORT),
            // audit: the access log
            allow("GET /audit", Role.DPO, Role.ADMIN),
            allow("GET /audit/export.csv", Role.DPO, Role.ADMIN),
            allow("POST /audit/verify", Role.DPO, Role.ADMIN),
            allow("POST /api/v1/audit/verify", Role.DPO, Role.ADMIN),
            // register: processing activities, recipients, security checklist, Art. 30 record
            allow("GET /register", Role.DPO, Role.ADMIN),
            allow("GET /register/activities/{code}", Role.DPO, Role.ADMIN),
            allow("GET /register/activities/{code}/edit", Role.DPO),
            allow("POST /register/activities/{code}/edit", Role.DPO),
            allow("POST /register/export", Role.DPO, Role.ADMIN),
            allow("GET /register/exports", Role.DPO, Role.ADMIN),
            allow("GET /register/exports/{id}", Role.DPO, Role.ADMIN),
            allow("GET /register/recipients", Role.DPO, Role.ADMIN),
            allow("GET /register/recipients/{slug}/new", Role.DPO),
            allow("GET /register/recipients/{slug}/{id}", Role.DPO),
            allow("POST /register/recipients/internal-services", Role.DPO),
            allow("POST /register/recipients/processors", Role.DPO),
            allow("POST /register/recipients/partners", Role.DPO),
            allow("POST /register/recipients/transfers", Role.DPO),
            allow("POST /register/recipients/{slug}/{id}/delete", Role.DPO),
            allow("GET /register/security-measures", Role.DPO),
            allow("GET /register/security-measures/{id}", Role.DPO),
            allow("POST /register/security-measures/{id}", Role.DPO),
            allow("GET /api/v1/register/activities", Role.DPO, Role.ADMIN),
            allow("GET /api/v1/register/activities/{code}", Role.DPO, Role.ADMIN),
            allow("GET /api/v1/register/export", Role.DPO, Role.ADMIN),
            // register: organisation settings
            allow("GET /organisation", Role.DPO, Role.ADMIN),
            allow("POST /organisation", Role.DPO, Role.ADMIN),
            allow("GET /api/v1/organisation", Role.DPO, Role.ADMIN),
            allow("PUT /api/v1/organisation", Role.DPO, Role.ADMIN),
            // mail: the outbox
            allow("GET /mail/outbox", Role.ADMIN, Role.DPO),
            allow("GET /mail/outbox/{id}", Role.ADMIN, Role.DPO),
            allow("POST /mail/outbox/test", Role.ADMIN),
            // consent: double opt-in link (public)
            // The person confirms; a browser signed in to Custodian is refused (403), whatever its role.
            anonymousOnly("GET /p/consents/confirm/{token}"),
            anonymousOnly("POST /p/consents/confirm/{token}"),
            // rights: the public form and its confirmation link (DSR-1, issue 10)
            allow("GET /p/rights", PUBLIC),
            allow("POST /p/rights", PUBLIC),
            anonymousOnly("GET /p/rights/confirm/{token}"),
            anonymousOnly("POST /p/rights/confirm/{token}"),
            anonymousOnly("GET /p/rights/answers/{token}"),
            anonymousOnly("GET /p/rights/answers/{token}/files/{number}"),
            anonymousOnly("POST /p/rights/answers/{token}/files/{number}"),
            // consent: web shop API, a person's consents, person page panel and proof exports
            allow("POST /api/v1/consents", Role.SALES, Role.SUPPORT),
            allow("GET /api/v1/persons/{id}/consents", Role.SALES, Role.SUPPORT, Role.MARKETING, Role.ACCOUNTING,
                    Role.DPO),
            allow("GET /consents/persons/{id}", Role.SALES, Role.SUPPORT, Role.MARKETING, Role.ACCOUNTING, Role.DPO),
            allow("POST /consents/persons/{id}/email-request", Role.SALES, Role.SUPPORT),
            allow("POST /consents/persons/{id}/given", Role.SALES, Role.SUPPORT),
            allow("POST /consents/persons/{id}/withdrawal", Role.SALES, Role.SUPPORT),
            allow("POST /consents/persons/{id}/soft-opt-in", Role.SALES, Role.SUPPORT),
            allow("POST /api/v1/persons/{id}/soft-opt-in", Role.SALES, Role.SUPPORT),
            allow("GET /consents/persons/{id}/proofs.json", Role.SALES, Role.SUPPORT, Role.MARKETING, Role.ACCOUNTING,
                    Role.DPO),
            allow("GET /consents/persons/{id}/proofs.pdf", Role.SALES, Role.SUPPORT, Role.MARKETING, Role.ACCOUNTING,
                    Role.DPO),
            // notices: the DPO's notice screen, publishing, public notice, its JSON and legal mentions
            allow("GET /notices", Role.DPO, Role.ADMIN),
            allow("POST /notices/publish", Role.DPO),
            allow("POST /notices/site", Role.DPO),
            allow("POST /api/v1/notices/publish", Role.DPO),
            allow("GET /p/privacy", PUBLIC),
            allow("GET /p/privacy.json", PUBLIC),
            allow("GET /p/legal", PUBLIC),
            // notices: collection forms, defined by the DPO and marketing, submitted by visitors (INF-2)
            allow("GET /notices/forms", Role.DPO, Role.MARKETING),
            allow("GET /notices/forms/new", Role.DPO, Role.MARKETING),
            allow("POST /notices/forms", Role.DPO, Role.MARKETING),
            allow("GET /notices/forms/{slug}", Role.DPO, Role.MARKETING),
            allow("GET /notices/forms/{slug}/edit", Role.DPO, Role.MARKETING),
            allow("POST /notices/forms/{slug}/open", Role.DPO, Role.MARKETING),
            allow("POST /notices/forms/{slug}/close", Role.DPO, Role.MARKETING),
            allow("GET /p/forms/{slug}", PUBLIC),
            allow("POST /p/forms/{slug}", PUBLIC),
            allow("GET /p/forms/{slug}/thanks", PUBLIC),
            // contacts: export of a selection of the persons list (CON-1, issue 8)
            allow("GET /persons/export", Role.SALES, Role.MARKETING, Role.DPO),
            allow("GET /api/v1/persons/export", Role.SALES, Role.MARKETING, Role.DPO),
            // prospecting: the suppression list (PRO-3, issue 9)
            allow("GET /prospecting/suppressions", Role.MARKETING, Role.DPO),
            allow("POST /prospecting/suppressions", Role.MARKETING, Role.DPO),
            allow("POST /prospecting/suppressions/lookup", Role.MARKETING, Role.DPO),
            allow("POST /api/v1/suppressions", Role.SALES, Role.SUPPORT, Role.MARKETING, Role.DPO),
            allow("POST /api/v1/suppressions/lookup", Role.SALES, Role.SUPPORT, Role.MARKETING, Role.DPO),
            // prospecting: one-click unsubscribe and the preference centre, whoever holds the link (PRO-1, PRO-3)
            allow("GET /p/unsubscribe/{token}", PUBLIC),
            allow("POST /p/unsubscribe/{token}", PUBLIC),
            allow("GET /p/preferences", PUBLIC),
            allow("POST /p/preferences", PUBLIC),
            allow("GET /p/preferences/{token}", PUBLIC),
            allow("POST /p/preferences/{token}/withdraw", PUBLIC),
            allow("POST /p/preferences/{token}/withdraw-all", PUBLIC),
            // campaigns: definition, template, preview and decisions (PRO-5, PRO-2, issue 9)
            allow("GET /campaigns", Role.MARKETING, Role.DPO),
            allow("GET /campaigns/new", Role.MARKETING),
            allow("POST /campaigns", Role.MARKETING),
            allow("GET /campaigns/{id}", Role.MARKETING, Role.DPO),
            allow("GET /campaigns/{id}/edit", Role.MARKETING),
            allow("POST /campaigns/{id}", Role.MARKETING),
            allow("GET /campaigns/{id}/template", Role.MARKETING),
            allow("POST /campaigns/{id}/template", Role.MARKETING),
            allow("POST /campaigns/{id}/template/preview", Role.MARKETING),
            allow("GET /campaigns/{id}/decisions/{personId}", Role.MARKETING, Role.DPO),
            allow("GET /campaigns/persons/{personId}", Role.MARKETING, Role.DPO),
            allow("POST /api/v1/campaigns", Role.MARKETING),
            allow("GET /api/v1/campaigns", Role.MARKETING, Role.DPO),
            allow("GET /api/v1/campaigns/{id}", Role.MARKETING, Role.DPO),
            allow("GET /api/v1/campaigns/{id}/preview", Role.MARKETING, Role.DPO),
            allow("GET /api/v1/campaigns/{id}/decisions/{personId}", Role.MARKETING, Role.DPO),
            // contacts: purchases, contacts from the person, product families, generic addresses (issue 9)
            allow("GET /persons/{id}/relationship", Role.SALES, Role.SUPPORT, Role.MARKETING, Role.ACCOUNTING,
                    Role.DPO),
            allow("POST /persons/{id}/relationship/purchases", Role.SALES, Role.SUPPORT),
            allow("POST /persons/{id}/relationship/contacts", Role.SALES, Role.SUPPORT),
            allow("GET /api/v1/persons/{id}/purchases", Role.SALES, Role.SUPPORT, Role.MARKETING, Role.ACCOUNTING,
                    Role.DPO),
            allow("POST /api/v1/persons/{id}/purchases", Role.SALES, Role.SUPPORT),
            allow("GET /api/v1/persons/{id}/contacts", Role.SALES, Role.SUPPORT, Role.MARKETING, Role.ACCOUNTING,
                    Role.DPO),
            allow("POST /api/v1/persons/{id}/contacts", Role.SALES, Role.SUPPORT),
            // contacts: restriction of processing (DSR-5, issue 10)
            allow("GET /persons/{id}/restriction", Role.SALES, Role.SUPPORT, Role.MARKETING, Role.ACCOUNTING,
                    Role.DPO),
            allow("POST /persons/{id}/restriction", Role.DPO),
            allow("POST /persons/{id}/restriction/lift", Role.DPO),
            allow("GET /api/v1/persons/{id}/restriction", Role.SALES, Role.SUPPORT, Role.MARKETING, Role.ACCOUNTING,
                    Role.DPO),
            allow("POST /api/v1/persons/{id}/restriction", Role.DPO),
            allow("POST /api/v1/persons/{id}/restriction/lift", Role.DPO),
            allow("GET /api/v1/product-families", Role.SALES, Role.SUPPORT, Role.MARKETING, Role.DPO, Role.ADMIN),
            allow("POST /api/v1/product-families", Role.MARKETING, Role.ADMIN),
            allow("GET /product-families", Role.MARKETING, Role.ADMIN, Role.DPO),
            allow("POST /product-families", Role.MARKETING, Role.ADMIN),
            allow("POST /product-families/{code}/rename", Role.MARKETING, Role.ADMIN),
            allow("POST /product-families/{code}/retire", Role.MARKETING, Role.ADMIN),
            allow("POST /product-families/{code}/reinstate", Role.MARKETING, Role.ADMIN),
            allow("POST /product-families/{code}/delete", Role.MARKETING, Role.ADMIN),
            allow("GET /admin/generic-addresses", Role.MARKETING, Role.ADMIN, Role.DPO),
            allow("POST /admin/generic-addresses", Role.ADMIN),
            allow("POST /admin/generic-addresses/remove", Role.ADMIN),
            // campaigns: sending, progress, click links (PRO-5, issue 9 §4)
            allow("GET /campaigns/{id}/sending", Role.MARKETING, Role.DPO),
            allow("GET /campaigns/{id}/progress", Role.MARKETING, Role.DPO),
            allow("POST /campaigns/{id}/send", Role.MARKETING),
            allow("POST /campaigns/{id}/schedule", Role.MARKETING),
            allow("POST /campaigns/{id}/test-send", Role.MARKETING),
            allow("POST /api/v1/campaigns/{id}/send", Role.MARKETING),
            allow("GET /p/c/{token}", PUBLIC),
            allow("GET /rights", Role.DPO),
            allow("GET /rights/new", Role.DPO, Role.SUPPORT),
            allow("POST /rights", Role.DPO, Role.SUPPORT),
            allow("GET /rights/{id}", Role.DPO),
            allow("POST /rights/{id}/match", Role.DPO),
            allow("POST /rights/{id}/extend", Role.DPO),
            allow("POST /rights/{id}/identity-check", Role.DPO),
            allow("POST /rights/{id}/resume", Role.DPO),
            allow("POST /api/v1/rights-requests", Role.DPO, Role.SUPPORT),
            allow("GET /api/v1/rights-requests", Role.DPO),
            allow("GET /api/v1/rights-requests/{id}", Role.DPO),
            allow("GET /api/v1/rights-requests/{id}/candidates", Role.DPO),
            allow("POST /api/v1/rights-requests/{id}/match", Role.DPO),
            allow("POST /api/v1/rights-requests/{id}/extend", Role.DPO),
            allow("POST /api/v1/rights-requests/{id}/identity-check", Role.DPO),
            allow("POST /api/v1/rights-requests/{id}/resume", Role.DPO),
            allow("GET /rights/{id}/identity/documents/{documentId}", Role.DPO),
            allow("POST /rights/{id}/identity/confirmed", Role.DPO),
            allow("POST /rights/{id}/identity/not-established", Role.DPO),
            anonymousOnly("GET /p/rights/identity/{token}"),
            anonymousOnly("POST /p/rights/identity/{token}/confirm"),
            anonymousOnly("POST /p/rights/identity/{token}/document"),
            allow("POST /rights/{id}/assignee", Role.DPO),
            allow("GET /rights/{id}/execution", Role.DPO),
            allow("POST /rights/{id}/execute", Role.DPO),
            allow("POST /rights/{id}/forwardings/{forwarding}/done", Role.DPO),
            allow("POST /api/v1/rights-requests/{id}/execute", Role.DPO),
            allow("GET /rights/{id}/package", Role.DPO),
            allow("POST /rights/{id}/answer", Role.DPO),
            allow("POST /rights/{id}/refuse", Role.DPO),
            allow("POST /rights/{id}/answer/link", Role.DPO),
            allow("GET /rights/{id}/answer/files/{number}", Role.DPO),
            allow("GET /api/v1/rights-requests/{id}/package", Role.DPO),
            allow("POST /api/v1/rights-requests/{id}/answer", Role.DPO),
            allow("POST /api/v1/rights-requests/{id}/answer/by-post", Role.DPO),
            allow("POST /api/v1/rights-requests/{id}/refuse", Role.DPO),
            allow("POST /api/v1/rights-requests/{id}/answer/link", Role.DPO),
            allow("GET /api/v1/rights-requests/{id}/answer", Role.DPO),
            allow("GET /api/v1/rights-requests/{id}/answer/files/{number}", Role.DPO),
            allow("GET /rights/{id}/attachments/{attachmentId}", Role.DPO),
            allow("POST /api/v1/rights-requests/{id}/attachments", Role.DPO),
            // rights: access package and portable data of a person (DSR-3, DSR-4), the DPO only
            allow("GET /rights/persons/{personId}/package-panel", Role.DPO),
            allow("GET /rights/persons/{personId}/package", Role.DPO),
            allow("GET /rights/persons/{personId}/portable", Role.DPO),
            // retention: sweeps and forecast (RET-3), the DPO only
            allow("GET /retention", Role.DPO),
            allow("POST /retention/sweeps", Role.DPO),
            allow("GET /retention/sweeps/{id}", Role.DPO),
            allow("GET /retention/forecast", Role.DPO),
            allow("GET /retention/forecast/export", Role.DPO),
            allow("GET /api/v1/retention/forecast", Role.DPO),
            allow("GET /api/v1/retention/forecast/export", Role.DPO),
            allow("POST /api/v1/retention/sweeps", Role.DPO),
            allow("GET /api/v1/retention/sweeps", Role.DPO),
            allow("GET /api/v1/retention/sweeps/{id}", Role.DPO),
            allow("GET /api/v1/retention/statistics", Role.DPO),
            // retention: the intermediate archive (RET-2), the archivist and the DPO, with a reason
            allow("GET /retention/archive", Role.ARCHIVIST, Role.DPO),
            allow("GET /retention/archive/{id}", Role.ARCHIVIST, Role.DPO),
            allow("GET /api/v1/archive/persons", Role.ARCHIVIST, Role.DPO),
            allow("GET /api/v1/archive/persons/{id}", Role.ARCHIVIST, Role.DPO),
            // retention: legal holds (RET-5), placed and released by the DPO, read by the DPO and the archivist
            allow("GET /retention/holds", Role.DPO, Role.ARCHIVIST),
            allow("GET /retention/holds/new", Role.DPO),
            allow("POST /retention/holds", Role.DPO),
            allow("GET /retention/holds/{id}", Role.DPO, Role.ARCHIVIST),
            allow("POST /retention/holds/{id}/release", Role.DPO),
            allow("GET /retention/persons/{personId}/legal-hold-panel", Role.DPO, Role.ARCHIVIST),
            allow("POST /api/v1/legal-holds", Role.DPO),
            allow("GET /api/v1/legal-holds", Role.DPO, Role.ARCHIVIST),
            allow("GET /api/v1/legal-holds/{id}", Role.DPO, Role.ARCHIVIST),
            allow("DELETE /api/v1/legal-holds/{id}", Role.DPO));

    /** Framework endpoints, secured by URL rules in SecurityConfiguration and tested in WebSecurityIntegrationTests. */
    private static final List<String> EXCLUDED_PACKAGES = List.of("org.springdoc.", "org.springframework.boot.");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    ApiTokens apiTokens;

    private final Map<Role, String> tokens = new EnumMap<>(Role.class);

    @Test
    @DisplayName("SEC-2 every endpoint of every module is declared in the expected authorisation table")
    void everyEndpointIsDeclared() {
        var undeclared = endpoints().stream().filter(endpoint -> !EXPECTED.containsKey(endpoint)).toList();

        assertThat(undeclared)
                .as("Declare these endpoints with the roles allowed in EndpointAuthorizationIntegrationTests.EXPECTED")
                .isEmpty();
    }

    @Test
    @DisplayName("SEC-2 the table has no line for an endpoint that does not exist")
    void noStaleLines() {
        var existing = endpoints();

        assertThat(EXPECTED.keySet().stream().filter(endpoint -> !existing.contains(endpoint)).toList())
                .as("These lines of EXPECTED match no handler: remove or correct them")
                .isEmpty();
    }

    @Test
    @DisplayName("SEC-2 every endpoint answers each role and anonymous visitors as the table says")
    void everyEndpointAnswersEachRoleAsDeclared() throws Exception {
        var mismatches = new ArrayList<String>();
        for (var endpoint : endpoints()) {
            var allowed = EXPECTED.get(endpoint);
            if (allowed == null) {
                continue;
            }
            for (var caller : callers()) {
                int status = call(endpoint, caller);
                boolean expectedAllowed = allowed.contains(caller);
                if (expectedAllowed != isAllowed(status, caller)) {
                    mismatches.add(endpoint + " as " + caller + ": HTTP " + status + ", expected "
                            + (expectedAllowed ? "allowed" : "denied"));
                }
            }
        }

        assertThat(mismatches).isEmpty();
    }

    private static boolean isAllowed(int status, String caller) {
        if (caller.equals(ANONYMOUS)) {
            return status != 401 && status != 403 && status != 302;
        }
        return status != 401 && status != 403;
    }

    private int call(String endpoint, String caller) throws Exception {
        var parts = endpoint.split(" ", 2);
        var path = parts[1].replaceAll("\\{[^}]+}", DUMMY_ID);
        var request = request(HttpMethod.valueOf(parts[0]), path).with(csrf());
        if (path.startsWith("/api/")) {
            // A body of the declared type, so that the request reaches its handler's role check.
            if (parts[0].equals("POST") || parts[0].equals("PUT")) {
                request.contentType("application/json").content("{}");
            }
            if (!caller.equals(ANONYMOUS)) {
                request.header("Authorization", "Bearer " + token(Role.valueOf(caller)));
            }
        }
        else if (!caller.equals(ANONYMOUS)) {
            request.with(user("probe-" + caller.toLowerCase()).roles(caller));
        }
        var response = mvc.perform(request).andReturn().getResponse();
        // Anonymous visitors are sent to the login page; a redirect elsewhere is an allowed answer.
        if (caller.equals(ANONYMOUS) && response.getStatus() == 302
                && !String.valueOf(response.getRedirectedUrl()).endsWith("/login")) {
            return 200;
        }
        return response.getStatus();
    }

    private String token(Role role) {
        return tokens.computeIfAbsent(role, r -> apiTokens.create(TestAccounts.uniqueName("probe-" + r.name()
                .toLowerCase()), Set.of(r), null, "test").value());
    }

    private Set<String> endpoints() {
        var endpoints = new TreeSet<String>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
            var handler = entry.getValue().getBeanType().getName();
            if (EXCLUDED_PACKAGES.stream().anyMatch(handler::startsWith)) {
                continue;
            }
            var info = entry.getKey();
            var methods = info.getMethodsCondition().getMethods().isEmpty() ? List.of("GET")
                    : info.getMethodsCondition().getMethods().stream().map(Enum::name).toList();
            for (var pattern : info.getPatternValues()) {
                for (var method : methods) {
                    endpoints.add(method + " " + pattern);
                }
            }
        }
        return endpoints;
    }

    private static List<String> callers() {
        return Stream.concat(Arrays.stream(Role.values()).map(Role::name), Stream.of(ANONYMOUS)).toList();
    }

    private static Map.Entry<String, Set<String>> allow(String endpoint, Role... roles) {
        Set<String> who = roles == PUBLIC
                ? Set.copyOf(callers())
                : Arrays.stream(roles).map(Role::name).collect(Collectors.toUnmodifiableSet());
        return Map.entry(endpoint, who);
    }

    private static Map.Entry<String, Set<String>> anonymousOnly(String endpoint) {
        return Map.entry(endpoint, Set.of(ANONYMOUS));
    }

    @SafeVarargs
    private static Map<String, Set<String>> table(Map.Entry<String, Set<String>>... rows) {
        var table = new LinkedHashMap<String, Set<String>>();
        for (var row : rows) {
            if (table.put(row.getKey(), row.getValue()) != null) {
                throw new IllegalStateException("Declared twice: " + row.getKey());
            }
        }
        return table;
    }
}
