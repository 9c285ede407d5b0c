package org.custodian.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Pattern;

import org.custodian.audit.AuditLog;
import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.testing.IntegrationTest;
import org.custodian.testing.Mailbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * DSR-2, RET-4 — the identity check answered by the person: the button of the link mailed to the address on file, or
 * a document uploaded, sealed, opened by the DPO only and deleted as soon as the DPO concludes.
 */
@IntegrationTest
class IdentityProofsIntegrationTests {

    private static final Pattern LINK = Pattern.compile("/p/rights/identity/([A-Za-z0-9_-]{43})");
    private static final RequestPostProcessor DPO = user("nadia").roles("DPO");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H',
        'D', 'R', 'p', 'i', 'x', 'e', 'l', 's'};

    @Autowired
    MockMvc mvc;
    @Autowired
    RightsRequests requests;
    @Autowired
    Persons persons;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog audit;
    @Autowired
    IdentityProofs proofs;
    @Autowired
    RightsDataHolder holder;

    private final String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    private final String onFile = "garance." + tag + "@example.org";
    private final String typed = "garance." + tag + "@autre.example.net";
    private UUID requestId;

    @BeforeEach
    void aRequestMatchedToAPersonWithAnotherAddressOnFile() throws Exception {
        var person = persons.create(new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, "Verlaine" + tag,
                "Garance", onFile, null, null, "75011", null, null, null, null, null)).id();
        requestId = requests.create(new NewRightsRequest(RightsKind.ACCESS, RequestChannel.EMAIL, requests.today(),
                typed, "Garance", "Verlaine" + tag, "75011", null, "Copie de mes données")).id();
        requests.match(requestId, person);
        mvc.perform(post("/rights/{id}/identity-check", requestId).with(DPO).with(csrf())
                        .param("reason", "L’adresse de la demande n’est pas celle du fichier."))
                .andExpect(status().is3xxRedirection());
    }

    private String token(String address) {
        for (var body : Mailbox.bodies(jdbc, address)) {
            var link = LINK.matcher(body);
            if (link.find()) {
                return link.group(1);
            }
        }
        throw new AssertionError("No identity link was mailed to " + address);
    }

    private RequestStatus requestStatus() {
        return RequestStatus.valueOf(jdbc.sql("SELECT status FROM rights_request WHERE id = ?").param(requestId)
                .query(String.class).single());
    }

    private String check() {
        return jdbc.sql("SELECT COALESCE(way, '-') || ' ' || COALESCE(result, '-') || ' ' || COALESCE(decided_by, '-')"
                + " FROM rights_identity_check WHERE request_id = ?").param(requestId).query(String.class).single();
    }

    private long documents() {
        return jdbc.sql("SELECT COUNT(*) FROM rights_identity_document d JOIN rights_identity_check c"
                + " ON c.id = d.check_id WHERE c.request_id = ?").param(requestId).query(Long.class).single();
    }

    private static MockMultipartFile file(String name, String type, byte[] content) {
        return new MockMultipartFile("document", name, type, content);
    }

    @Test
    @DisplayName("DSR-2 the link goes to the address on file; opening it confirms nothing; \"C’est bien moi\" confirms the identity, records it and resumes the deadline")
    void theButtonOfTheLinkOnFileConfirms() throws Exception {
        var token = token(onFile);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rights_identity_check WHERE on_file_token_hash = ?"
                + " OR upload_token_hash = ?").params(token, token).query(Long.class).single())
                .as("only the token's hash is stored").isZero();

        mvc.perform(get("/p/rights/identity/{token}", token)).andExpect(status().isOk())
                .andExpect(content().string(containsString("C’est bien moi")));
        assertThat(requestStatus()).isEqualTo(RequestStatus.WAITING_FOR_PERSON);

        mvc.perform(post("/p/rights/identity/{token}/confirm", token)).andExpect(status().isOk())
                .andExpect(content().string(containsString("votre identité est confirmée")));

        assertThat(requestStatus()).isEqualTo(RequestStatus.RECEIVED);
        assertThat(check()).isEqualTo("CODE CONFIRMED " + IdentityProofs.BY_LINK);
        assertThat(requests.get(requestId).pauses()).singleElement()
                .satisfies(pause -> assertThat(pause.running()).isFalse());
        mvc.perform(post("/p/rights/identity/{token}/confirm", token)).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("DSR-3 DSR-2 the person's access export holds the identity check of their request: reason, way, result, proofs counted not copied")
    void identityCheckInTheAccessExport() throws Exception {
        mvc.perform(multipart("/p/rights/identity/{token}/document", token(typed))
                .file(file("carte.png", "image/png", PNG))).andExpect(status().isOk());
        var person = requests.get(requestId).matches().get(0).personId();

        var export = holder.export(person).records().get("identity_checks");

        assertThat(export).singleElement().isInstanceOfSatisfying(RightsDataHolder.ExportedIdentityCheck.class,
                check -> {
                    assertThat(check.requestId()).isEqualTo(requestId);
                    assertThat(check.reason()).isEqualTo("L’adresse de la demande n’est pas celle du fichier.");
                    assertThat(check.result()).isNull();
                    assertThat(check.documentsWaiting()).isEqualTo(1);
                });
    }

    @Test
    @DisplayName("DSR-2 the link mailed to the address the requester typed offers the upload only, and confirms nothing")
    void theRequestersLinkCannotConfirm() throws Exception {
        var token = token(typed);

        mvc.perform(get("/p/rights/identity/{token}", token)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("C’est bien moi"))))
                .andExpect(content().string(containsString("Envoyer le justificatif")));
        mvc.perform(post("/p/rights/identity/{token}/confirm", token)).andExpect(status().isNotFound());

        assertThat(requestStatus()).isEqualTo(RequestStatus.WAITING_FOR_PERSON);
        assertThat(check()).isEqualTo("- - -");
    }

    @Test
    @DisplayName("DSR-2 SEC-2 a browser signed in to Custodian confirms nothing and uploads nothing")
    void staffBrowserRefused() throws Exception {
        var token = token(onFile);

        mvc.perform(post("/p/rights/identity/{token}/confirm", token).with(DPO)).andExpect(status().isForbidden());
        mvc.perform(multipart("/p/rights/identity/{token}/document", token).file(file("id.png", "image/png", PNG))
                .with(DPO)).andExpect(status().isForbidden());

        assertThat(requestStatus()).isEqualTo(RequestStatus.WAITING_FOR_PERSON);
        assertThat(documents()).isZero();
    }

    @Test
    @DisplayName("DSR-2 a document is checked by its content: a text renamed .pdf, an empty file and one over 5 MB are refused")
    void documentsCheckedByContent() throws Exception {
        var token = token(typed);
        mvc.perform(multipart("/p/rights/identity/{token}/document", token)
                        .file(file("carte.pdf", "application/pdf", "pas un PDF".getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Seuls les fichiers PDF, JPEG et PNG")));
        mvc.perform(multipart("/p/rights/identity/{token}/document", token)
                        .file(file("vide.png", "image/png", new byte[0])))
                .andExpect(status().isUnprocessableContent());
        var large = Arrays.copyOf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), IdentityDocuments.MAX_BYTES + 1);
        mvc.perform(multipart("/p/rights/identity/{token}/document", token)
                        .file(file("grand.pdf", "application/pdf", large)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("dépasse 5 Mo")));

        assertThat(documents()).isZero();
    }

    @Test
    @DisplayName("DSR-2 an uploaded document is stored encrypted and opened by the DPO only, the opening audited")
    void documentEncryptedAndReadByTheDpoOnly() throws Exception {
        var token = token(typed);
        mvc.perform(multipart("/p/rights/identity/{token}/document", token).file(file("id.png", "image/png", PNG)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("bien été reçu")));

        var row = jdbc.sql("SELECT d.id, d.sealed FROM rights_identity_document d JOIN rights_identity_check c"
                        + " ON c.id = d.check_id WHERE c.request_id = ?").param(requestId)
                .query((rs, i) -> new Object[] {rs.getObject("id", UUID.class), rs.getBytes("sealed")}).single();
        var sealed = new String((byte[]) row[1], StandardCharsets.ISO_8859_1);
        assertThat(sealed).doesNotContain("IHDRpixels").doesNotContain("PNG");

        mvc.perform(get("/rights/{id}/identity/documents/{doc}", requestId, row[0]).with(DPO))
                .andExpect(status().isOk()).andExpect(content().contentType("image/png"))
                .andExpect(content().bytes(PNG));
        mvc.perform(get("/rights/{id}/identity/documents/{doc}", requestId, row[0])
                .with(user("sam").roles("SUPPORT"))).andExpect(status().isForbidden());
        audit.flush();
        assertThat(jdbc.sql("SELECT detail FROM audit_entry WHERE resource_type = ? AND action = 'READ'")
                .param(IdentityProofs.RESOURCE).query(String.class).list())
                .contains("proof of identity " + row[0] + " opened");
    }

    @Test
    @DisplayName("DSR-2 RET-4 \"Identité confirmée\" deletes the documents from the database, keeps the check's record and resumes the deadline")
    void confirmationDeletesTheDocuments() throws Exception {
        var token = token(onFile);
        mvc.perform(multipart("/p/rights/identity/{token}/document", token).file(file("id.png", "image/png", PNG)))
                .andExpect(status().isOk());
        assertThat(documents()).isEqualTo(1);
        mvc.perform(get("/rights/{id}", requestId).with(DPO)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Justificatif 1 (PNG")));

        mvc.perform(post("/rights/{id}/identity/confirmed", requestId).with(DPO).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(documents()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rights_identity_document").query(Long.class).single())
                .as("no document of any check is left unless still awaited").isEqualTo(jdbc.sql(
                        "SELECT COUNT(*) FROM rights_identity_document d JOIN rights_identity_check c ON c.id ="
                                + " d.check_id WHERE c.result IS NULL").query(Long.class).single());
        assertThat(check()).isEqualTo("DOCUMENT CONFIRMED nadia");
        assertThat(jdbc.sql("SELECT reason FROM rights_identity_check WHERE request_id = ?").param(requestId)
                .query(String.class).single()).isEqualTo("L’adresse de la demande n’est pas celle du fichier.");
        assertThat(requestStatus()).isEqualTo(RequestStatus.RECEIVED);
        mvc.perform(get("/p/rights/identity/{token}", token)).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("DSR-2 \"Identité non établie\" is recorded and deletes the documents; the request still waits, to be refused")
    void notEstablishedRecorded() throws Exception {
        mvc.perform(multipart("/p/rights/identity/{token}/document", token(typed))
                .file(file("id.jpg", "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x20})))
                .andExpect(status().isOk());

        mvc.perform(post("/rights/{id}/identity/not-established", requestId).with(DPO).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(documents()).isZero();
        assertThat(check()).isEqualTo("DOCUMENT NOT_ESTABLISHED nadia");
        assertThat(requestStatus()).isEqualTo(RequestStatus.WAITING_FOR_PERSON);
    }

    @Test
    @DisplayName("DSR-2 without a matched person with an address on file, only the requester's upload link is mailed")
    void noPersonOnFile() throws Exception {
        var other = requests.create(new NewRightsRequest(RightsKind.ERASURE, RequestChannel.EMAIL, requests.today(),
                "seul." + tag + "@example.org", null, "Seul" + tag, null, null, null)).id();
        mvc.perform(post("/rights/{id}/identity-check", other).with(DPO).with(csrf()).param("reason", "Doute."))
                .andExpect(status().is3xxRedirection());

        var token = token("seul." + tag + "@example.org");
        mvc.perform(get("/p/rights/identity/{token}", token)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("C’est bien moi"))));
        assertThat(jdbc.sql("SELECT on_file_person_id IS NULL AND on_file_token_hash IS NULL FROM"
                + " rights_identity_check WHERE request_id = ?").param(other).query(Boolean.class).single()).isTrue();
    }

    @Test
    @DisplayName("DSR-2 a proof left on a request answered or refused without a conclusion is deleted by the sweep")
    void leftoverProofsOfClosedRequestsDeleted() throws Exception {
        mvc.perform(multipart("/p/rights/identity/{token}/document", token(typed))
                        .file(file("id.png", "image/png", PNG)))
                .andExpect(status().isOk());
        jdbc.sql("UPDATE rights_request SET status = 'REFUSED' WHERE id = ?").param(requestId).update();

        // The sweep itself, not its lock: another test context's scheduler may hold that lock at this moment.
        AopTestUtils.<IdentityProofs>getUltimateTargetObject(proofs).deleteDocumentsOfClosedRequests();

        assertThat(documents()).isZero();
        assertThat(check()).isEqualTo("- - -");
    }
}
