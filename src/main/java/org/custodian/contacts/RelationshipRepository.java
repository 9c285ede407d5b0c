package org.custodian.contacts;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.custodian.shared.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The facts of the commercial relationship (PRO-2, PRO-6): product families, purchases, contacts from the person, the
 * generic address list, and the dates derived from them on the person row. Plain SQL that runs on H2 and PostgreSQL.
 */
@Repository
class RelationshipRepository {

    private static final String PURCHASE_COLUMNS = """
            id, person_id, purchased_on, product_family, warranty_end, contract_end, email_collected_at_sale,
            opposition_offered, opposed, recorded_at, recorded_by""";

    private final JdbcClient jdbc;

    RelationshipRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- product families

    List<ProductFamily> families() {
        return jdbc.sql("""
                        SELECT f.code, f.name, f.retired_at,
                               (SELECT COUNT(*) FROM person_purchase p WHERE p.product_family = f.code) AS purchases
                        FROM product_family f ORDER BY f.retired_at NULLS FIRST, f.name, f.code""")
                .query(RelationshipRepository::family).list();
    }

    Optional<ProductFamily> family(String code) {
        return jdbc.sql("""
                        SELECT f.code, f.name, f.retired_at,
                               (SELECT COUNT(*) FROM person_purchase p WHERE p.product_family = f.code) AS purchases
                        FROM product_family f WHERE f.code = ?""")
                .param(code).query(RelationshipRepository::family).optional();
    }

    void insertFamily(String code, String name, Instant at) {
        jdbc.sql("INSERT INTO product_family (code, name, created_at, updated_at) VALUES (?, ?, ?, ?)")
                .params(code, name, Timestamp.from(at), Timestamp.from(at)).update();
    }

    void renameFamily(String code, String name, Instant at) {
        jdbc.sql("UPDATE product_family SET name = ?, updated_at = ? WHERE code = ?")
                .params(name, Timestamp.from(at), code).update();
    }

    void retireFamily(String code, Instant retiredAt, Instant at) {
        jdbc.sql("UPDATE product_family SET retired_at = ?, updated_at = ? WHERE code = ?")
                .params(retiredAt == null ? null : Timestamp.from(retiredAt), Timestamp.from(at), code).update();
    }

    /** Deletes the family if no purchase names it; answers whether it did. */
    boolean deleteUnusedFamily(String code) {
        return jdbc.sql("DELETE FROM product_family WHERE code = ? AND NOT EXISTS "
                        + "(SELECT 1 FROM person_purchase p WHERE p.product_family = ?)")
                .params(code, code).update() == 1;
    }

    private static ProductFamily family(ResultSet rs, int row) throws SQLException {
        var retired = rs.getTimestamp("retired_at");
        return new ProductFamily(rs.getString("code"), rs.getString("name"),
                retired == null ? null : retired.toInstant(), rs.getLong("purchases"));
    }

    // --- persons

    /** The person's type, when the person exists and is not being erased. */
    Optional<PersonType> personType(PersonId person) {
        return jdbc.sql("SELECT type FROM person WHERE id = ? AND " + PersonRepository.NOT_ERASING)
                .param(person.value()).query(String.class).optional().map(PersonType::valueOf);
    }

    /** A purchase makes a prospect a customer. */
    void makeCustomer(PersonId person, Instant at) {
        jdbc.sql("UPDATE person SET type = 'CUSTOMER', updated_at = ? WHERE id = ?")
                .params(Timestamp.from(at), person.value()).update();
    }

    /**
     * Raises the person's end of the commercial relationship to this date if it is later, in one statement (no read
     * before the write, so two purchases recorded at once cannot lose one).
     */
    void raiseRelationshipEnd(PersonId person, LocalDate end) {
        jdbc.sql("UPDATE person SET relationship_end_at = GREATEST(COALESCE(relationship_end_at, :end), :end) "
                        + "WHERE id = :id")
                .param("end", Date.valueOf(end)).param("id", person.value()).update();
    }

    /** Raises the person's last contact, and with it the end of the relationship, to this day if it is later. */
    void raiseLastContact(PersonId person, LocalDate day) {
        jdbc.sql("""
                        UPDATE person SET last_contact_at = GREATEST(COALESCE(last_contact_at, :day), :day),
                          relationship_end_at = GREATEST(COALESCE(relationship_end_at, :day), :day)
                        WHERE id = :id""")
                .param("day", Date.valueOf(day)).param("id", person.value()).update();
    }

