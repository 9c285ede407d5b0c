package org.custodian.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.custodian.audit.AuditLog;
import org.custodian.consent.Channel;
import org.custodian.consent.ConsentLedger;
import org.custodian.consent.HowGiven;
import org.custodian.consent.SoftOptInEvidence;
import org.custodian.consent.StaffStatement;
import org.custodian.contacts.ContactKind;
import org.custodian.contacts.PersonContacts;
import org.custodian.contacts.ProductFamilies;
import org.custodian.contacts.PurchaseData;
import org.custodian.contacts.Purchases;
import org.custodian.contacts.SensitiveCategory;
import org.custodian.contacts.SensitiveConsent;
import org.custodian.contacts.SensitiveData;
import org.custodian.notices.CollectionForms;
import org.custodian.notices.FormFixture;
import org.custodian.notices.PrivacyNotices;
import org.custodian.prospecting.SuppressionChannel;
import org.custodian.register.OrganisationSettings;
import org.custodian.prospecting.SuppressionList;
import org.custodian.prospecting.SuppressionRequest;
import org.custodian.prospecting.SuppressionSource;
import org.custodian.shared.PersonId;
import org.custodian.shared.personaldata.PersonalDataHolder;
import org.custodian.shared.personaldata.SubjectExport;
import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * DSR-3, DSR-4 (NESTOR, seed 003: an access request answered with categories of data instead of the data): a person
 * with data in every module gets a package whose JSON and PDF hold every record, value by value.
 */
