package org.custodian.register;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The recipients of the register (REG-4): internal services by role, processors, partners and transfers outside the
 * EU. The notices module lists them; the Art. 30 record exports them.
 */
@Service
@Validated
public class Recipients {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    Recipients(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The internal services, by name.
     */
    @Transactional(readOnly = true)
    public List<InternalServiceView> internalServices() {
        return jdbc.sql("SELECT * FROM register_internal_service ORDER BY name, id")
                .query((rs, row) -> new InternalServiceView(rs.getLong("id"), rs.getString("name"),
                        rs.getString("role"), rs.getString("purpose")))
                .list();
    }

    /**
     * The processors, by name.
     */
    @Transactional(readOnly = true)
    public List<ProcessorView> processors() {
        return jdbc.sql("SELECT * FROM register_processor ORDER BY name, id")
                .query((rs, row) -> new ProcessorView(rs.getLong("id"), rs.getString("name"), rs.getString("service"),
                        rs.getString("contact"), clauses(rs.getString("clauses")),
                        rs.getObject("last_audit", LocalDate.class), rs.getString("return_destruction")))
                .list();
    }

    /**
     * The partners receiving data for their own prospecting, by name: the full list people are shown.
     */
    @Transactional(readOnly = true)
    public List<PartnerView> partners() {
        return jdbc.sql("SELECT * FROM register_partner ORDER BY name, id")
                .query((rs, row) -> new PartnerView(rs.getLong("id"), rs.getString("name"), rs.getString("sector"),
                        rs.getString("purpose")))
                .list();
    }

    /**
     * The transfers outside the EU, by country.
     */
    @Transactional(readOnly = true)
    public List<TransferView> transfers() {
        return jdbc.sql("SELECT * FROM register_transfer ORDER BY country, recipient, id")
                .query((rs, row) -> new TransferView(rs.getLong("id"), rs.getString("recipient"),
                        rs.getString("country"), TransferMechanism.valueOf(rs.getString("mechanism")),
                        rs.getString("detail")))
                .list();
    }

    /**
     * Adds an internal service ({@code id} null) or replaces one; returns its id.
     */
    @Transactional
    public long saveInternalService(Long id, @Valid RecipientEntries.InternalService entry) {
        return save("register_internal_service", id, new String[] {"name", "role", "purpose"},
                entry.name().strip(), entry.role(), entry.purpose().strip());
    }

    /**
     * Adds a processor ({@code id} null) or replaces one; returns its id.
     */
    @Transactional
    public long saveProcessor(Long id, @Valid RecipientEntries.Processor entry) {
        var clauses = entry.clauses() == null ? "" : entry.clauses().stream().sorted().map(Enum::name)
                .collect(Collectors.joining(","));
        return save("register_processor", id,
                new String[] {"name", "service", "contact", "clauses", "last_audit", "return_destruction"},
                entry.name().strip(), entry.service().strip(), ActivityRepository.blankToNull(entry.contact()), clauses,
                entry.lastAudit(), entry.returnDestruction().strip());
    }

    /**
     * Adds a partner ({@code id} null) or replaces one; returns its id.
     */
    @Transactional
    public long savePartner(Long id, @Valid RecipientEntries.Partner entry) {
        return save("register_partner", id, new String[] {"name", "sector", "purpose"},
                entry.name().strip(), entry.sector().strip(), entry.purpose().strip());
    }

    /**
     * Adds a transfer ({@code id} null) or replaces one; returns its id.
     */
    @Transactional
    public long saveTransfer(Long id, @Valid RecipientEntries.Transfer entry) {
        return save("register_transfer", id, new String[] {"recipient", "country", "mechanism", "detail"},
                entry.recipient().strip(), entry.country().strip(), entry.mechanism().name(),
                ActivityRepository.blankToNull(entry.detail()));
    }

    /**
     * Removes a recipient of the given kind.
     *
     * @throws RecipientNotFound if there is no such recipient
     */
    @Transactional
    public void remove(RecipientType type, long id) {
        if (jdbc.sql("DELETE FROM " + type.table() + " WHERE id = ?").param(id).update() == 0) {
            throw RecipientNotFound.forId(type, id);
        }
        audit.personalData(AuditAction.DELETE, type.table(), String.valueOf(id), "Art. 30 record");
    }

    private long save(String table, Long id, String[] columns, Object... values) {
        var now = Timestamp.from(Instant.now(clock));
        var user = SecurityContextHolder.getContext().getAuthentication().getName();
        var params = new ArrayList<>(Arrays.asList(values));
        params.add(now);
        params.add(user);
        long saved;
        if (id == null) {
            var keys = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO " + table + " (" + String.join(", ", columns) + ", updated_at, updated_by) VALUES ("
                            + "?, ".repeat(columns.length) + "?, ?)")
                    .params(params)
                    .update(keys, "id");
            saved = keys.getKeyAs(Number.class).longValue();
            audit.personalData(AuditAction.CREATE, table, String.valueOf(saved), "Art. 30 record");
        }
        else {
            params.add(id);
            var set = Arrays.stream(columns).map(column -> column + " = ?").collect(Collectors.joining(", "));
            if (jdbc.sql("UPDATE " + table + " SET " + set + ", updated_at = ?, updated_by = ? WHERE id = ?")
                    .params(params).update() == 0) {
                throw RecipientNotFound.forId(RecipientType.ofTable(table), id);
            }
            saved = id;
            audit.personalData(AuditAction.UPDATE, table, String.valueOf(saved), "Art. 30 record");
        }
        return saved;
    }

    private static Set<Art28Clause> clauses(String stored) {
        var clauses = EnumSet.noneOf(Art28Clause.class);
        if (stored != null && !stored.isBlank()) {
            Arrays.stream(stored.split(",")).map(Art28Clause::valueOf).forEach(clauses::add);
        }
        return clauses;
    }
}
