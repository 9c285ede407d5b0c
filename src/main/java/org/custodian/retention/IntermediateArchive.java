package org.custodian.retention;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.custodian.contacts.SearchFolding;
import org.custodian.shared.Page;
import org.custodian.shared.PageRequest;
import org.custodian.shared.Violation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The intermediate archive (RET-2): what a legal obligation or an evidence need keeps once data leave the active base,
 * read only by the ARCHIVIST and the DPO (the callers' roles are checked by the screens and the API), each read audited
 * with the reason the reader states. Nothing of it appears in the screens, searches, campaigns or exports of the
 * active base: it lives in its own tables.
 */
@Service
public class IntermediateArchive {

    static final String RESOURCE = "archive";

    /** A reason says why, in a few words at least. */
    static final int MIN_REASON = 5;
    static final int MAX_REASON = 500;

    private final JdbcClient jdbc;
    private final AuditLog audit;

    IntermediateArchive(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The reason's violations: required, 5 to 500 characters. */
    public static List<Violation> checkReason(String reason) {
        var length = reason == null ? 0 : reason.strip().length();
        if (length < MIN_REASON || length > MAX_REASON) {
            return List.of(new Violation("reason", "required", "retention.archive.reason.invalid",
                    List.of(MIN_REASON, MAX_REASON)));
        }
        return List.of();
    }

    /**
     * Searches the archived persons by name, e-mail, company or internal code (all when {@code q} is blank), audited
     * as a search with the reason.
     *
     * @throws ArchiveReadRefused without a reason
     */
    @Transactional(readOnly = true)
    public Page<ArchivedPersonView> search(String q, String reason, PageRequest page) {
        refuseWithoutReason(reason);
        var where = new StringBuilder();
        var params = new ArrayList<Object>();
        if (q != null && !q.isBlank()) {
            for (var word : SearchFolding.fold(q.strip()).split("\\s+")) {
                where.append(where.isEmpty() ? " WHERE" : " AND").append(" search_text LIKE ? ESCAPE '\\'");
                params.add("%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        var total = jdbc.sql("SELECT COUNT(*) FROM archive_person" + where).params(params).query(Long.class).single();
        var pageParams = new ArrayList<>(params);
        pageParams.add(page.offset());
        pageParams.add(page.size());
        var found = jdbc.sql("SELECT * FROM archive_person" + where + " ORDER BY last_name, first_names, person_id"
                        + " OFFSET ? ROWS FETCH FIRST ? ROWS ONLY")
                .params(pageParams)
                .query((rs, row) -> view(rs, List.of()))
                .list();
        audit.personalData(AuditAction.SEARCH, RESOURCE, null, reason.strip(),
                "Archive search: " + found.size() + " of " + total + " archived person(s)");
        return new Page<>(found, page.page(), page.size(), total);
    }

    /**
     * One archived person with their contracts, audited as a read with the reason.
     *
     * @throws ArchiveReadRefused      without a reason
     * @throws ArchivedPersonNotFound when the archive does not hold them
     */
    @Transactional(readOnly = true)
    public ArchivedPersonView get(UUID personId, String reason) {
        refuseWithoutReason(reason);
        // A product family is never deleted once a purchase names it (it is retired): its name is always there.
        var purchases = jdbc.sql("SELECT a.purchased_on, COALESCE(f.name, a.product_family) AS family, a.warranty_end,"
                        + " a.contract_end FROM archive_purchase a LEFT JOIN product_family f ON f.code = a.product_family"
                        + " WHERE a.person_id = ? ORDER BY a.purchased_on, a.id")
                .param(personId)
                .query((rs, row) -> new ArchivedPersonView.Purchase(rs.getObject("purchased_on", LocalDate.class),
                        rs.getString("family"), rs.getObject("warranty_end", LocalDate.class),
                        rs.getObject("contract_end", LocalDate.class)))
                .list();
        var person = jdbc.sql("SELECT * FROM archive_person WHERE person_id = ?").param(personId)
                .query((rs, row) -> view(rs, purchases))
                .optional()
                .orElseThrow(() -> ArchivedPersonNotFound.forId(personId));
        audit.personalData(AuditAction.READ, RESOURCE, personId.toString(), reason.strip());
        return person;
    }

    private static void refuseWithoutReason(String reason) {
        var violations = checkReason(reason);
        if (!violations.isEmpty()) {
            throw new ArchiveReadRefused(violations);
        }
    }

    private static ArchivedPersonView view(ResultSet rs, List<ArchivedPersonView.Purchase> purchases)
            throws SQLException {
        var first = rs.getString("first_names");
        var name = first == null ? rs.getString("last_name") : first + " " + rs.getString("last_name");
        return new ArchivedPersonView(rs.getObject("person_id", UUID.class), rs.getString("internal_code"), name,
                rs.getString("email"), rs.getString("phone"), rs.getString("address"), rs.getString("company"),
                rs.getString("accounting_code"), rs.getString("rule_code"), rs.getString("reason"),
                rs.getObject("archived_at", OffsetDateTime.class).toInstant(),
                rs.getObject("archived_until", LocalDate.class), purchases);
    }
}
