package org.custodian.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import org.custodian.audit.AuditLog;
import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.rights.RequestAttachments.AttachedFile;
import org.custodian.shared.PersonId;
import org.custodian.shared.personaldata.ErasureMode;
import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * DSR-1, SEC-3, RET-4 — the letter or message received with a request entered by staff: checked by its content,
 * stored sealed with the request, opened by the DPO only and audited, counted in the person's access package, kept
 * with the request and deleted with it.
 */
@IntegrationTest
class RequestAttachmentsIntegrationTests {

    private static final RequestPostProcessor DPO = user("nadia").roles("DPO");
    private static final RequestPostProcessor SUPPORT = user("sam").roles("SUPPORT");
    private static final byte[] PDF = "%PDF-1.7\nLettre manuscrite de Madame Berthelot\n%%EOF"
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;
    @Autowired
    RightsRequests requests;
    @Autowired
    RequestAttachments attachments;
    @Autowired
    RightsDataHolder holder;
    @Autowired
    Persons persons;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog audit;

    private final String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    private NewRightsRequest letter(String email) {
        return new NewRightsRequest(RightsKind.ACCESS, RequestChannel.LETTER, requests.today(), email, "Odile",
                "Berthelot" + tag, "44000", null, "Copie de mes données, par courrier");
    }

    private long stored(UUID requestId) {
        return jdbc.sql("SELECT COUNT(*) FROM rights_request_attachment WHERE request_id = ?").param(requestId)
                .query(Long.class).single();
    }

    private static MockMultipartFile file(String name, String type, byte[] content) {
        return new MockMultipartFile("attachment", name, type, content);
    }

    private UUID requestOf(String lastName) {
        return jdbc.sql("SELECT id FROM rights_request WHERE last_name = ?").param(lastName).query(UUID.class)
                .single();
    }

