package org.custodian.contacts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.custodian.shared.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The encrypted sensitive data of persons with their consent proof, in plain SQL that runs on H2 and PostgreSQL.
 * Nothing here sees a clear value: {@link SensitiveData} encrypts before and decrypts after.
 */
@Repository
class SensitiveDataRepository {

    private static final String COLUMNS = """
            id, person_id, category, label, ciphertext, key_id, consent_text, consent_form_ref, consent_form_version,
            consent_notice_version, consent_ip, consent_user_agent, consent_source, recorded_at, recorded_by""";

    private final JdbcClient jdbc;

    SensitiveDataRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean personExists(PersonId person) {
        return jdbc.sql("SELECT COUNT(*) FROM person WHERE id = ? AND " + PersonRepository.NOT_ERASING)
                .param(person.value()).query(Long.class).single() > 0;
    }

    void insert(SealedDatum datum) {
        var consent = datum.consent();
        jdbc.sql("INSERT INTO person_sensitive_data (" + COLUMNS + ") VALUES "
                        + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(datum.id(), datum.personId().value(), datum.category().name(), datum.label(),
                        datum.ciphertext(), datum.keyId(), consent.text(), consent.formRef(), consent.formVersion(),
                        consent.noticeVersion(), consent.ip(), consent.userAgent(), consent.source(),
                        Timestamp.from(datum.recordedAt()), datum.recordedBy())
                .update();
    }

    /** Newest first. */
    List<SealedDatum> findByPerson(PersonId person) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM person_sensitive_data WHERE person_id = ? "
                        + "ORDER BY recorded_at DESC, id")
                .param(person.value())
                .query(SensitiveDataRepository::datum)
                .list();
    }

    Optional<PersonId> personOf(UUID id) {
        return jdbc.sql("SELECT person_id FROM person_sensitive_data WHERE id = ?").param(id)
                .query((rs, row) -> new PersonId(rs.getObject("person_id", UUID.class)))
                .optional();
    }

    void delete(UUID id) {
        jdbc.sql("DELETE FROM person_sensitive_data WHERE id = ?").param(id).update();
    }

    int deleteAllOf(PersonId person) {
        return jdbc.sql("DELETE FROM person_sensitive_data WHERE person_id = ?").param(person.value()).update();
    }

    private static SealedDatum datum(ResultSet rs, int row) throws SQLException {
        return new SealedDatum(rs.getObject("id", UUID.class), new PersonId(rs.getObject("person_id", UUID.class)),
                SensitiveCategory.valueOf(rs.getString("category")), rs.getString("label"),
                rs.getString("ciphertext"), rs.getString("key_id"),
                new SensitiveConsent(rs.getString("consent_text"), rs.getString("consent_form_ref"),
                        rs.getObject("consent_form_version", Integer.class),
                        rs.getObject("consent_notice_version", Integer.class), rs.getString("consent_ip"),
                        rs.getString("consent_user_agent"), rs.getString("consent_source")),
                rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"));
    }

    /** A stored datum as the database holds it: the value still encrypted. */
    record SealedDatum(UUID id, PersonId personId, SensitiveCategory category, String label, String ciphertext,
            String keyId, SensitiveConsent consent, Instant recordedAt, String recordedBy) {
    }
}
