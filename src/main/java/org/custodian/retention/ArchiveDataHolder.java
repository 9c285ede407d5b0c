package org.custodian.retention;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

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
 * The intermediate archive and the sweeps' record of their actions (RET-2, RET-3). An erasure keeps the archive: it is
 * there because a legal obligation or an evidence need outlives the active base, until its own end date, when the
 * sweep deletes it. The actions hold a person's id and no other data: the proof of what was archived or deleted.
 */
@Component
class ArchiveDataHolder implements PersonalDataHolder {

    static final String SECTION = "retention.archive";

    private final JdbcClient jdbc;

    ArchiveDataHolder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public List<HeldData> inventory() {
        var archive = "until the end of the archive period of the rule that archived it (register rule "
                + RuleBook.CONTRACTS + "), then deleted by the retention sweep (RET-2)";
        return List.of(
                new HeldData("archive_person", List.of("identification", "contact", "accounting code"),
                        "CONTRACT_MANAGEMENT", archive),
                new HeldData("archive_purchase", List.of("contracts and purchases"), "CONTRACT_MANAGEMENT", archive),
                new HeldData("retention_action", List.of("the person's id, the rule and the action, with no other data"),
                        "CONTRACT_MANAGEMENT", "as long as the register's limitation periods require the proof "
                                + "that data were deleted on time (RET-3)"));
    }

    @Override
    @Transactional(readOnly = true)
    public SubjectExport export(PersonId person) {
        var archived = jdbc.sql("SELECT * FROM archive_person WHERE person_id = ?").param(person.value())
                .query((rs, row) -> new ArchivedPerson(rs.getString("internal_code"), rs.getString("last_name"),
                        rs.getString("first_names"), rs.getString("email"), rs.getString("phone"),
                        rs.getString("address"), rs.getString("company"), rs.getString("accounting_code"),
                        rs.getString("rule_code"), rs.getString("reason"),
                        rs.getObject("archived_until", LocalDate.class)))
                .list();
        var purchases = jdbc.sql("SELECT * FROM archive_purchase WHERE person_id = ? ORDER BY purchased_on, id")
                .param(person.value())
                .query((rs, row) -> new ArchivedPurchase(rs.getObject("id", UUID.class),
                        rs.getObject("purchased_on", LocalDate.class), rs.getString("product_family"),
                        rs.getObject("warranty_end", LocalDate.class), rs.getObject("contract_end", LocalDate.class)))
                .list();
        var actions = jdbc.sql("SELECT rule_code, action, decided_at FROM retention_action WHERE person_id = ?"
                        + " ORDER BY decided_at, rule_code")
                .param(person.value())
                .query((rs, row) -> new RetentionActionRecord(rs.getString("rule_code"), rs.getString("action"),
                        rs.getTimestamp("decided_at").toInstant().atOffset(ZoneOffset.UTC).toLocalDate()))
                .list();
        return SubjectExport.of(SECTION).with("archived", archived).with("purchases", purchases)
                .with("retentionActions", actions);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public ErasureResult erase(PersonId person, ErasureMode mode) {
        return jdbc.sql("SELECT archived_until FROM archive_person WHERE person_id = ?").param(person.value())
                .query(LocalDate.class)
                .optional()
                .map(until -> new ErasureResult(SECTION, 0, 0, List.of(new Kept(
                        "the archived identity and contracts of a former customer",
                        "RET-2: kept in the intermediate archive for evidence within the limitation period (register "
                                + "rule " + RuleBook.CONTRACTS + "; Civil Code art. 2224)",
                        until.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)))))
                .orElseGet(() -> ErasureResult.nothing(SECTION));
    }
    /**
     * The batch form (RET-3): this holder deletes nothing of a person (it only declares what it keeps, which
     * {@link #erase} and the inventory say): nothing to do for a batch.
     */
    @Override
    public ErasureResult eraseAll(List<PersonId> batch, ErasureMode mode) {
        return ErasureResult.nothing(SECTION);
    }


    /** A former customer as the archive keeps them. */
    record ArchivedPerson(String internalCode, String lastName, String firstNames, String email, String phone,
            String address, String company, String accountingCode, String rule, String reason,
            LocalDate archivedUntil) {
    }

    /** A purchase as the archive keeps it. */
    record ArchivedPurchase(UUID id, LocalDate purchasedOn, String productFamily, LocalDate warrantyEnd,
            LocalDate contractEnd) {
    }

    /** What the retention sweep did with the person's data, and when. */
    record RetentionActionRecord(String rule, String action, LocalDate on) {
    }
}
