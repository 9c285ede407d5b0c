package org.custodian.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.custodian.audit.AuditLog;
import org.custodian.shared.PersonId;
import org.custodian.shared.personaldata.ErasureMode;
import org.custodian.testing.IntegrationTest;
import org.custodian.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The facts of the commercial relationship through the contacts facades (PRO-2, PRO-6, RET). */
@IntegrationTest
@RecordApplicationEvents
class RelationshipFactsIntegrationTests {

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
    ContactsDataHolder holder;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationEvents events;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    private String family() {
        return families.create("F_" + suffix, "Mobilier de jardin " + suffix).code();
    }

    private PersonId prospect() {
        return persons.create(new PersonData(PersonType.PROSPECT, Audience.CONSUMER, null, "Facts" + suffix, "Léa",
                "lea." + suffix + "@example.com", null, null, null, null, null, null, null, null)).id();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static PurchaseData sale(LocalDate date, String family, LocalDate warrantyEnd, LocalDate contractEnd) {
        return new PurchaseData(date, family, warrantyEnd, contractEnd, true, true, false);
    }

    @Test
    @DisplayName("PRO-2 RET a purchase is stored with the facts of its sale, makes a prospect a customer and raises "
            + "the end of the relationship to its latest date")
    void recordsAPurchase() {
        var person = prospect();
        var family = family();

        var purchase = purchases.record(person, sale(today().minusDays(10), family, today().plusYears(2), null));

        assertThat(purchase.emailCollectedAtSale()).isTrue();
        assertThat(purchase.oppositionOffered()).isTrue();
        assertThat(purchase.opposed()).isFalse();
        assertThat(purchase.productFamily()).isEqualTo(family);
        var view = persons.get(person, "test");
        assertThat(view.data().type()).isEqualTo(PersonType.CUSTOMER);
        assertThat(view.relationshipEndAt()).isEqualTo(today().plusYears(2));
        assertThat(purchases.of(person, "test")).containsExactly(purchase);
        assertThat(purchases.relationshipEnd(person)).contains(today().plusYears(2));
    }

    @Test
    @DisplayName("PRO-2 a recorded purchase is announced by PurchaseRecorded (ids only) and read back by Purchases.find")
    void announcesThePurchase() {
        var person = prospect();
        var purchase = purchases.record(person, sale(today(), family(), null, null));

        assertThat(events.stream(PurchaseRecorded.class))
                .contains(new PurchaseRecorded(purchase.id(), person));
        assertThat(purchases.find(purchase.id(), "consent/soft-opt-in")).contains(purchase);
        assertThat(purchases.find(UUID.randomUUID(), "consent/soft-opt-in")).isEmpty();
    }

    @Test
    @DisplayName("CON-9 SEC-3 a purchase and a contact go in the person's history and the audit log")
    void historyAndAudit() {
        var person = prospect();
        purchases.record(person, sale(today().minusDays(3), family(), null, today().plusYears(1)));
        contacts.record(person, today().minusDays(1), ContactKind.CALL);

        var history = persons.history(person);
        assertThat(history.get(0).kind()).isEqualTo("CONTACT");
        assertThat(history.get(0).fields()).extracting(PersonChange.FieldChange::field, PersonChange.FieldChange::after)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("contactDate", today().minusDays(1).toString()),
                        org.assertj.core.groups.Tuple.tuple("contactKind", "CALL"));
        assertThat(history.get(1).kind()).isEqualTo("PURCHASE");
        assertThat(history.get(1).fields()).extracting(PersonChange.FieldChange::field)
                .containsExactly("type", "purchaseDate", "productFamily", "contractEnd", "emailCollectedAtSale",
                        "oppositionOffered", "opposed");
        auditLog.flush();
        assertThat(jdbc.sql("SELECT resource_type FROM audit_entry WHERE resource_id = ? AND action = 'CREATE' "
                        + "ORDER BY sequence_no").param(person.toString()).query(String.class).list())
                .containsExactly("person", "person-purchase", "person-contact");
    }

    @Test
    @DisplayName("PRO-6 a contact raises lastContactAt and the end of the relationship; an older one lowers nothing")
    void lastContactOnlyRises() {
        var person = prospect();

        contacts.record(person, today().minusDays(5), ContactKind.REQUEST);
        contacts.record(person, today().minusYears(1), ContactKind.VISIT);

        var view = persons.get(person, "test");
        assertThat(view.lastContactAt()).isEqualTo(today().minusDays(5));
        assertThat(view.relationshipEndAt()).isEqualTo(today().minusDays(5));
        assertThat(contacts.of(person, "test")).extracting(PersonContact::kind)
                .containsExactly(ContactKind.REQUEST, ContactKind.VISIT);
        purchases.record(person, sale(today().minusYears(2), family(), today().minusYears(1), null));
        assertThat(persons.get(person, "test").relationshipEndAt()).isEqualTo(today().minusDays(5));
    }