    // --- purchases

    void insertPurchase(Purchase purchase) {
        jdbc.sql("INSERT INTO person_purchase (" + PURCHASE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(purchase.id(), purchase.personId().value(), Date.valueOf(purchase.date()),
                        purchase.productFamily(), date(purchase.warrantyEnd()), date(purchase.contractEnd()),
                        purchase.emailCollectedAtSale(), purchase.oppositionOffered(), purchase.opposed(),
                        Timestamp.from(purchase.recordedAt()), purchase.recordedBy())
                .update();
    }

    /** Newest first. */
    List<Purchase> purchasesOf(PersonId person) {
        return jdbc.sql("SELECT " + PURCHASE_COLUMNS + " FROM person_purchase WHERE person_id = ? "
                        + "ORDER BY purchased_on DESC, recorded_at DESC, id")
                .param(person.value()).query(RelationshipRepository::purchase).list();
    }

    Optional<Purchase> purchase(UUID id) {
        return jdbc.sql("SELECT " + PURCHASE_COLUMNS + " FROM person_purchase WHERE id = ?")
                .param(id).query(RelationshipRepository::purchase).optional();
    }

    int deletePurchasesOf(PersonId person) {
        return jdbc.sql("DELETE FROM person_purchase WHERE person_id = ?").param(person.value()).update();
    }

    private static Purchase purchase(ResultSet rs, int row) throws SQLException {
        return new Purchase(rs.getObject("id", UUID.class), new PersonId(rs.getObject("person_id", UUID.class)),
                rs.getDate("purchased_on").toLocalDate(), rs.getString("product_family"),
                localDate(rs.getDate("warranty_end")), localDate(rs.getDate("contract_end")),
                rs.getBoolean("email_collected_at_sale"), rs.getBoolean("opposition_offered"),
                rs.getBoolean("opposed"), rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"));
    }

    // --- contacts from the person

    void insertContact(PersonContact contact) {
        jdbc.sql("INSERT INTO person_contact (id, person_id, contacted_on, kind, recorded_at, recorded_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(contact.id(), contact.personId().value(), Date.valueOf(contact.date()), contact.kind().name(),
                        Timestamp.from(contact.recordedAt()), contact.recordedBy())
                .update();
    }

    /** Newest first. */
    List<PersonContact> contactsOf(PersonId person) {
        return jdbc.sql("SELECT id, person_id, contacted_on, kind, recorded_at, recorded_by FROM person_contact "
                        + "WHERE person_id = ? ORDER BY contacted_on DESC, recorded_at DESC, id")
                .param(person.value())
                .query(RelationshipRepository::contact)
                .list();
    }

    Optional<PersonContact> contact(UUID id) {
        return jdbc.sql("SELECT id, person_id, contacted_on, kind, recorded_at, recorded_by FROM person_contact "
                        + "WHERE id = ?")
                .param(id).query(RelationshipRepository::contact).optional();
    }

    private static PersonContact contact(ResultSet rs, int row) throws SQLException {
        return new PersonContact(rs.getObject("id", UUID.class), new PersonId(rs.getObject("person_id", UUID.class)),
                rs.getDate("contacted_on").toLocalDate(), ContactKind.valueOf(rs.getString("kind")),
                rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"));
    }

    int deleteContactsOf(PersonId person) {
        return jdbc.sql("DELETE FROM person_contact WHERE person_id = ?").param(person.value()).update();
    }

    // --- generic address list

    List<String> genericParts() {
        return jdbc.sql("SELECT local_part FROM generic_address_part ORDER BY local_part").query(String.class).list();
    }

    boolean insertGenericPart(String localPart, Instant at) {
        if (jdbc.sql("SELECT COUNT(*) FROM generic_address_part WHERE local_part = ?").param(localPart)
                .query(Long.class).single() > 0) {
            return false;
        }
        jdbc.sql("INSERT INTO generic_address_part (local_part, created_at) VALUES (?, ?)")
                .params(localPart, Timestamp.from(at)).update();
        return true;
    }

    boolean deleteGenericPart(String localPart) {
        return jdbc.sql("DELETE FROM generic_address_part WHERE local_part = ?").param(localPart).update() == 1;
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
