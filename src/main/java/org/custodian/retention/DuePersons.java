package org.custodian.retention;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The persons whose time in the active base is over on a day (RET-3, PRO-6), read set-based over the whole file in the
 * order of their ids, so that a sweep walks the file once whatever its size. A person is a customer when they bought
 * something; the others are prospects, whose clock runs from collection or their last contact. A person named by a
 * legal hold in force, or whose processing is restricted, is not due: they are counted apart, as held.
 */
@Component
class DuePersons {

    /** The persons' rows and how each is classed. */
    private static final String CUSTOMER = "(p.type = 'CUSTOMER' AND EXISTS (SELECT 1 FROM person_purchase pp"
            + " WHERE pp.person_id = p.id))";

    private static final String DUE = " p.erasure_requested_at IS NULL AND ((" + CUSTOMER
            + " AND p.relationship_end_at <= :customerCutoff) OR (NOT " + CUSTOMER
            + " AND p.collected_at <= :prospectCutoff"
            + " AND (p.last_contact_at IS NULL OR p.last_contact_at <= :prospectCutoff)))";

    /**
     * A legal hold in force on the sweep's day (RET-5), or a restriction of processing (art. 18: the data are kept
     * stored, for the person's own claims among others): the sweep leaves the person as they are.
     */
    private static final String HELD = "(NOT " + LegalHolds.NOT_HELD_SQL
            + " OR EXISTS (SELECT 1 FROM person_restriction r WHERE r.in_force_person_id = p.id))";

    private final JdbcClient jdbc;

    DuePersons(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next due persons after {@code after} in id order, held ones left out. */
    List<Due> next(PersonRetention rules, LocalDate day, UUID after, int limit) {
        return jdbc.sql("SELECT p.id, CASE WHEN " + CUSTOMER + " THEN 1 ELSE 0 END AS customer, p.type, p.audience,"
                        + " p.source, EXTRACT(YEAR FROM p.collected_at) AS collected_year FROM person p"
                        + " WHERE p.id > :after AND" + DUE + " AND NOT " + HELD + " ORDER BY p.id"
                        + " FETCH FIRST :limit ROWS ONLY")
                .param("after", after)
                .param("customerCutoff", rules.customerCutoff(day))
                .param("prospectCutoff", rules.prospectCutoff(day))
                .param("today", day)
                .param("limit", limit)
                .query((rs, row) -> new Due(rs.getObject("id", UUID.class), rs.getInt("customer") == 1,
                        new LeavingStatistics.Kind(rs.getString("type"), rs.getString("audience"),
                                rs.getString("source"), rs.getInt("collected_year"))))
                .list();
    }

    /** How many persons are due on the day, and how many of them are held. */
    Counts count(PersonRetention rules, LocalDate day) {
        return jdbc.sql("SELECT SUM(CASE WHEN " + HELD + " THEN 0 WHEN " + CUSTOMER + " THEN 1 ELSE 0 END) AS customers,"
                        + " SUM(CASE WHEN " + HELD + " THEN 0 WHEN " + CUSTOMER + " THEN 0 ELSE 1 END) AS prospects,"
                        + " SUM(CASE WHEN " + HELD + " THEN 1 ELSE 0 END) AS held FROM person p WHERE" + DUE)
                .param("customerCutoff", rules.customerCutoff(day))
                .param("prospectCutoff", rules.prospectCutoff(day))
                .param("today", day)
                .query((rs, row) -> new Counts(rs.getLong("customers"), rs.getLong("prospects"), rs.getLong("held")))
                .single();
    }

    /**
     * A page of the persons due on the day, the earliest to leave first, with what the forecast shows of them.
     */
    List<Listed> list(PersonRetention rules, LocalDate day, long offset, int limit) {
        return jdbc.sql(LISTED + " ORDER BY last_date, p.id OFFSET :offset ROWS FETCH FIRST :limit ROWS ONLY")
                .param("customerCutoff", rules.customerCutoff(day))
                .param("prospectCutoff", rules.prospectCutoff(day))
                .param("today", day)
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, row) -> listed(rs))
                .list();
    }

    /** Every person due on the day, for the DPO's export, without holding them all in memory. */
    void each(PersonRetention rules, LocalDate day, Consumer<Listed> sink) {
        try (var rows = jdbc.sql(LISTED + " ORDER BY last_date, p.id")
                .param("customerCutoff", rules.customerCutoff(day))
                .param("prospectCutoff", rules.prospectCutoff(day))
                .param("today", day)
                .query((rs, row) -> listed(rs))
                .stream()) {
            rows.forEach(sink);
        }
    }

    private static final String LISTED = "SELECT p.id, p.last_name, p.first_names, p.type, CASE WHEN " + CUSTOMER
            + " THEN 1 ELSE 0 END AS customer, CASE WHEN " + CUSTOMER + " THEN p.relationship_end_at"
            + " ELSE GREATEST(p.collected_at, COALESCE(p.last_contact_at, p.collected_at))"
            + " END AS last_date, CASE WHEN " + HELD + " THEN 1 ELSE 0 END AS held FROM person p WHERE" + DUE;

    private static Listed listed(ResultSet rs) throws SQLException {
        return new Listed(rs.getObject("id", UUID.class), rs.getString("last_name"), rs.getString("first_names"),
                rs.getInt("customer") == 1, rs.getObject("last_date", LocalDate.class), rs.getInt("held") == 1);
    }

    /**
     * A due person as the forecast lists them.
     *
     * @param id         the person
     * @param lastName   their last name
     * @param firstNames their first names, or null
     * @param customer   whether they bought something
     * @param lastDate   the date their clock runs from: the end of the relationship, or the later of collection and
     *                   last contact
     * @param held       whether a hold or a restriction keeps them
     */
    record Listed(UUID id, String lastName, String firstNames, boolean customer, LocalDate lastDate, boolean held) {
    }

    /**
     * A person due to leave the active base.
     *
     * @param id       the person
     * @param customer whether they bought something: their contract data go to the archive
     * @param kind     what the anonymised statistics keep of them
     */
    record Due(UUID id, boolean customer, LeavingStatistics.Kind kind) {
    }

    /** Due persons by kind, and the held ones apart. */
    record Counts(long customers, long prospects, long held) {

        long due() {
            return customers + prospects;
        }
    }
}