    @Test
    @DisplayName("PRO-2 RET a purchase is refused field by field: date, family, ends before it, opposition not offered")
    void refusesInvalidPurchases() {
        var person = prospect();
        var retired = family();
        families.retire(retired, true);

        assertThatThrownBy(() -> purchases.record(person, new PurchaseData(today().plusDays(1), "NOPE_" + suffix,
                today().plusDays(2), today().plusDays(2), false, false, true)))
                .isInstanceOfSatisfying(InvalidPersonData.class, invalid -> assertThat(invalid.violations())
                        .extracting(v -> v.field() + ":" + v.rule())
                        .containsExactly("date:notFuture", "productFamily:familyUnknown", "opposed:oppositionNotOffered"));
        assertThatThrownBy(() -> purchases.record(person, new PurchaseData(today(), retired, today().minusDays(1),
                today().minusDays(2), null, null, null)))
                .isInstanceOfSatisfying(InvalidPersonData.class, invalid -> assertThat(invalid.violations())
                        .extracting(v -> v.field() + ":" + v.rule())
                        .containsExactly("productFamily:familyRetired", "warrantyEnd:endBeforePurchase",
                                "contractEnd:endBeforePurchase"));
        assertThatThrownBy(() -> purchases.record(person, new PurchaseData(null, null, null, null, null, null, null)))
                .isInstanceOfSatisfying(InvalidPersonData.class, invalid -> assertThat(invalid.violations())
                        .extracting(v -> v.field() + ":" + v.rule())
                        .containsExactly("date:required", "productFamily:required"));
        assertThatThrownBy(() -> contacts.record(person, today().plusDays(1), null))
                .isInstanceOfSatisfying(InvalidPersonData.class, invalid -> assertThat(invalid.violations())
                        .extracting(v -> v.field() + ":" + v.rule()).containsExactly("date:notFuture", "kind:required"));
        assertThat(purchases.of(person, "test")).isEmpty();
    }

    @Test
    @DisplayName("PRO-2 purchases and contacts of nobody are refused as not found")
    void unknownPerson() {
        var nobody = new PersonId(UUID.randomUUID());

        assertThatThrownBy(() -> purchases.record(nobody, sale(today(), family(), null, null)))
                .isInstanceOf(PersonNotFound.class);
        assertThatThrownBy(() -> contacts.record(nobody, today(), ContactKind.CALL)).isInstanceOf(PersonNotFound.class);
        assertThatThrownBy(() -> purchases.of(nobody, "test")).isInstanceOf(PersonNotFound.class);
    }

