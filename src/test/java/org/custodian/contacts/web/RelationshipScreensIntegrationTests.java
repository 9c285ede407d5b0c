package org.custodian.contacts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.custodian.contacts.Audience;
import org.custodian.contacts.ContactKind;
import org.custodian.contacts.GenericAddresses;
import org.custodian.contacts.PersonContacts;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.contacts.ProductFamilies;
import org.custodian.contacts.Purchases;
import org.custodian.contacts.PurchaseData;
import org.custodian.shared.PersonId;
import org.custodian.testing.IntegrationTest;
import org.custodian.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The screens of the relationship facts: the person page panel, product families, generic addresses (PRO-2, PRO-6). */
@IntegrationTest
class RelationshipScreensIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Persons persons;

    @Autowired
    Purchases purchases;

    @Autowired
    PersonContacts contacts;

    @Autowired
    ProductFamilies families;

    @Autowired
    GenericAddresses genericAddresses;

    @Autowired
    MutableClock clock;

    @Autowired
    org.custodian.audit.AuditLog auditLog;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    private static RequestPostProcessor as(String role) {
        return user("screen-" + role.toLowerCase()).roles(role);
    }

    private PersonId customer() {
        return persons.create(new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, "Panel" + suffix, null,
                null, null, null, null, null, null, null, null, null)).id();
    }

    private String family() {
        return families.create("SCR_" + suffix, "Literie " + suffix).code();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Test
    @DisplayName("RET PRO-6 the person page of a customer shows the end of the commercial relationship and the last "
            + "contact, and loads the purchases panel")
    void personPageShowsTheDates() throws Exception {
        var person = customer();
        purchases.record(person, new PurchaseData(LocalDate.of(2025, 4, 3), family(), LocalDate.of(2026, 4, 3), null,
                true, true, false));
        contacts.record(person, LocalDate.of(2025, 6, 1), ContactKind.CALL);

        mvc.perform(get("/persons/{id}", person).with(as("SALES")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Fin de la relation commerciale"),
                        containsString("03/04/2026"), containsString("03/04/2029"),
                        containsString("Dernier contact de la personne"), containsString("01/06/2025"),
                        containsString("/persons/" + person + "/relationship"),
                        containsString("achat enregistré par"), containsString("Appel de la personne"))));
    }

    @Test
    @DisplayName("PRO-2 the panel lists the purchases with the facts of the sale and the contacts; the DPO reads "
            + "without the forms")
    void panelListsAndDpoReads() throws Exception {
        var person = customer();
        purchases.record(person, new PurchaseData(today(), family(), null, null, true, true, false));
        contacts.record(person, today(), ContactKind.VISIT);

        mvc.perform(get("/persons/{id}/relationship", person).header("HX-Request", "true").with(as("DPO")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Literie " + suffix), containsString("Visite"),
                        containsString("id=\"relationship-panel\""), not(containsString("id=\"purchase-form\"")),
                        not(containsString("<html")))));
        mvc.perform(get("/persons/{id}/relationship", person).header("HX-Request", "true").with(as("SUPPORT")))
                .andExpect(content().string(allOf(containsString("id=\"purchase-form\""),
                        containsString("id=\"contact-form\""), not(containsString("value=\"CLICK\"")))));
    }

    @Test
    @DisplayName("PRO-2 sales record a purchase from the panel (htmx) and it is listed at once")
    void recordsAPurchaseFromThePanel() throws Exception {
        var person = customer();
        var family = family();

        mvc.perform(post("/persons/{id}/relationship/purchases", person).header("HX-Request", "true")
                        .param("purchaseDate", today().toString()).param("productFamily", family)
                        .param("emailCollectedAtSale", "true").param("oppositionOffered", "true")
                        .with(as("SALES")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Achat enregistré."),
                        containsString("Literie " + suffix))));
        assertThat(purchases.of(person, "test")).singleElement().satisfies(purchase -> {
            assertThat(purchase.emailCollectedAtSale()).isTrue();
            assertThat(purchase.oppositionOffered()).isTrue();
            assertThat(purchase.opposed()).isFalse();
        });
    }

    @Test
    @DisplayName("PRO-2 a refused purchase shows each error next to its field; nothing is stored")
    void refusedPurchaseShowsErrors() throws Exception {
        var person = customer();

        mvc.perform(post("/persons/{id}/relationship/purchases", person).header("HX-Request", "true")
                        .param("purchaseDate", today().plusDays(4).toString()).param("productFamily", "")
                        .param("opposed", "true").with(as("SUPPORT")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"purchaseDate-error\""),
                        containsString("ne peut pas être dans le futur"), containsString("id=\"productFamily-error\""),
                        containsString("id=\"opposed-error\""))));
        mvc.perform(post("/persons/{id}/relationship/purchases", person).header("HX-Request", "true")
                        .param("purchaseDate", "03/02/2026").with(as("SUPPORT")).with(csrf()))
                .andExpect(content().string(containsString("Date invalide")));
        assertThat(purchases.of(person, "test")).isEmpty();
    }

    @Test
    @DisplayName("PRO-6 staff record a contact from the panel; a plain post comes back to the person page")
    void recordsAContact() throws Exception {
        var person = customer();

        mvc.perform(post("/persons/{id}/relationship/contacts", person).param("contactDate", today().toString())
                        .param("contactKind", "REQUEST").with(as("SUPPORT")).with(csrf()))
                .andExpect(redirectedUrl("/persons/" + person));
        assertThat(persons.get(person, "test").lastContactAt()).isEqualTo(today());
        mvc.perform(post("/persons/{id}/relationship/contacts", person).header("HX-Request", "true")
                        .param("contactDate", today().toString()).param("contactKind", "CLICK")
                        .with(as("SUPPORT")).with(csrf()))
                .andExpect(content().string(containsString("id=\"contactKind-error\"")));
        mvc.perform(post("/persons/{id}/relationship/contacts", person).param("contactDate", today().toString())
                        .param("contactKind", "CALL").with(as("MARKETING")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("PRO-2 marketing adds, renames, retires and deletes product families on their screen")
    void productFamiliesScreen() throws Exception {
        var code = "SCREEN_" + suffix;

        mvc.perform(post("/product-families").param("code", code).param("name", "Luminaires").with(as("MARKETING"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/product-families"))
                .andExpect(flash().attribute("notice", "productFamilies.created"));
        mvc.perform(post("/product-families").param("code", code).param("name", "").with(as("MARKETING")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"code-error\""),
                        containsString("déjà celui d"), containsString("id=\"name-error\""))));
        mvc.perform(post("/product-families/{code}/rename", code).param("name", "Luminaires d'extérieur")
                .with(as("ADMIN")).with(csrf())).andExpect(redirectedUrl("/product-families"));
        mvc.perform(post("/product-families/{code}/retire", code).with(as("MARKETING")).with(csrf()));
        mvc.perform(get("/product-families").with(as("DPO")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Luminaires d&#39;extérieur"),
                        containsString("Retirée"), not(containsString("id=\"family-form\"")))));
        mvc.perform(post("/product-families/{code}/delete", code).with(as("MARKETING")).with(csrf()))
                .andExpect(flash().attribute("notice", "productFamilies.deleted"));
        assertThat(families.find(code)).isEmpty();
        mvc.perform(post("/product-families").param("code", "X_" + suffix).param("name", "X").with(as("SALES"))
                .with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("PRO-2 the administrator keeps the generic address list; marketing reads it")
    void genericAddressesScreen() throws Exception {
        var part = "atelier" + suffix.toLowerCase();

        mvc.perform(get("/admin/generic-addresses").with(as("MARKETING")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("contact@"), containsString("accueil@"),
                        not(containsString("id=\"generic-address-form\"")))));
        mvc.perform(post("/admin/generic-addresses").param("localPart", part).with(as("ADMIN")).with(csrf()))
                .andExpect(redirectedUrl("/admin/generic-addresses"));
        assertThat(genericAddresses.localParts()).contains(part);
        mvc.perform(post("/admin/generic-addresses").param("localPart", "a b").with(as("ADMIN")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"localPart-error\"")));
        mvc.perform(post("/admin/generic-addresses/remove").param("localPart", part).with(as("ADMIN")).with(csrf()))
                .andExpect(redirectedUrl("/admin/generic-addresses"));
        assertThat(genericAddresses.localParts()).doesNotContain(part);
        mvc.perform(post("/admin/generic-addresses").param("localPart", part).with(as("MARKETING")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("PRO-2 the person form takes the sector and the generic address flag; the page says the address is "
            + "generic by the list too")
    void personFormSectorAndGenericFlag() throws Exception {
        mvc.perform(get("/persons/new").with(as("SALES")))
                .andExpect(content().string(allOf(containsString("name=\"sector\""),
                        containsString("name=\"genericAddress\""))));
        var result = mvc.perform(post("/persons").param("type", "PROSPECT").param("audience", "PROFESSIONAL")
                        .param("lastName", "Form" + suffix).param("company", "Scierie " + suffix)
                        .param("email", "accueil@scierie-" + suffix.toLowerCase() + ".fr")
                        .param("sector", "Scierie").with(as("SALES")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        var location = result.getResponse().getRedirectedUrl();

        mvc.perform(get(location).with(as("SALES")))
                .andExpect(content().string(allOf(containsString("Secteur d&#39;activité"), containsString("Scierie"),
                        containsString("Oui : elle n&#39;identifie personne"))));
        mvc.perform(post("/persons").param("type", "PROSPECT").param("audience", "CONSUMER")
                        .param("lastName", "Form" + suffix).param("sector", "Scierie").param("genericAddress", "true")
                        .with(as("SALES")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"sector-error\""),
                        containsString("id=\"genericAddress-error\""))));
    }
    @Test
    @DisplayName("SEC-3 the access log says in words that a purchase and a contact were recorded, and a family renamed")
    void accessLogInWords() throws Exception {
        var person = customer();
        var family = family();
        purchases.record(person, new PurchaseData(today(), family, null, null, true, true, false));
        contacts.record(person, today(), ContactKind.CALL);
        families.rename(family, "Literie et sommeil " + suffix);
        auditLog.flush();

        mvc.perform(get("/audit").param("resourceId", person.toString()).with(as("DPO")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("les achats de la personne"),
                        containsString("Achat enregistré."), containsString("Contact de la personne enregistré."),
                        not(containsString("recorded")))));
        mvc.perform(get("/audit").param("resourceId", family).with(as("DPO")))
                .andExpect(content().string(allOf(containsString("Famille de produits renommée de"),
                        containsString("Literie et sommeil " + suffix))));
    }
}
