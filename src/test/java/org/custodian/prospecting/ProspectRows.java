package org.custodian.prospecting;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes the rows the eligibility engine reads (persons, consent ledger, pending double opt-ins, soft opt-in evidence,
 * purchases, suppression entries) straight into the tables, so that a test can build hundreds of varied persons
 * quickly and exactly as they would stand in the file.
 */
final class ProspectRows {

    static final String FAMILIES = "JARDIN LITERIE CUISINE";

    private final JdbcClient jdbc;
    private final SuppressionHasher hasher;

    ProspectRows(JdbcClient jdbc, SuppressionHasher hasher) {
        this.jdbc = jdbc;
        this.hasher = hasher;
        for (var family : FAMILIES.split(" ")) {
            if (jdbc.sql("SELECT COUNT(*) FROM product_family WHERE code = ?").param(family).query(Long.class)
                    .single() == 0) {
                jdbc.sql("INSERT INTO product_family (code, name, created_at, updated_at) VALUES (?, ?, ?, ?)")
                        .params(family, family.toLowerCase(Locale.ROOT), Timestamp.from(Instant.EPOCH),
                                Timestamp.from(Instant.EPOCH)).update();
            }
        }
        if (jdbc.sql("SELECT COUNT(*) FROM consent_text WHERE hash = 'prospect-rows'").query(Long.class).single() == 0) {
            jdbc.sql("INSERT INTO consent_text (hash, text, first_seen_at) VALUES ('prospect-rows', 'J''accepte', ?)")
                    .param(Timestamp.from(Instant.EPOCH)).update();
        }
    }

    /** A person of the file, as the contacts module stores one, collected the day (in Paris) their row was created. */
    UUID person(String type, String audience, String email, String phone, String address, String jobTitle,
            String sector, boolean flaggedGeneric, String source, Instant createdAt, LocalDate lastContact) {
        return person(type, audience, email, phone, address, jobTitle, sector, flaggedGeneric, source, createdAt,
                LocalDate.ofInstant(createdAt, ZoneId.of("Europe/Paris")), lastContact);
    }

