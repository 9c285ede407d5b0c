package org.custodian.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.shared.PersonId;
import org.custodian.shared.personaldata.ErasureMode;
import org.custodian.testing.IntegrationTest;
import org.custodian.testing.Mailbox;
import org.custodian.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * DSR-7, RET-4, GDPR Art. 12(4): the answer to a rights request — files built and kept, a download link mailed and
 * never the files, the requester's page and downloads, the link's expiry, one answer per request, the refusal.
 */
@IntegrationTest
@WithMockUser(username = "nadia", roles = "DPO")
class RequestAnswersIntegrationTests {

    private static final Pattern LINK = Pattern.compile("/p/rights/answers/([A-Za-z0-9_-]+)");
    private static final String LETTER = "Madame, vous trouverez ci-joint la copie de vos données.";

    @Autowired
    RequestAnswers answers;
    @Autowired
    RightsRequests requests;
    @Autowired
    Persons persons;
    @Autowired
    AnswerDataHolder holder;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    MutableClock clock;
    @Autowired
    org.custodian.audit.AuditLog audit;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final String email = "reponse." + tag + "@example.org";
    private final String phone = "06" + String.valueOf(Math.abs(tag.hashCode()) % 100_000_000 + 100_000_000)
            .substring(1);
    private PersonId person;