    @Test
    @DisplayName("DSR-1 SEC-3 the scanned letter entered with the request is stored sealed, listed on its page, opened whole by the DPO only, each opening audited")
    void letterSealedListedAndOpenedByTheDpo() throws Exception {
        mvc.perform(multipart("/rights").file(file("lettre.pdf", "application/pdf", PDF)).with(DPO).with(csrf())
                        .param("kind", "ACCESS").param("channel", "LETTER")
                        .param("receivedOn", requests.today().toString()).param("lastName", "Berthelot" + tag))
                .andExpect(status().is3xxRedirection());
        var requestId = requestOf("Berthelot" + tag);

        var sealed = jdbc.sql("SELECT sealed FROM rights_request_attachment WHERE request_id = ?").param(requestId)
                .query(byte[].class).single();
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("Berthelot").doesNotContain("%PDF");
        var attachment = attachments.list(requestId).get(0);
        assertThat(attachment.contentType()).isEqualTo("application/pdf");
        assertThat(attachment.addedBy()).isEqualTo("nadia");

        mvc.perform(get("/rights/{id}", requestId).with(DPO)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Pièce 1 (PDF, 1 Ko), ajoutée par")));
        mvc.perform(get("/rights/{id}/attachments/{file}", requestId, attachment.id()).with(DPO))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andExpect(content().bytes(PDF));
        mvc.perform(get("/rights/{id}/attachments/{file}", requestId, attachment.id()).with(SUPPORT))
                .andExpect(status().isForbidden());
        mvc.perform(get("/rights/{id}/attachments/{file}", UUID.randomUUID(), attachment.id()).with(DPO))
                .andExpect(status().isNotFound());
        audit.flush();
        assertThat(jdbc.sql("SELECT detail FROM audit_entry WHERE resource_type = ? AND action = 'READ'"
                        + " AND resource_id = ?")
                .params(RequestAttachments.RESOURCE, attachment.id().toString()).query(String.class).list())
                .containsExactly("file received with request " + requestId + " opened");
    }

    @Test
    @DisplayName("DSR-1 customer service enters a letter with its scan, and cannot open it afterwards")
    void supportEntersButDoesNotRead() throws Exception {
        mvc.perform(multipart("/rights").file(file("scan.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G',
                        0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3})).with(SUPPORT).with(csrf())
                        .param("kind", "ERASURE").param("channel", "LETTER")
                        .param("receivedOn", requests.today().toString()).param("lastName", "Berthelot" + tag))
                .andExpect(status().is3xxRedirection());
        var requestId = requestOf("Berthelot" + tag);

        assertThat(attachments.list(requestId)).singleElement()
                .satisfies(file -> assertThat(file.contentType()).isEqualTo("image/png"));
        mvc.perform(get("/rights/{id}/attachments/{file}", requestId, attachments.list(requestId).get(0).id())
                .with(SUPPORT)).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("DSR-1 the file is checked by its content and size with the rest of the form: a text renamed .pdf or a file over 5 MB is refused with a clear message, and no request is stored")
    void refusedFileStoresNothing() throws Exception {
        mvc.perform(multipart("/rights").file(file("lettre.pdf", "application/pdf",
                                "pas un PDF".getBytes(StandardCharsets.UTF_8))).with(DPO).with(csrf())
                        .param("kind", "ACCESS").param("channel", "LETTER")
                        .param("receivedOn", requests.today().plusDays(1).toString())
                        .param("lastName", "Berthelot" + tag))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Seuls les fichiers PDF, JPEG et PNG sont acceptés")))
                .andExpect(content().string(containsString("La date de réception ne peut pas être dans le futur")))
                .andExpect(content().string(containsString("aria-describedby=\"attachment-error attachment-hint\"")));
        var large = Arrays.copyOf(PDF, RequestAttachments.MAX_BYTES + 1);
        mvc.perform(multipart("/rights").file(file("grand.pdf", "application/pdf", large)).with(DPO).with(csrf())
                        .param("kind", "ACCESS").param("channel", "LETTER")
                        .param("receivedOn", requests.today().toString()).param("lastName", "Berthelot" + tag))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le fichier dépasse 5 Mo, la taille maximale")));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM rights_request WHERE last_name = ?").param("Berthelot" + tag)
                .query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("DSR-1 without a file the staff form records the request as before")
    void fileIsOptional() throws Exception {
        mvc.perform(multipart("/rights").file(file("", "application/octet-stream", new byte[0])).with(DPO)
                        .with(csrf()).param("kind", "ACCESS").param("channel", "PHONE")
                        .param("receivedOn", requests.today().toString()).param("lastName", "Berthelot" + tag))
                .andExpect(status().is3xxRedirection());

        assertThat(stored(requestOf("Berthelot" + tag))).isZero();
    }

    @Test
    @DisplayName("DSR-1 SEC-3 the API attaches a file to a request (DPO), refusing a wrong type field by field")
    void apiAttaches() throws Exception {
        var requestId = requests.create(letter(null)).id();

        mvc.perform(multipart("/api/v1/rights-requests/{id}/attachments", requestId)
                        .file(file("scan.jpg", "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 7}))
                        .with(user("api-dpo").roles("DPO")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.contentType").value("image/jpeg"))
                .andExpect(jsonPath("$.sizeBytes").value(4));
        mvc.perform(multipart("/api/v1/rights-requests/{id}/attachments", requestId)
                        .file(file("scan.pdf", "application/pdf", "texte".getBytes(StandardCharsets.UTF_8)))
                        .with(user("api-dpo").roles("DPO")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:custodian:problem:rights-request-validation"))
                .andExpect(jsonPath("$.errors[0].field").value("attachment"))
                .andExpect(jsonPath("$.errors[0].rule").value("attachment.type"));
        mvc.perform(multipart("/api/v1/rights-requests/{id}/attachments", requestId)
                        .with(user("api-dpo").roles("DPO")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].rule").value("attachment.empty"));
        mvc.perform(multipart("/api/v1/rights-requests/{id}/attachments", UUID.randomUUID())
                        .file(file("scan.pdf", "application/pdf", PDF)).with(user("api-dpo").roles("DPO")))
                .andExpect(status().isNotFound());

        assertThat(stored(requestId)).isEqualTo(1);
    }

    @Test
    @DisplayName("SEC-3 a sealed file copied to another request does not open")
    void sealedForItsRequest() {
        var first = attachments.create(letter(null), AttachedFile.of(PDF)).id();
        var second = requests.create(letter(null)).id();
        var id = attachments.list(first).get(0).id();
        jdbc.sql("UPDATE rights_request_attachment SET request_id = ? WHERE id = ?").params(second, id).update();

        assertThatThrownBy(() -> attachments.open(second, id)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("DSR-3 RET-4 the person's access package counts the letters received with their requests without copying them; an erasure keeps them with the request, and they go with it")
    void countedKeptAndDeletedWithTheRequest() {
        var email = "odile." + tag + "@example.org";
        PersonId person = persons.create(new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null,
                "Berthelot" + tag, "Odile", email, null, null, "44000", null, null, null, null, null)).id();
        var requestId = attachments.create(letter(email), AttachedFile.of(PDF)).id();
        requests.match(requestId, person);

        var exported = holder.export(person).records().get("requests");
        assertThat(exported).singleElement().isInstanceOfSatisfying(RightsDataHolder.ExportedRequest.class,
                request -> assertThat(request.attachments()).isEqualTo(1));
        assertThat(exported.toString()).doesNotContain("Lettre manuscrite");

        var erased = holder.erase(person, ErasureMode.ERASE);
        assertThat(erased.kept()).singleElement()
                .satisfies(kept -> assertThat(kept.what()).contains("letters or messages received"));
        assertThat(stored(requestId)).isEqualTo(1);

        jdbc.sql("DELETE FROM rights_request WHERE id = ?").param(requestId).update();
        assertThat(stored(requestId)).as("deleted with the request").isZero();
    }
}
