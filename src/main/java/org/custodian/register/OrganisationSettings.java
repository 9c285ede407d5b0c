package org.custodian.register;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;

import jakarta.validation.Valid;

import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.custodian.shared.CurrentActor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The organisation settings (REG-5): read by every module that tells people who the controller is.
 */
@Service
@Validated
public class OrganisationSettings {

    private static final Organisation NOT_CONFIGURED =
            new Organisation(null, null, null, null, null, null, null, null, null, null);

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    OrganisationSettings(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The current settings; every field is null until an administrator or the DPO fills them in.
     */
    @Transactional(readOnly = true)
    public Organisation current() {
        return jdbc.sql("SELECT * FROM organisation WHERE id = 1")
                .query((rs, row) -> new Organisation(rs.getString("name"), rs.getString("address"),
                        rs.getString("registration_number"), rs.getString("dpo_name"), rs.getString("dpo_email"),
                        rs.getString("dpo_phone"), rs.getString("rights_email"), rs.getString("rights_postal_address"),
                        rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getString("updated_by")))
                .optional()
                .orElse(NOT_CONFIGURED);
    }

    /**
     * Replaces the settings; the change is recorded in the audit log because it names the DPO.
     */
    @Transactional
    public Organisation update(@Valid OrganisationChange change) {
        var values = new HashMap<String, Object>();
        values.put("name", change.name().strip());
        values.put("address", change.address().strip());
        values.put("registrationNumber", blankToNull(RegistrationNumber.normalise(change.registrationNumber())));
        values.put("dpoName", change.dpoName().strip());
        values.put("dpoEmail", change.dpoEmail().strip());
        values.put("dpoPhone", blankToNull(change.dpoPhone()));
        values.put("rightsEmail", change.rightsEmail().strip());
        values.put("rightsPostalAddress", blankToNull(change.rightsPostalAddress()));
        values.put("updatedAt", Timestamp.from(Instant.now(clock)));
        values.put("updatedBy", CurrentActor.name());
        var updated = jdbc.sql("""
                        UPDATE organisation SET name = :name, address = :address,
                            registration_number = :registrationNumber, dpo_name = :dpoName, dpo_email = :dpoEmail,
                            dpo_phone = :dpoPhone, rights_email = :rightsEmail,
                            rights_postal_address = :rightsPostalAddress, updated_at = :updatedAt,
                            updated_by = :updatedBy
                        WHERE id = 1""")
                .params(values)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO organisation (id, name, address, registration_number, dpo_name, dpo_email,
                                dpo_phone, rights_email, rights_postal_address, updated_at, updated_by)
                            VALUES (1, :name, :address, :registrationNumber, :dpoName, :dpoEmail, :dpoPhone,
                                :rightsEmail, :rightsPostalAddress, :updatedAt, :updatedBy)""")
                    .params(values)
                    .update();
        }
        audit.personalData(AuditAction.UPDATE, "organisation", "1", null);
        return current();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