    @BeforeEach
    void person() {
        person = persons.create(new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, "Reponse" + tag, "Léa",
                email, phone, null, null, null, null, null, null, null)).id();
    }

    private UUID request(RightsKind kind, String address, boolean matched) {
        var id = requests.create(new NewRightsRequest(kind, RequestChannel.EMAIL, requests.today(), address, "Léa",
                "Reponse" + tag, null, null, "Ma demande " + tag)).id();
        if (matched) {
            requests.match(id, person);
        }
        return id;
    }

    private String token() {
        for (var body : Mailbox.bodies(jdbc, email)) {
            var link = LINK.matcher(body);
            if (link.find()) {
                return link.group(1);
            }
        }
        throw new AssertionError("No answer link was mailed to " + email);
    }

    @Test
    @DisplayName("DSR-7 an access answer mails a download link and never the files; the request is answered")
    void mailsALinkNotTheFiles() {
        var id = request(RightsKind.ACCESS, email, true);

        var answer = answers.answer(id, LETTER, false);

        assertThat(answer.files()).extracting(AnswerView.FileView::name)
                .containsExactly("lettre-reponse.pdf", "donnees-personnelles.pdf", "donnees-personnelles.json");
        var mail = jdbc.sql("SELECT text_body, html_body, headers, category FROM mail_message WHERE id = ?")
                .param(answer.mailId()).query((rs, row) -> new String[] {rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4)}).single();
        assertThat(mail[0]).contains("/p/rights/answers/" + token()).doesNotContain(phone).doesNotContain("{")
                .doesNotContain(LETTER);
        assertThat(mail[1]).isNull();
        assertThat(String.valueOf(mail[2])).doesNotContainIgnoringCase("attachment");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rights_answer WHERE token_hash = ?").param(token())
                .query(Long.class).single()).as("only the token's hash is stored").isZero();
        var request = requests.get(id);
        assertThat(request.status()).isEqualTo(RequestStatus.ANSWERED);
        assertThat(request.answeredAt()).isEqualTo(answer.answeredAt());
        assertThat(answer.linkExpiresAt()).isEqualTo(answer.answeredAt().plus(Duration.ofDays(30)));
    }

    @Test
    @DisplayName("DSR-7 the requester's page lists the files; the JSON downloaded holds the person's records; GET and POST both download, counted")
    void theRequesterDownloadsTheFiles() throws Exception {
        var id = request(RightsKind.ACCESS, email, true);
        answers.answer(id, LETTER, false);
        var token = token();

        mvc.perform(get("/p/rights/answers/{token}", token).with(anonymous())).andExpect(status().isOk())
                .andExpect(content().string(containsString("donnees-personnelles.json")))
                .andExpect(content().string(containsString("lettre-reponse.pdf")))
                .andExpect(content().string(containsString(LETTER)));
        var json = mvc.perform(post("/p/rights/answers/{token}/files/3", token).with(anonymous())).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("donnees-personnelles.json")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).contains(email).contains("Reponse" + tag).contains(phone);
        var pdf = mvc.perform(get("/p/rights/answers/{token}/files/2", token).with(anonymous())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(answers.of(id).orElseThrow().downloads()).isEqualTo(2);
        audit.flush();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE resource_type = 'rights-answer'"
                        + " AND action = 'EXPORT' AND resource_id = ?")
                .param(answers.of(id).orElseThrow().id().toString()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    @DisplayName("DSR-7 after 30 days the link has expired: the page says so and how to ask for a new one; a new link works")
    void theLinkExpires() throws Exception {
        var id = request(RightsKind.ERASURE, email, false);
        answers.answer(id, "Madame, nous avons effacé vos données " + tag + ".", false);
        var token = token();
        var start = clock.instant();
        try {
            clock.advance(Duration.ofDays(30).plusSeconds(1));
            mvc.perform(get("/p/rights/answers/{token}", token).with(anonymous())).andExpect(status().isGone())
                    .andExpect(content().string(containsString("Ce lien a expiré")));
            mvc.perform(post("/p/rights/answers/{token}/files/1", token).with(anonymous())).andExpect(status().isGone());

            answers.renewLink(id);
            var renewed = token();
            assertThat(renewed).isNotEqualTo(token);
            mvc.perform(get("/p/rights/answers/{token}", token).with(anonymous())).andExpect(status().isNotFound());
            mvc.perform(get("/p/rights/answers/{token}/files/1", renewed).with(anonymous())).andExpect(status().isOk());
        } finally {
            clock.set(start);
        }
    }

    @Test
    @DisplayName("DSR-7 a browser signed in to Custodian cannot use the requester's link")
    void staffBrowserRefused() throws Exception {
        var id = request(RightsKind.OBJECTION, email, false);
        answers.answer(id, "Madame, votre opposition est enregistrée.", false);
        var token = token();

        mvc.perform(get("/p/rights/answers/{token}", token).with(user("nadia").roles("DPO")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("réservé à la personne")));
        mvc.perform(post("/p/rights/answers/{token}/files/1", token).with(user("nadia").roles("DPO")))
                .andExpect(status().isForbidden());
        assertThat(answers.of(id).orElseThrow().downloads()).isZero();
    }

    @Test
    @DisplayName("DSR-7 six concurrent answers to one request make one answer and one message; the others are refused")
    void concurrentAnswersMakeOne() throws Exception {
        var id = request(RightsKind.OBJECTION, email, false);
        var executor = Executors.newFixedThreadPool(6);
        var start = new CountDownLatch(1);
        var results = new ArrayList<Future<Boolean>>();
        try {
            for (var i = 0; i < 6; i++) {
                results.add(executor.submit(() -> {
                    start.await();
                    try {
                        answers.answer(id, "Madame, votre opposition est enregistrée.", false);
                        return true;
                    } catch (AnswerRefused refused) {
                        assertThat(refused.conflict()).isTrue();
                        return false;
                    }
                }));
            }
            start.countDown();
            var sent = 0;
            for (var result : results) {
                try {
                    sent += result.get() ? 1 : 0;
                } catch (ExecutionException e) {
                    throw new AssertionError(e.getCause());
                }
            }
            assertThat(sent).isEqualTo(1);
        } finally {
            executor.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rights_answer WHERE request_id = ?").param(id).query(Long.class)
                .single()).isEqualTo(1);
        assertThat(Mailbox.bodies(jdbc, email)).filteredOn(body -> LINK.matcher(body).find()).hasSize(1);
    }

    @Test
    @DisplayName("DSR-7 one answer per request: a second answer is refused as a conflict")
    void secondAnswerRefused() {
        var id = request(RightsKind.OBJECTION, email, false);
        answers.answer(id, "Madame, votre opposition est enregistrée.", false);

        assertThatThrownBy(() -> answers.answer(id, "Encore.", false)).isInstanceOf(AnswerRefused.class)
                .satisfies(e -> assertThat(((AnswerRefused) e).violation().rule()).isEqualTo("DSR-7.closed"));
    }

    @Test
    @DisplayName("DSR-7 without an e-mail address the answer is refused (answer by post); marked answered by post, the letter and files are kept")
    void withoutAddressAnswerByPost() {
        var id = request(RightsKind.ACCESS, null, true);

        assertThatThrownBy(() -> answers.answer(id, LETTER, false)).isInstanceOf(AnswerRefused.class)
                .satisfies(e -> assertThat(((AnswerRefused) e).violation().rule()).isEqualTo("DSR-7.no-address"));
        var answer = answers.answerByPost(id, LETTER, false);

        assertThat(answer.method()).isEqualTo("POST");
        assertThat(answer.mailId()).isNull();
        assertThat(answer.letter()).isEqualTo(LETTER);
        assertThat(answer.files()).hasSize(3);
        assertThat(requests.get(id).status()).isEqualTo(RequestStatus.ANSWERED);
    }

    @Test
    @DisplayName("DSR-7 an access or portability answer needs a matched person: refused as a conflict before anything is sent")
    void accessNeedsAMatch() {
        var id = request(RightsKind.PORTABILITY, email, false);

        assertThatThrownBy(() -> answers.answer(id, LETTER, false)).isInstanceOf(AnswerRefused.class)
                .satisfies(e -> assertThat(((AnswerRefused) e).violation().rule()).isEqualTo("DSR-7.match-first"));
        assertThat(Mailbox.bodies(jdbc, email)).isEmpty();
        assertThat(requests.get(id).status()).isEqualTo(RequestStatus.RECEIVED);
    }

    @Test
    @DisplayName("DSR-7 the erasure draft says what was erased and kept; sent as drafted, with its passages to complete, it is refused")
    void draftToCompleteIsRefused() {
        var id = request(RightsKind.ERASURE, email, false);
        var draft = answers.draft(id);

        assertThat(draft).contains("Bonjour Léa Reponse" + tag).contains("Nous conservons").contains("[à compléter");
        assertThatThrownBy(() -> answers.answer(id, draft, false)).isInstanceOf(AnswerRefused.class)
                .satisfies(e -> assertThat(((AnswerRefused) e).violation().rule()).isEqualTo("DSR-7.incomplete"));
    }

    @Test
    @DisplayName("DSR-4 a portability answer holds the portable data as JSON and CSV")
    void portabilityFiles() {
        var id = request(RightsKind.PORTABILITY, email, true);

        var answer = answers.answer(id, "Madame, voici vos données portables.", false);

        assertThat(answer.files()).extracting(AnswerView.FileView::name)
                .containsExactly("lettre-reponse.pdf", "donnees-portables.json", "donnees-portables.csv");
        assertThat(new String(answers.file(id, 3).content(), StandardCharsets.UTF_8)).contains(email);
    }

    @Test
    @DisplayName("GDPR Art. 12(4) a refusal mails the reason and the right to complain to the CNIL; the request is refused")
    void refusal() {
        var id = request(RightsKind.ACCESS, email, true);

        answers.refuse(id, "Votre demande est identique à celle du mois dernier " + tag + ".");

        assertThat(requests.get(id).status()).isEqualTo(RequestStatus.REFUSED);
        assertThat(Mailbox.bodies(jdbc, email)).first().asString().contains("celle du mois dernier " + tag)
                .contains("CNIL").contains("réclamation");
    }

    @Test
    @DisplayName("RET-4 DSR-7 the answer is in the person's access package, and an erasure keeps it as proof until five years after the answer")
    void keptAsProof() {
        var id = request(RightsKind.ACCESS, email, true);
        var answer = answers.answer(id, LETTER, false);

        var export = holder.export(person);
        var erased = holder.erase(person, ErasureMode.ERASE);

        assertThat(export.records().get("answers")).singleElement()
                .satisfies(record -> assertThat(((AnswerDataHolder.ExportedAnswer) record).letter()).isEqualTo(LETTER));
        assertThat(erased.kept()).singleElement().satisfies(kept -> {
            assertThat(kept.until()).isEqualTo(answer.answeredAt().atOffset(ZoneOffset.UTC).plusYears(5).toInstant());
            assertThat(kept.legalReason()).contains("limitation period");
        });
        assertThat(answers.file(id, 1).content()).isNotEmpty();
    }
}