    @Test
    @DisplayName("PRO-2 product families: code pattern and uniqueness, rename, retire, no deletion once a purchase "
            + "names one; every change audited")
    void productFamilies() {
        var code = family();

        assertThatThrownBy(() -> families.create(code.toLowerCase(), "Autre"))
                .isInstanceOfSatisfying(InvalidPersonData.class, invalid -> assertThat(invalid.violations())
                        .extracting(v -> v.field() + ":" + v.rule()).containsExactly("code:familyUnique"));
        assertThatThrownBy(() -> families.create("jardin d'été", " "))
                .isInstanceOfSatisfying(InvalidPersonData.class, invalid -> assertThat(invalid.violations())
                        .extracting(v -> v.field() + ":" + v.rule()).containsExactly("code:familyCode", "name:required"));
        assertThat(families.rename(code, "Salons de jardin").name()).isEqualTo("Salons de jardin");
        assertThat(families.retire(code, true).retired()).isTrue();
        assertThat(families.offered()).extracting(ProductFamily::code).doesNotContain(code);
        assertThat(families.retire(code, false).retired()).isFalse();
        purchases.record(prospect(), sale(today(), code, null, null));
        assertThatThrownBy(() -> families.delete(code))
                .isInstanceOfSatisfying(InvalidPersonData.class, invalid -> assertThat(invalid.violations())
                        .extracting(v -> v.field() + ":" + v.rule()).containsExactly("code:familyInUse"));
        var unused = families.create("U_" + suffix, "Literie").code();
        families.delete(unused);
        assertThat(families.find(unused)).isEmpty();
        auditLog.flush();
        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE resource_type = 'product-family' AND resource_id = ? "
                        + "ORDER BY sequence_no").param(code).query(String.class).list())
                .containsExactly("CREATE", "UPDATE", "UPDATE", "UPDATE");
    }

    @Test
    @DisplayName("PRO-2 the generic address list is seeded, kept by the administrator and read by the rule")
    void genericAddressList() {
        assertThat(genericAddresses.localParts()).contains("contact", "info", "accueil", "commercial", "bonjour",
                "hello", "sales", "support", "admin", "direction", "compta", "rh", "office");
        assertThat(genericAddresses.isGeneric("Contact@nestor.fr", false)).isTrue();
        var part = "atelier" + suffix.toLowerCase();
        assertThat(genericAddresses.isGeneric(part + "@menuiserie.fr", false)).isFalse();

        genericAddresses.add(" " + part.toUpperCase() + "@");
        assertThat(genericAddresses.isGeneric(part + "@menuiserie.fr", false)).isTrue();
        assertThatThrownBy(() -> genericAddresses.add(part))
                .isInstanceOfSatisfying(InvalidPersonData.class, invalid -> assertThat(invalid.violations())
                        .extracting(v -> v.field() + ":" + v.rule()).containsExactly("localPart:localPartUnique"));
        assertThatThrownBy(() -> genericAddresses.add("a b"))
                .isInstanceOfSatisfying(InvalidPersonData.class, invalid -> assertThat(invalid.violations())
                        .extracting(v -> v.field() + ":" + v.rule()).containsExactly("localPart:localPart"));
        genericAddresses.remove(part);
        assertThat(genericAddresses.localParts()).doesNotContain(part);
    }

    @Test
    @DisplayName("PRO-2 sector and the generic address flag are stored with the person and in the history")
    void sectorAndGenericFlag() {
        var created = persons.create(new PersonData(PersonType.PROSPECT, Audience.PROFESSIONAL, null, "Pro" + suffix,
                null, "atelier@" + suffix.toLowerCase() + ".fr", null, null, null, "Menuiserie " + suffix, "Gérante",
                null, null, null, "Menuiserie", true));

        assertThat(created.data().sector()).isEqualTo("Menuiserie");
        assertThat(created.data().genericAddress()).isTrue();
        assertThat(genericAddresses.isGeneric(created.data().email(), created.data().genericAddress())).isTrue();
        var updated = persons.update(created.id(), new PersonData(PersonType.PROSPECT, Audience.PROFESSIONAL, null,
                "Pro" + suffix, null, created.data().email(), null, null, null, "Menuiserie " + suffix, "Gérante", null,
                null, null, "Agencement", false));
        assertThat(updated.data().sector()).isEqualTo("Agencement");
        assertThat(persons.history(created.id()).get(0).fields()).extracting(PersonChange.FieldChange::field)
                .containsExactly("sector", "genericAddress");
    }

    @Test
    @DisplayName("DSR-3 DSR-5 the contacts holder exports and erases the purchases and contacts")
    void holderExportsAndErases() {
        var person = prospect();
        purchases.record(person, sale(today(), family(), null, null));
        contacts.record(person, today(), ContactKind.REPLY);

        var export = holder.export(person);
        assertThat(export.records().get("purchases")).hasSize(1);
        assertThat(export.records().get("contacts")).hasSize(1);
        assertThat(holder.inventory()).extracting(held -> held.table()).contains("person_purchase", "person_contact");

        holder.erase(person, ErasureMode.ERASE);
        for (var table : List.of("person_purchase", "person_contact")) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE person_id = ?").param(person.value())
                    .query(Long.class).single()).as(table).isZero();
        }
    }
    @Test
    @DisplayName("PRO-2 the set-based condition finds the same generic addresses as the rule, flag or list")
    void genericAddressesSetBased() {
        var domain = suffix.toLowerCase() + ".fr";
        var listed = persons.create(new PersonData(PersonType.PROSPECT, Audience.PROFESSIONAL, null, "Gen" + suffix,
                null, "Accueil@" + domain, null, null, null, "Gen " + suffix, null, null, null, null)).id();
        var flagged = persons.create(new PersonData(PersonType.PROSPECT, Audience.PROFESSIONAL, null, "Gen" + suffix,
                null, "atelier@" + domain, null, null, null, "Gen " + suffix, null, null, null, null, null, true)).id();
        var named = persons.create(new PersonData(PersonType.PROSPECT, Audience.PROFESSIONAL, null, "Gen" + suffix,
                null, "marie.accueil@" + domain, null, null, null, "Gen " + suffix, null, null, null, null)).id();
        var none = persons.create(new PersonData(PersonType.PROSPECT, Audience.CONSUMER, null, "Gen" + suffix,
                null, null, null, null, null, null, null, null, null, null)).id();

        var found = jdbc.sql("SELECT p.id FROM person p WHERE p.last_name = ? AND "
                        + GenericAddresses.sqlCondition("p"))
                .param("Gen" + suffix).query(UUID.class).list();

        assertThat(found).containsExactlyInAnyOrder(listed.value(), flagged.value());
        for (var person : List.of(listed, flagged, named, none)) {
            var view = persons.get(person, "test");
            assertThat(genericAddresses.isGeneric(view.data().email(), view.data().genericAddress()))
                    .isEqualTo(found.contains(person.value()));
        }
    }
}