@IntegrationTest
class AccessPackagesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccessPackages packages;
    @Autowired
    List<PersonalDataHolder> holders;
    @Autowired
    ObjectMapper mapper;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PrivacyNotices notices;
    @Autowired
    CollectionForms forms;
    @Autowired
    ConsentLedger ledger;
    @Autowired
    SensitiveData sensitiveData;
    @Autowired
    Purchases purchases;
    @Autowired
    PersonContacts contacts;
    @Autowired
    ProductFamilies families;
    @Autowired
    SuppressionList suppression;
    @Autowired
    AuditLog audit;
    @Autowired
    OrganisationSettings organisation;

    private static final java.util.Random RANDOM = new java.util.Random();

    /** Letters only: a value with digits could read as a phone number where none is allowed. */
    private final String tag = UUID.randomUUID().toString().substring(0, 8).chars()
            .mapToObj(c -> String.valueOf((char) (Character.isDigit(c) ? 'g' + c - '0' : c)))
            .collect(java.util.stream.Collectors.joining());
    private final String phone = String.format("06 %02d %02d %02d %02d", RANDOM.nextInt(100), RANDOM.nextInt(100),
            RANDOM.nextInt(100), RANDOM.nextInt(100));
    private final String family = "JARDIN" + tag.substring(0, 4).toUpperCase(Locale.ROOT);
    private final String lastName = "Vautrin" + tag;
    private final String firstNames = "Héloïse" + tag;
    private final String email = "heloise." + tag + "@example.org";
    private final String address = "12 rue des Tanneurs " + tag + "\n69001 Lyon";
    private final String note = "Préfère être appelée le matin " + tag;
    private final String allergy = "Allergie au pollen " + tag;
    private final String saleReference = "CMD-" + tag;
    private final String staffDetails = "Lettre reçue le 2 mars " + tag;
    private final String suppressionReason = "Ne plus recevoir de courrier " + tag;
    private final LocalDate purchasedOn = LocalDate.of(2026, 3, 14);
    private PersonId person;

    @BeforeEach
    void personWithDataInEveryModule() throws Exception {
        var body = """
                {"type":"PROSPECT","audience":"CONSUMER","lastName":"%s","firstNames":"%s","email":"%s",
                 "phone":"%s"}""".formatted(lastName, firstNames, email, phone);
        person = PersonId.of(JsonPath.read(mvc.perform(post("/api/v1/persons").with(user("api-sales").roles("SALES"))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id"));
        mvc.perform(post("/persons/{id}", person.value()).with(csrf()).with(user("camille").roles("SUPPORT"))
                        .param("type", "CUSTOMER").param("audience", "CONSUMER").param("lastName", lastName)
                        .param("firstNames", firstNames).param("email", email).param("phone", phone)
                        .param("address", address).param("notes", note))
                .andExpect(status().is3xxRedirection());
        var slug = FormFixture.openForm(jdbc, notices, forms, List.of("https://boutique.example.fr"));
        mvc.perform(post("/p/forms/{slug}", slug).param("formVersion", "1").param("lastName", lastName)
                        .param("firstNames", firstNames).param("email", email).param("phone", phone)
                        .param("consent", "PROSPECTING:EMAIL").param("opposition", "PROSPECTING:POST")
                        .header("User-Agent", "Mozilla/5.0 " + tag))
                .andExpect(status().is3xxRedirection());
        asDpo(() -> {
            ledger.requestEmailConsent(person.value(), email, ConsentLedger.PARTNER_TRANSMISSION,
                    "Offres des partenaires " + tag, Locale.FRENCH);
            ledger.recordGivenToStaff(person.value(), "PROSPECTING", Channel.SMS, "J'accepte les SMS " + tag,
                    new StaffStatement(HowGiven.LETTER, staffDetails));
            ledger.recordSoftOptIn(SoftOptInEvidence.byApi(person.value(), Channel.EMAIL, saleReference, null,
                    purchasedOn, true, "case à cocher " + tag, false, "checkout", "198.51.100.7",
                    "Mozilla/5.0 " + tag));
            sensitiveData.record(person, SensitiveCategory.HEALTH, "Allergies", allergy,
                    new SensitiveConsent("J'accepte que mes allergies soient notées " + tag, "comptoir", null, null,
                            "198.51.100.7", "Mozilla/5.0 " + tag, "boutique de Lyon"));
            if (families.find(family).isEmpty()) {
                families.create(family, "Jardin " + tag);
            }
            purchases.record(person, new PurchaseData(purchasedOn, family, purchasedOn.plusYears(2), null, true,
                    true, false));
            contacts.record(person, purchasedOn.plusDays(3), ContactKind.CALL);
            suppression.add(new SuppressionRequest(email, null, SuppressionChannel.POST, SuppressionSource.STAFF,
                    suppressionReason));
        });
        audit.flush();
    }

    @Test
    @DisplayName("DSR-3 the JSON package holds every record of every holder, with all its fields, one by one")
    void jsonHoldsEveryRecordOfEveryHolder() throws Exception {
        var json = mapper.readTree(asDpo(() -> packages.json(person, true)));

        var sections = json.get("sections");
        var expected = exportsOfEveryHolder();
        assertThat(sections.size()).isEqualTo(expected.size());
        for (var i = 0; i < expected.size(); i++) {
            var export = expected.get(i);
            assertThat(sections.get(i).get("section").asString()).isEqualTo(export.section());
            for (var kind : export.records().entrySet()) {
                var records = sections.get(i).get("records").get(kind.getKey());
                assertThat(records.size()).as(export.section() + "/" + kind.getKey()).isEqualTo(kind.getValue().size());
                for (var r = 0; r < kind.getValue().size(); r++) {
                    assertThat(records.get(r)).as(export.section() + "/" + kind.getKey() + "[" + r + "]")
                            .isEqualTo(mapper.readTree(mapper.writeValueAsString(kind.getValue().get(r))));
                }
            }
        }
    }

    @Test
    @DisplayName("DSR-3 the JSON package holds each value the test created, in every module")
    void jsonHoldsTheCreatedValues() throws Exception {
        var json = mapper.readTree(asDpo(() -> packages.json(person, false)));

        var texts = texts(json);
        assertThat(texts).contains(person.toString(), lastName, firstNames, email, phone, address, note,
                allergy, "J'accepte que mes allergies soient notées " + tag, family, purchasedOn.toString(),
                purchasedOn.plusYears(2).toString(), purchasedOn.plusDays(3).toString(), "CALL",
                "Offres des partenaires " + tag, "J'accepte les SMS " + tag, FormFixture.EMAIL_TEXT,
                FormFixture.POST_TEXT, saleReference, "case à cocher " + tag, "Mozilla/5.0 " + tag, "198.51.100.7",
                suppressionReason);
        assertThat(texts).anyMatch(text -> text.contains(staffDetails)).as("the staff statement of the consent");
        var mails = json.get("sections").valueStream().filter(section -> section.get("section").asString()
                .equals("mail")).findFirst().orElseThrow().at("/records/messages");
        assertThat(mails.valueStream()).as("the confirmation mails sent to the person, the form's and the staff's")
                .hasSize(2).allMatch(mail -> mail.get("to").asString().equals(email))
                .anyMatch(mail -> mail.get("text").asString().contains("Offres des partenaires " + tag));
        assertThat(json.at("/package/person/value").asString()).isEqualTo(person.toString());
        assertThat(json.at("/package/generatedAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        assertThat(json.get("retention").findValuesAsString("table")).contains("person", "consent_record",
                "mail_message", "collection_form_submission", "suppression_entry", "audit_entry");
    }

    @Test
    @DisplayName("DSR-3 the package's sections are exactly the holders that keep something about the person")
    void sectionsAreTheHoldersThatKeepSomething() throws Exception {
        var withLog = mapper.readTree(asDpo(() -> packages.json(person, true)));
        var withoutLog = mapper.readTree(asDpo(() -> packages.json(person, false)));

        var keeping = exportsOfEveryHolder().stream().map(SubjectExport::section).toList();
        assertThat(withLog.get("sections").findValuesAsString("section")).containsExactlyElementsOf(keeping)
                .contains("contacts", "consent", "mail", "notices.submissions", "prospecting.suppression", "audit");
        assertThat(withoutLog.get("sections").findValuesAsString("section"))
                .containsExactlyElementsOf(keeping.stream().filter(section -> !section.equals("audit")).toList());
    }

    @Test
    @DisplayName("DSR-3 SEC-3 each generation of a package is written to the access log as an export of the person")
    void everyGenerationIsAudited() throws Exception {
        asDpo(() -> packages.pdf(person, Locale.FRENCH, false));
        asDpo(() -> packages.portableCsv(person));
        audit.flush();

        assertThat(jdbc.sql("SELECT detail FROM audit_entry WHERE resource_id = ? AND action = 'EXPORT'"
                        + " ORDER BY sequence_no").param(person.toString()).query(String.class).list())
                .containsExactly("access package, PDF (fr)", "portable data, CSV");
    }

    @Test
    @DisplayName("DSR-3 the PDF shows every value of every record of every holder, nothing truncated")
    void pdfHoldsEveryValue() throws Exception {
        var text = pdfText(asDpo(() -> packages.pdf(person, Locale.FRENCH, true)));

        var values = new ArrayList<String>();
        exportsOfEveryHolder().forEach(export -> export.records().values()
                .forEach(records -> records.forEach(record -> leaves(record, values))));
        assertThat(values).hasSizeGreaterThan(100);
        for (var value : values) {
            assertThat(text).as("value %s", value).contains(compact(value));
        }
        var day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.FRENCH);
        assertThat(text).contains(compact("Copie de vos données personnelles"), compact(lastName), compact(address),
                compact(note), compact(allergy), compact(suppressionReason), compact(day.format(purchasedOn)),
                compact(day.format(purchasedOn.plusYears(2))), compact("Réclamation auprès de la CNIL"),
                compact("Ce que nous conservons et combien de temps"));
    }

    @Test
    @DisplayName("DSR-3 the PDF is in English when asked")
    void pdfInEnglish() throws Exception {
        var text = pdfText(asDpo(() -> packages.pdf(person, Locale.ENGLISH, false)));

        assertThat(text).contains(compact("Copy of your personal data"), compact("Complaint to the CNIL"),
                compact(lastName), compact("March 14, 2026"));
    }

    @Test
    @DisplayName("DSR-4 the portable data holds what the person provided, not the staff's note, logs or derived data")
    void portableDataHoldsWhatThePersonProvided() throws Exception {
        var json = mapper.readTree(asDpo(() -> packages.portableJson(person)));

        var texts = texts(json);
        assertThat(texts).contains(lastName, firstNames, email, address, allergy, family, "CALL",
                "J'accepte les SMS " + tag, FormFixture.POST_TEXT, suppressionReason);
        assertThat(texts).doesNotContain(note, saleReference, "Mozilla/5.0 " + tag, "camille");
        assertThat(json.get("data").propertyNames()).containsExactly("contacts", "consent", "notices.submissions",
                "prospecting.suppression");
        assertThat(json.get("data").get("contacts").propertyNames()).containsExactly("person", "sensitive_data",
                "purchases", "contacts");
    }

    @Test
    @DisplayName("DSR-4 the portable CSV is the product's CSV: byte-order mark, ';', one line per field")
    void portableCsv() throws Exception {
        var csv = new String(asDpo(() -> packages.portableCsv(person)), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFsection;kind;record;field;value");
        assertThat(csv).contains("contacts;person;1;data.lastName;" + lastName,
                "contacts;purchases;1;date;" + purchasedOn, "contacts;purchases;1;productFamily;" + family,
                "contacts;sensitive_data;1;value;" + allergy);
        assertThat(csv).doesNotContain(note, "\naudit;", "\nmail;", "\ncampaigns.messages;");
    }

    @Test
    @DisplayName("DSR-3 the DPO finds the downloads on the person's page and gets the PDF and the portable CSV")
    void dpoDownloadsFromThePersonPage() throws Exception {
        mvc.perform(get("/persons/{id}", person.value()).with(user("nadia").roles("DPO")))
                .andExpect(content().string(containsString("/rights/persons/" + person + "/package-panel")));
        mvc.perform(get("/rights/persons/{id}/package-panel", person.value()).with(user("nadia").roles("DPO")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Télécharger tout ce que nous détenons (PDF)")));

        var pdf = mvc.perform(get("/rights/persons/{id}/package", person.value()).param("format", "pdf")
                        .param("accessLog", "true").with(user("nadia").roles("DPO")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(pdfText(pdf)).contains(compact(lastName), compact(allergy));
        mvc.perform(get("/rights/persons/{id}/portable", person.value()).param("format", "csv")
                        .with(user("nadia").roles("DPO")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("contacts;person;1;data.email;" + email)));
    }

    private List<SubjectExport> exportsOfEveryHolder() throws Exception {
        audit.flush();
        return asDpo(() -> holders.stream().sorted(Comparator.comparingInt(AccessPackages::order))
                .map(holder -> holder.export(person)).filter(export -> !export.isEmpty()).toList());
    }

    /** Every value of the record written out: texts, numbers, ids, ISO instants; nested records and lists too. */
    private static void leaves(Object value, List<String> into) {
        if (value instanceof Record record) {
            for (var component : record.getClass().getRecordComponents()) {
                try {
                    component.getAccessor().setAccessible(true);
                    leaves(component.getAccessor().invoke(record), into);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(item -> leaves(item, into));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> {
                leaves(key, into);
                leaves(item, into);
            });
        } else if (value instanceof String || value instanceof UUID || value instanceof Number) {
            if (!value.toString().isBlank()) {
                into.add(value.toString());
            }
        } else if (value != null && !(value instanceof Instant) && !(value instanceof LocalDate)
                && !(value instanceof Boolean) && !(value instanceof Enum<?>)) {
            into.add(value.toString());
        }
    }

    private static List<String> texts(JsonNode json) {
        var texts = new ArrayList<String>();
        collect(json, texts);
        return texts;
    }

    private static void collect(JsonNode node, List<String> texts) {
        if (node.isValueNode()) {
            texts.add(node.asString());
        }
        node.values().forEach(child -> collect(child, texts));
    }

    /**
     * The PDF's text with its white space removed, as is each page's letterhead and footer: a long value wraps over
     * lines and pages.
     */
    private String pdfText(byte[] pdf) throws Exception {
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        var controller = organisation.current().name();
        try (var document = Loader.loadPDF(pdf)) {
            var text = new PDFTextStripper().getText(document);
            if (controller != null) {
                text = text.replace(controller + "\n", "");
            }
            return compact(text.replace("Responsable du traitement non renseigné\n", "")
                    .replace("Controller not configured\n", "")
                    .replaceAll("Copie de vos données personnelles — établie le [^\\n]*\\n", "")
                    .replaceAll("Copy of your personal data — issued on [^\\n]*\\n", "")
                    .replaceAll("(?m)^\\d+ / \\d+$", ""));
        }
    }

    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static <T> T asDpo(ThrowingSupplier<T> action) throws Exception {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("nadia", "n/a",
                AuthorityUtils.createAuthorityList("ROLE_DPO", "ROLE_SUPPORT", "ROLE_SALES")));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private static void asDpo(ThrowingRunnable action) throws Exception {
        asDpo(() -> {
            action.run();
            return null;
        });
    }

    private interface ThrowingSupplier<T> {
        T get() throws Exception;
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
