package org.custodian.audit;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.custodian.shared.PersonId;
import org.custodian.shared.personaldata.ErasureMode;
import org.custodian.shared.personaldata.ErasureResult;
import org.custodian.shared.personaldata.HeldData;
import org.custodian.shared.personaldata.Kept;
import org.custodian.shared.personaldata.PersonalDataHolder;
import org.custodian.shared.personaldata.SubjectExport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access-log entries about the person (DSR-3, SEC-3): who read, changed, exported or erased their file, when and
 * why. An erasure keeps them: the log is the accountability of every access (SEC-3) and is tamper-evident, so its
 * entries are never rewritten; they leave with the log's own retention.
 */
@Component
class AuditDataHolder implements PersonalDataHolder {

    static final String SECTION = "audit";

    private final AuditWriter writer;
    private final JdbcClient jdbc;
    private final Duration retention;
    private final Clock clock;

    AuditDataHolder(AuditWriter writer, JdbcClient jdbc, AuditProperties properties, Clock clock) {
        this.writer = writer;
        this.jdbc = jdbc;
        this.retention = properties.retention();
        this.clock = clock;
    }

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public List<HeldData> inventory() {
        return List.of(new HeldData("audit_entry", List.of("accesses to the file: who, when, what, stated purpose"),
                "ACCESS_LOG", "the audit retention (custodian.audit.retention, 1 year by default; CNIL deliberation "
                + "2021-122) after each entry"));
    }

    @Override
    @Transactional(readOnly = true)
    public SubjectExport export(PersonId person) {
        writer.flush();
        var entries = jdbc.sql("SELECT * FROM audit_entry WHERE resource_id = ? ORDER BY sequence_no")
                .param(person.toString())
                .query(AuditChainStore::entry)
                .list()
                .stream()
                .map(StoredEntry::view)
                .toList();
        return SubjectExport.of(SECTION).with("access_log", entries);
    }

    /**
     * Erases nothing: declares the entries kept until the last of them leaves the log, the entries of this erasure
     * included.
     */
    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public ErasureResult erase(PersonId person, ErasureMode mode) {
        writer.flush();
        var count = jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE resource_id = ?").param(person.toString())
                .query(Long.class).single();
        return new ErasureResult(SECTION, 0, 0, List.of(new Kept(count + " access-log entries about the person and "
                + "those of this erasure", "accountability of every access to personal data, tamper-evident log "
                + "(CNIL deliberation 2021-122)", clock.instant().plus(retention))));
    }
    /**
     * The batch form (RET-3): the log keeps its entries about the persons, as {@link #erase} declares; the pending
     * entries are written first, so that the batch's own entries are in the log.
     */
    @Override
    public ErasureResult eraseAll(List<PersonId> batch, ErasureMode mode) {
        writer.flush();
        return ErasureResult.nothing(SECTION);
    }

}