    /** A person of the file, as the contacts module stores one, collected on {@code collectedOn} (RET-1). */
    UUID person(String type, String audience, String email, String phone, String address, String jobTitle,
            String sector, boolean flaggedGeneric, String source, Instant createdAt, LocalDate collectedOn,
            LocalDate lastContact) {
        var id = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, internal_code, type, audience, last_name, email, email_key, phone, address,"
                        + " job_title, sector, generic_address, search_text, sort_name, created_at, updated_at, source,"
                        + " last_contact_at, collected_at) VALUES (:id, :code, :type, :audience, 'Essai', :email, :key,"
                        + " :phone, :address, :job, :sector, :generic, 'essai', 'essai', :created, :created, :source,"
                        + " :contact, :collected)")
                .param("id", id).param("code", "EL-" + id.toString().substring(0, 13))
                .param("type", type).param("audience", audience).param("email", email)
                .param("key", email == null ? null : email.strip().toLowerCase(Locale.ROOT)).param("phone", phone)
                .param("address", address).param("job", jobTitle).param("sector", sector)
                .param("generic", flaggedGeneric).param("created", Timestamp.from(createdAt))
                .param("source", source).param("contact", lastContact)
                .param("collected", collectedOn)
                .update();
        return id;
    }

    /** A ledger record of the person (GIVEN, WITHDRAWN, OBJECTED), appended after the earlier ones. */
    UUID consent(UUID person, String purpose, String event, String proof, Instant at) {
        var id = UUID.randomUUID();
        jdbc.sql("INSERT INTO consent_record (id, person_id, purpose, channel, event, proof, recorded_at, recorded_by,"
                        + " source) VALUES (?, ?, ?, 'EMAIL', ?, ?, ?, 'test', 'test')")
                .params(id, person, purpose, event, proof, Timestamp.from(at)).update();
        return id;
    }

    /** An e-mail consent awaiting its double opt-in. */
    void pending(UUID person, String purpose, Instant requestedAt, Instant expiresAt) {
        jdbc.sql("INSERT INTO consent_request (id, token_hash, person_id, purpose, channel, proof, source, text_hash,"
                        + " requested_at, requested_by, expires_at) VALUES (?, ?, ?, ?, 'EMAIL', 'FORM', 'test',"
                        + " 'prospect-rows', ?, 'test', ?)")
                .params(UUID.randomUUID(), UUID.randomUUID().toString(), person, purpose, Timestamp.from(requestedAt),
                        Timestamp.from(expiresAt)).update();
    }

    /** A purchase, with the sale's facts of the soft opt-in. */
    UUID purchase(UUID person, LocalDate on, String family, LocalDate warrantyEnd, LocalDate contractEnd,
            boolean collectedAtSale, boolean oppositionOffered, boolean opposed, Instant recordedAt) {
        var id = UUID.randomUUID();
        jdbc.sql("INSERT INTO person_purchase (id, person_id, purchased_on, product_family, warranty_end, contract_end,"
                        + " email_collected_at_sale, opposition_offered, opposed, recorded_at, recorded_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'test')")
                .params(id, person, on, family, warrantyEnd, contractEnd, collectedAtSale, oppositionOffered, opposed,
                        Timestamp.from(recordedAt)).update();
        return id;
    }

    /** Soft opt-in evidence recorded in the consent module. */
    void softOptIn(UUID person, UUID purchase, boolean oppositionOffered, boolean opposed, Instant at) {
        jdbc.sql("INSERT INTO soft_opt_in (id, person_id, channel, sale_reference, purchase_id, collected_on,"
                        + " opposition_offered, opposed, proof, recorded_at, recorded_by, source)"
                        + " VALUES (?, ?, 'EMAIL', 'CMD-1', ?, ?, ?, ?, 'STAFF', ?, 'test', 'test')")
                .params(UUID.randomUUID(), person, purchase, LocalDate.ofInstant(at, java.time.ZoneOffset.UTC),
                        oppositionOffered, opposed, Timestamp.from(at)).update();
    }

    /** An entry of the suppression list for the address (kind EMAIL) or the phone (kind PHONE). */
    void suppressed(String kind, String value, String channel, Instant at) {
        var hash = "EMAIL".equals(kind) ? hasher.email(value) : hasher.phone(value);
        jdbc.sql("INSERT INTO suppression_entry (id, kind, value_hash, channel, source, first_recorded_at, recorded_at,"
                        + " recorded_by) VALUES (?, ?, ?, ?, 'STAFF', ?, ?, 'test') ON CONFLICT DO NOTHING")
                .params(UUID.randomUUID(), kind, hash, channel, Timestamp.from(at), Timestamp.from(at)).update();
    }

    /** A restriction of processing of the person in force since {@code at} (DSR-5); its id. */
    UUID restricted(UUID person, Instant at) {
        var id = UUID.randomUUID();
        jdbc.sql("INSERT INTO person_restriction (id, person_id, in_force_person_id, ground, reason, restricted_at,"
                        + " restricted_by) VALUES (?, ?, ?, 'ACCURACY_CONTESTED', 'Conteste son adresse', ?, 'test')")
                .params(id, person, person, Timestamp.from(at)).update();
        return id;
    }

    /** Lifts the person's restriction in force. */
    void lifted(UUID person, Instant at) {
        jdbc.sql("UPDATE person_restriction SET in_force_person_id = NULL, lifted_at = ?, lifted_by = 'test',"
                        + " lift_reason = 'Adresse vérifiée' WHERE in_force_person_id = ?")
                .params(Timestamp.from(at), person).update();
    }

    /** A message of the outbox to the person: a campaign's ({@code campaign/…}) or another kind. */
    void mail(UUID person, String category, String status, Instant at) {
        jdbc.sql("INSERT INTO mail_message (id, created_at, created_by, category, recipient, subject, text_body, status,"
                        + " person_id) VALUES (?, ?, 'test', ?, 'x@example.org', 'Offre', 'Bonjour', ?, ?)")
                .params(UUID.randomUUID(), Timestamp.from(at), category, status, person).update();
    }
}
