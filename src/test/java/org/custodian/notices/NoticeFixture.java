package org.custodian.notices;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Puts the shared test database in a known state for publishing the notice, and puts it back afterwards: the
 * organisation settings (with or without a DPO), the legal mentions, and what the standards leave to the controller
 * (they would otherwise keep the notice incomplete): the retention periods they do not fix, and the legal bases they
 * leave to choose, chosen as the first basis the standard names. Other test classes share the database, so
 * everything is restored on {@link #close()}, except the choices of legal bases: like a DPO's, a choice made once
 * stays, and the forms published meanwhile rely on it.
 */
public final class NoticeFixture implements AutoCloseable {

    private final JdbcClient jdbc;
    private final List<Map<String, Object>> savedOrganisation;
    private final List<Map<String, Object>> unfixedRules;
    private final List<Map<String, Object>> openBases;
    private final List<Map<String, Object>> savedSite;
    private final String controllerName;

    private NoticeFixture(JdbcClient jdbc, boolean withDpo) {
        this.jdbc = jdbc;
        this.savedOrganisation = jdbc.sql("SELECT * FROM organisation WHERE id = 1").query().listOfRows();
        this.unfixedRules = jdbc.sql("SELECT activity_code, position FROM register_retention_rule WHERE duration IS NULL")
                .query().listOfRows();
        this.openBases = jdbc.sql("SELECT activity_code, position, options FROM register_legal_basis WHERE basis IS NULL")
                .query().listOfRows();
        this.savedSite = jdbc.sql("SELECT * FROM notice_site WHERE id = 1").query().listOfRows();
        this.controllerName = "Maison Lumière " + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("DELETE FROM organisation WHERE id = 1").update();
        jdbc.sql("""
                        INSERT INTO organisation (id, name, address, registration_number, dpo_name, dpo_email,
                            rights_email, updated_at, updated_by)
                        VALUES (1, ?, '12 rue des Lilas, 75011 Paris', '732829320', ?, ?,
                            'droits@maison-lumiere.example', ?, 'test')""")
                .params(controllerName, withDpo ? "Claire Dubois" : null,
                        withDpo ? "dpo@maison-lumiere.example" : null, Timestamp.from(Instant.parse("2026-01-01T00:00:00Z")))
                .update();
        jdbc.sql("UPDATE register_retention_rule SET duration = 'P3Y' WHERE duration IS NULL").update();
        for (var basis : openBases) {
            jdbc.sql("UPDATE register_legal_basis SET basis = ? WHERE activity_code = ? AND position = ?")
                    .params(((String) basis.get("options")).split(",")[0], basis.get("activity_code"),
                            basis.get("position"))
                    .update();
        }
        jdbc.sql("DELETE FROM notice_site WHERE id = 1").update();
        jdbc.sql("""
                        INSERT INTO notice_site (id, publication_director, hosting_provider, updated_at, updated_by)
                        VALUES (1, 'Claire Dubois', 'Hébergeur Exemple SAS, 1 rue du Serveur, 59100 Roubaix', ?, 'test')""")
                .param(Timestamp.from(Instant.parse("2026-01-01T00:00:00Z")))
                .update();
    }

    /**
     * A complete organisation, with or without its DPO, and every retention period fixed.
     */
    public static NoticeFixture prepare(JdbcClient jdbc, boolean withDpo) {
        return new NoticeFixture(jdbc, withDpo);
    }

    /**
     * The unique controller name set for this test.
     */
    public String controllerName() {
        return controllerName;
    }

    @Override
    public void close() {
        jdbc.sql("DELETE FROM notice_site WHERE id = 1").update();
        for (var row : savedSite) {
            jdbc.sql("""
                            INSERT INTO notice_site (id, publication_director, hosting_provider, updated_at, updated_by)
                            VALUES (:id, :publication_director, :hosting_provider, :updated_at, :updated_by)""")
                    .params(row)
                    .update();
        }
        for (var rule : unfixedRules) {
            jdbc.sql("UPDATE register_retention_rule SET duration = NULL WHERE activity_code = ? AND position = ?")
                    .params(rule.get("activity_code"), rule.get("position"))
                    .update();
        }
        jdbc.sql("DELETE FROM organisation WHERE id = 1").update();
        for (var row : savedOrganisation) {
            jdbc.sql("""
                            INSERT INTO organisation (id, name, address, registration_number, dpo_name, dpo_email,
                                dpo_phone, rights_email, rights_postal_address, updated_at, updated_by)
                            VALUES (:id, :name, :address, :registration_number, :dpo_name, :dpo_email, :dpo_phone,
                                :rights_email, :rights_postal_address, :updated_at, :updated_by)""")
                    .params(row)
                    .update();
        }
    }
}
