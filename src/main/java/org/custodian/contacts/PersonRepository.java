package org.custodian.contacts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.custodian.shared.DatabaseKind;
import org.custodian.shared.Page;
import org.custodian.shared.PageRequest;
import org.custodian.shared.PersonId;
import org.custodian.shared.SqlArrays;
import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Persons, their note flags and their history, in plain SQL that runs on H2 and PostgreSQL.
 */
@Repository
class PersonRepository {

    static final String COLUMNS = """
            id, internal_code, type, audience, civility, last_name, first_names, email, phone, birth_date,
            address, company, job_title, accounting_code, external_ref, notes, created_at, updated_at, sector,
            generic_address, last_contact_at, relationship_end_at, collected_at""";

    private static final String WRITTEN_COLUMNS = """
            id, internal_code, type, audience, civility, last_name, first_names, email, phone, birth_date,
            address, company, job_title, accounting_code, external_ref, notes, created_at, updated_at, sector,
            generic_address""";

    /** The condition that hides a person whose erasure was requested from every read, search and match (DSR-5). */
    static final String NOT_ERASING = "erasure_requested_at IS NULL";

    /** Rows read ahead of the current page by the capped count of a list (see {@link #countLimit}). */
    private static final int COUNTED_PAGES_AHEAD = 10;
    private static final int EXPORT_FETCH_SIZE = 1_000;

    /** Above this many persons estimated to match a search, the names walked in order reach a page's rows sooner. */
    private static final long FEW_MATCHES = 15_000;
    private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\":\\s*([0-9.eE+]+)");

    private final JdbcClient jdbc;
    private final JdbcClient streaming;
    private final boolean postgres;
    private final NameSlices nameSlices = new NameSlices();
    private final SliceTrigrams sliceTrigrams;

    PersonRepository(JdbcClient jdbc, DataSource dataSource, DatabaseKind database, SliceTrigrams sliceTrigrams) {
        this.jdbc = jdbc;
        this.sliceTrigrams = sliceTrigrams;
        this.postgres = database.postgres();
        // A fetch size makes PostgreSQL stream an export in slices instead of loading a million rows at once.
        var template = new JdbcTemplate(dataSource);
        template.setFetchSize(EXPORT_FETCH_SIZE);
        this.streaming = JdbcClient.create(template);
    }

    boolean internalCodeExists(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM person WHERE internal_code = ?").param(code)
                .query(Long.class).single() > 0;
    }

    long countByExternalRefPrefix(String prefix) {
        return jdbc.sql("SELECT COUNT(*) FROM person WHERE external_ref LIKE ?").param(prefix + "%")
                .query(Long.class).single();
    }

    void insert(PersonId id, String internalCode, PersonData data, PersonSource source, Instant at) {
        // a new person has no purchase yet: the relationship ends, so far, with the last contact stated
        jdbc.sql("INSERT INTO person (" + WRITTEN_COLUMNS + ", phone_digits, search_text, sort_name, email_key, source,"
                        + " collected_at, last_contact_at, relationship_end_at)"
                        + " VALUES (:id, :code, :type, :audience, :civility, :lastName, :firstNames, :email, :phone,"
                        + " :birthDate, :address, :company, :jobTitle, :accountingCode, :externalRef, :notes, :at, :at,"
                        + " :sector, :genericAddress,"
                        + " :phoneDigits, :searchText, :sortName, :emailKey, :source,"
                        + " :collectedAt, :lastContactAt, :lastContactAt)")
                .params(parameters(data, internalCode))
                .param("id", id.value())
                .param("source", source.name())
                .param("at", Timestamp.from(at))
                .update();
    }

    /**
     * Replaces the person's data. The last contact becomes the day stated, but never earlier than a contact recorded
     * from the person (one written meanwhile included), and the end of the relationship is derived again from it and
     * the purchases ({@link CommercialRelationshipEnd}), so that a corrected day lowers both consistently.
     */
    void update(PersonId id, String internalCode, PersonData data, Instant at) {
        jdbc.sql("""
                        UPDATE person SET type = :type, audience = :audience, civility = :civility,
                          last_name = :lastName, first_names = :firstNames, email = :email, phone = :phone,
                          birth_date = :birthDate, address = :address, company = :company, job_title = :jobTitle,
                          accounting_code = :accountingCode, external_ref = :externalRef, notes = :notes,
                          sector = :sector, generic_address = :genericAddress, phone_digits = :phoneDigits, search_text = :searchText, sort_name = :sortName,
                          email_key = :emailKey, collected_at = :collectedAt,
                          last_contact_at = (SELECT MAX(d) FROM (SELECT CAST(:lastContactAt AS DATE) AS d
                            UNION ALL SELECT contacted_on FROM person_contact WHERE person_id = :id) c),
                          relationship_end_at = (SELECT MAX(d) FROM (SELECT CAST(:lastContactAt AS DATE) AS d
                            UNION ALL SELECT contacted_on FROM person_contact WHERE person_id = :id
                            UNION ALL SELECT GREATEST(purchased_on, COALESCE(warranty_end, purchased_on),
                              COALESCE(contract_end, purchased_on)) FROM person_purchase WHERE person_id = :id) e),
                          updated_at = :at
                        WHERE id = :id""")
                .params(parameters(data, internalCode))
                .param("id", id.value())
                .param("at", Timestamp.from(at))
                .update();
    }

    /**
     * Marks the person as being erased: from now on no read, search or match finds them, while the other modules'
     * holders still find their rows by the person's address until the contacts holder erases the row itself.
     *
     * @return false when the person was already marked (or is gone)
     */
    boolean markErasureRequested(PersonId id, Instant at) {
        return jdbc.sql("UPDATE person SET erasure_requested_at = ? WHERE id = ? AND erasure_requested_at IS NULL")
                .params(Timestamp.from(at), id.value())
                .update() == 1;
    }

    /** The day of the latest contact recorded from the person ({@code PersonContacts}), if any. */
    Optional<LocalDate> latestRecordedContact(PersonId id) {
        return jdbc.sql("SELECT MAX(contacted_on) FROM person_contact WHERE person_id = ?").param(id.value())
                .query((rs, row) -> localDate(rs.getDate(1))).optional();
    }

    /** Whether the person row is still there, marked for erasure or not. */
    boolean rowExists(PersonId id) {
        return jdbc.sql("SELECT COUNT(*) FROM person WHERE id = ?").param(id.value()).query(Long.class).single() > 0;
    }

    /**
     * Deletes the person row with its note flags and history, each counted (the cascades would hide the counts).
     *
     * @return the rows deleted, zero when the person is already gone
     */
    /**
     * Erases the rows of a batch of persons (the retention sweep, RET-3), their dependent rows first, one statement per
     * table, in the caller's transaction.
     */
    int eraseBatch(List<UUID> ids) {
        var erased = 0;
        for (var statement : List.of(
                "DELETE FROM person_sensitive_data WHERE person_id = ANY(:ids)",
                "DELETE FROM person_purchase WHERE person_id = ANY(:ids)",
                "DELETE FROM person_contact WHERE person_id = ANY(:ids)",
                "DELETE FROM person_restriction WHERE person_id = ANY(:ids)",
                "DELETE FROM person_change_field WHERE change_id IN"
                        + " (SELECT id FROM person_change WHERE person_id = ANY(:ids))",
                "DELETE FROM person_change WHERE person_id = ANY(:ids)",
                "DELETE FROM person_note_flag WHERE person_id = ANY(:ids)",
                "DELETE FROM person WHERE id = ANY(:ids)")) {
            erased += jdbc.sql(statement).param("ids", SqlArrays.uuids(ids)).update();
        }
        return erased;
    }

    int eraseAll(PersonId id) {
        var person = id.value();
        return jdbc.sql("DELETE FROM person_change_field WHERE change_id IN "
                        + "(SELECT id FROM person_change WHERE person_id = ?)").param(person).update()
                + jdbc.sql("DELETE FROM person_change WHERE person_id = ?").param(person).update()
                + jdbc.sql("DELETE FROM person_note_flag WHERE person_id = ?").param(person).update()
                + jdbc.sql("DELETE FROM person WHERE id = ?").param(person).update();
    }

    /**
     * The e-mail addresses of the persons that have one, also while their erasure runs (the other holders find their
     * rows by them).
     */
    Map<UUID, String> emailsOfAnyState(Collection<UUID> ids) {
        var emails = new HashMap<UUID, String>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT id, email FROM person WHERE id = ANY(:ids) AND email IS NOT NULL")
                    .param("ids", SqlArrays.uuids(ids))
                    .query(rs -> {
                        emails.put(rs.getObject("id", UUID.class), rs.getString("email"));
                    });
        }
        return emails;
    }

    /** The person as stored, also while their erasure runs: the export of an access request. */
    Optional<PersonView> findAnyState(PersonId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM person WHERE id = ?").param(id.value())
                .query(PersonRepository::person).optional()
                .map(person -> withFlags(List.of(person)).get(0));
    }

    Optional<PersonView> findByEmail(String email) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM person WHERE email_key = ?"
                        + " AND " + NOT_ERASING + " ORDER BY created_at, id LIMIT 1")
                .param(DuplicatePolicy.emailKey(email))
                .query(PersonRepository::person).optional()
                .map(person -> withFlags(List.of(person)).get(0));
    }

    /**
     * The oldest person, not being erased, with this e-mail key or else with this phone key (CON-9, see
     * {@link DuplicatePolicy}); either key may be null.
     */
    Optional<PossibleDuplicate> findDuplicate(String emailKey, String phoneKey) {
        if (emailKey != null) {
            var byEmail = oldestWith("email_key", emailKey);
            if (byEmail.isPresent()) {
                return byEmail.map(id -> new PossibleDuplicate(id, PossibleDuplicate.MatchedBy.EMAIL));
            }
        }
        return phoneKey == null ? Optional.empty() : oldestWith("phone_digits", phoneKey)
                .map(id -> new PossibleDuplicate(id, PossibleDuplicate.MatchedBy.PHONE));
    }

    private Optional<PersonId> oldestWith(String column, String key) {
        return jdbc.sql("SELECT id FROM person WHERE " + column + " = ? AND " + NOT_ERASING
                        + " ORDER BY created_at, id LIMIT 1")
                .param(key).query(UUID.class).optional().map(PersonId::new);
    }

    /**
     * Makes the staff's creations of persons wait for each other until the caller's transaction ends, on every node
     * (the one row of {@code person_creation_lock}): the duplicate check and the insert after it then see each
     * other's persons, so that two people typing the same address at once do not both create it silently.
     */
    void lockCreations() {
        jdbc.sql("SELECT id FROM person_creation_lock WHERE id = 1 FOR UPDATE").query(Integer.class).single();
    }

    /** How many of these distinct ids are persons. */
    long count(List<UUID> ids) {
        return jdbc.sql("SELECT COUNT(*) FROM person WHERE id IN (:ids)").param("ids", ids).query(Long.class).single();
    }

    Optional<PersonView> findById(PersonId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM person WHERE id = ? AND " + NOT_ERASING).param(id.value())
                .query(PersonRepository::person).optional()
                .map(person -> withFlags(List.of(person)).get(0));
    }

    /**
     * One page of the persons the criteria select, in the given order.
     *
     * <p>Built for a million persons (CON-1): each word of the query is a {@code LIKE '%word%'} that PostgreSQL answers
     * from a trigram index when few persons match, or from the list index (which carries the filtered columns) when
     * many do; a search for one fragment in name order walks only the slices of the names ({@link NameSlices}) where
     * it has matches ({@link #slicesWalked}), another search that PostgreSQL expects to match few persons reads them
     * first ({@link #textMatchesFirst}); the selection is counted only up to a window beyond the page
     * ({@link #countLimit}), never over the whole table, from an index alone where one covers the query (so that a
     * deep page costs an index range, not the rows before it); then only the page's rows are read.
     *
     * @param conditions the contributed filters' conditions
     */
    Page<PersonView> list(PersonCriteria criteria, List<PersonFilterContribution.Condition> conditions, PersonSort sort,
            PageRequest page, ZoneId zone) {
        var where = where(criteria, conditions, zone);
        planForTheseValues();
        var limit = countLimit(page);
        return page(selected(where, sort, page, limit), sort, page, limit);
    }

    /**
     * The same page as {@link #list}, read by walking the name slices where the search has matches, as a search for
     * one fragment in name order is on PostgreSQL: so that a test compares it with a plain sort of every match, for
     * any search and filter.
     */
    Page<PersonView> listBySlices(PersonCriteria criteria, PersonSort sort, PageRequest page, ZoneId zone) {
        var where = where(criteria, List.of(), zone);
        planForTheseValues();
        var limit = countLimit(page);
        return page(slicesWalked(where, sort, page, limit), sort, page, limit);
    }

    private Page<PersonView> page(PageIds selected, PersonSort sort, PageRequest page, long limit) {
        var rows = selected.ids().isEmpty() ? List.<PersonView>of()
                : jdbc.sql("SELECT " + COLUMNS + " FROM person WHERE id IN (:ids) ORDER BY " + sort.orderBy())
                        .param("ids", selected.ids())
                        .query(PersonRepository::person).list();
        var counted = selected.counted();
        var capped = counted == limit;
        return new Page<>(withFlags(rows), page.page(), page.size(), capped ? limit - 1 : counted, capped);
    }

    /**
     * Which way reads the page's ids: on PostgreSQL, a search for one fragment in name order from the slices where
     * it has matches (PostgreSQL's estimate cannot tell a fragment that matches five thousand persons of one name
     * from one that matches five: both are "a hundred" to it), unless filters narrow it and PostgreSQL expects the
     * fragment to match many; another search from its matches when PostgreSQL expects few (several words together
     * match few persons); else (and any list without a search) as PostgreSQL's planner chooses.
     */
    private PageIds selected(Where where, PersonSort sort, PageRequest page, long limit) {
        if (!postgres || where.text().isEmpty()) {
            return walked(where, sort, page, limit);
        }
        // Under filters, a fragment common all over the alphabet ("mar") reaches a page sooner by walking the names
        // from the start, as any search PostgreSQL expects to match many persons.
        if (where.word() != null && sort.column() == PersonSort.Column.LAST_NAME
                && (where.filters().isEmpty() || fewPersonsMatch(where))) {
            return slicesWalked(where, sort, page, limit);
        }
        return fewPersonsMatch(where) ? textMatchesFirst(where, sort, page, limit) : walked(where, sort, page, limit);
    }

    /** A page's ids, in order, and how many persons the selection holds up to the count's window. */
    private record PageIds(List<UUID> ids, long counted) {
    }

    /**
     * A page's ids and its count as PostgreSQL's planner chooses, in two statements: in the page's order, so that the
     * count walks the same index as the page (a deep page and its count are two index ranges, no table visited).
     */
    private PageIds walked(Where where, PersonSort sort, PageRequest page, long limit) {
        var counted = counted(where, sort, limit);
        var ids = jdbc.sql("SELECT id FROM person" + where.sql() + " ORDER BY " + sort.orderBy()
                        + " LIMIT " + page.size() + " OFFSET " + page.offset())
                .params(where.params())
                .query(UUID.class).list();
        return new PageIds(ids, counted);
    }

    /** How many persons the selection holds, counted in the page's order up to the window. */
    private long counted(Where where, PersonSort sort, long limit) {
        return jdbc.sql("SELECT COUNT(*) FROM (SELECT id FROM person" + where.sql() + " ORDER BY " + sort.orderBy()
                        + " LIMIT " + limit + ") selected")
                .params(where.params())
                .query(Long.class).single();
    }

    /**
     * A page's ids and its count from the persons the search matches, read once (a materialised step PostgreSQL
     * answers from the trigram index), then filtered, sorted, numbered and counted in one statement: the matches
     * are not read twice. Past the last page no row carries the count, which is then counted alone.
     */
    private PageIds textMatchesFirst(Where where, PersonSort sort, PageRequest page, long limit) {
        var column = sort.column().sqlColumn();
        var columns = new LinkedHashSet<>(List.of("id", column, "type", "audience", "source", "created_at",
                "updated_at"));
        var numbered = jdbc.sql("WITH matched AS MATERIALIZED (SELECT " + String.join(", ", columns)
                        + " FROM person WHERE " + NOT_ERASING + where.text() + ")"
                        + " SELECT id, total FROM (SELECT id, COUNT(*) OVER () AS total, ROW_NUMBER() OVER (ORDER BY "
                        + sort.orderBy() + ") AS position FROM (SELECT id, " + column
                        // named person, as the contributed conditions name the person's table
                        + " FROM matched person WHERE TRUE" + where.filters() + " ORDER BY " + sort.orderBy()
                        + " LIMIT " + limit + ") chosen) numbered WHERE position > " + page.offset()
                        + " ORDER BY position LIMIT " + page.size())
                .params(where.params())
                .query((rs, row) -> new Numbered(rs.getObject("id", UUID.class), rs.getLong("total")))
                .list();
        if (numbered.isEmpty() && page.offset() > 0) {
            return new PageIds(List.of(), counted(where, sort, limit));
        }
        return new PageIds(numbered.stream().map(Numbered::id).toList(),
                numbered.isEmpty() ? 0 : numbered.get(0).total());
    }

    private record Numbered(UUID id, long total) {
    }

    /**
     * Whether PostgreSQL estimates that few persons match the words of a search (from its statistics: a plan, not a
     * run). PostgreSQL would otherwise walk the names in order, betting that the matches are spread over the
     * alphabet; but the persons a fragment such as "lefe" finds share a name, and sit together in one stretch of it
     * (half a million names walked for an "L"). A few thousand matches are then read faster from the trigram index
     * and sorted.
     */
    private boolean fewPersonsMatch(Where where) {
        var plan = jdbc.sql("EXPLAIN (FORMAT JSON) SELECT id FROM person WHERE " + NOT_ERASING + where.text())
                .params(where.textParams())
                .query(String.class).single();
        var rows = PLAN_ROWS.matcher(plan);
        return rows.find() && Double.parseDouble(rows.group(1)) <= FEW_MATCHES;
    }

    /**
     * A page of a search in name order (or its reverse) and its count, from the name slices where the search has
     * matches: among the slices whose trigrams allow a match ({@link SliceTrigrams}), the next that has any is asked
     * of the trigram index ({@link #nextSliceWithMatches}) — or taken at once when the slice before had matches —
     * then walked along the list index, which carries the search key and the filtered columns, so that no person's
     * row is read; and so on until the count's window is full. A fragment whose matches share a name walks a stretch
     * of one slice instead of reading each match's row to sort them.
     */
    private PageIds slicesWalked(Where where, PersonSort sort, PageRequest page, long limit) {
        var candidates = sliceTrigrams.candidates(where.word());
        // Asking the one candidate slice is asking the whole index; for several, one question spares asking each.
        if (candidates.isEmpty() || candidates.size() > 1 && !anyTextMatch(where)) {
            return new PageIds(List.of(), 0);
        }
        var order = candidates.stream()
                .sorted(sort.descending() ? Comparator.reverseOrder() : Comparator.naturalOrder()).toList();
        var ids = new ArrayList<UUID>();
        var next = 0;
        var ask = true;
        while (ids.size() < limit && next < order.size()) {
            int slice;
            if (ask) {
                var found = nextSliceWithMatches(where, order.subList(next, order.size()));
                if (found.isEmpty()) {
                    break;
                }
                slice = found.getAsInt();
            } else {
                slice = order.get(next);
            }
            // Only walks of the names: PostgreSQL would otherwise read a slice's few expected matches row by row.
            scans(true, false);
            var walked = jdbc.sql("SELECT id FROM person WHERE " + NOT_ERASING + " AND " + nameSlices.range(slice)
                            + where.text() + where.filters() + " ORDER BY " + sort.orderBy()
                            + " LIMIT " + (limit - ids.size()))
                    .params(where.params())
                    .query(UUID.class).list();
            ids.addAll(walked);
            next = order.indexOf(slice) + 1;
            // A fragment found all along a slice (a common one, or one under filters) is likely in the next: walking
            // it costs less than asking the index first; after a slice without a page's match, ask again.
            ask = walked.isEmpty();
        }
        scans(true, true);
        var from = (int) Math.min(page.offset(), ids.size());
        var to = (int) Math.min(page.offset() + page.size(), ids.size());
        return new PageIds(List.copyOf(ids.subList(from, to)), ids.size());
    }

    /**
     * Whether anyone matches the search, asked once of the whole trigram index: a fragment that matches nobody is
     * answered without asking each slice (a fragment made of common trigrams, such as an e-mail's, costs a read of
     * their entries per question).
     */
    private boolean anyTextMatch(Where where) {
        scans(false, true);
        var any = jdbc.sql("SELECT EXISTS (SELECT 1 FROM person WHERE " + NOT_ERASING + where.text() + ")")
                .params(where.textParams()).query(Boolean.class).single();
        scans(true, true);
        return any;
    }

    /**
     * The first of these slices, in this order, where at least one person matches the search, in one statement read
     * from the trigram index, which also holds each person's slice (V42): PostgreSQL asks the slices in turn and stops
     * at the first with a match, reading a person's row only to confirm a candidate. Table and index walks are
     * switched off for it: PostgreSQL would otherwise look for a slice's first match by walking its names, the whole
     * slice when it has none.
     */
    private OptionalInt nextSliceWithMatches(Where where, List<Integer> slices) {
        var probes = new ArrayList<String>();
        var params = new ArrayList<Object>();
        for (var slice : slices) {
            // A smallint constant: the index holds name_slice as a smallint and does not compare it with an integer.
            probes.add("SELECT " + slice + " AS slice WHERE EXISTS (SELECT 1 FROM person WHERE " + NOT_ERASING
                    + " AND name_slice = " + slice + "::smallint" + where.text() + ")");
            params.addAll(where.textParams());
        }
        scans(false, true);
        return jdbc.sql("SELECT slice FROM (" + String.join(" UNION ALL ", probes) + ") found LIMIT 1")
                .params(params).query(Integer.class).optional()
                .map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    /**
     * Allows, for the rest of the transaction or until called again, the plans that walk a table or an index, and
     * those that read an index's matches as a bitmap (the default: both).
     */
    private void scans(boolean walks, boolean bitmaps) {
        var walk = walks ? "on" : "off";
        jdbc.sql("SELECT set_config('enable_seqscan', ?, true), set_config('enable_indexscan', ?, true),"
                        + " set_config('enable_indexonlyscan', ?, true), set_config('enable_bitmapscan', ?, true)")
                .params(walk, walk, walk, bitmaps ? "on" : "off")
                .query().listOfRows();
    }

    /**
     * DSR-5: the person's processing is not restricted ({@link Restrictions}); a restriction freezes the exports.
     */
    static final String NOT_RESTRICTED = "NOT EXISTS (SELECT 1 FROM person_restriction r"
            + " WHERE r.in_force_person_id = person.id)";

    /**
     * Every person the criteria select whose processing is not restricted, in the given order, one at a time: the rows
     * are streamed from the database (a fetch size), never all held in memory. Review flags are not read (an export
     * does not carry them).
     *
     * @return how many persons were passed to the sink
     */
    long each(PersonCriteria criteria, List<PersonFilterContribution.Condition> conditions, PersonSort sort, ZoneId zone,
            Consumer<PersonView> sink) {
        var where = where(criteria, conditions, zone);
        planForTheseValues();
        var count = new long[1];
        RowCallbackHandler handler = rs -> {
            sink.accept(person(rs, 0));
            count[0]++;
        };
        streaming.sql("SELECT " + COLUMNS + " FROM person" + where.sql() + " AND " + NOT_RESTRICTED
                        + " ORDER BY " + sort.orderBy())
                .params(where.params())
                .query(handler);
        return count[0];
    }

    /**
     * Has PostgreSQL plan the list's statements for their values, for the rest of the caller's transaction: once the
     * driver prepares a statement on the server, PostgreSQL may switch to one generic plan, which cannot know whether
     * {@code LIKE '%word%'} matches three persons (the trigram index) or a hundred thousand (the names in order), and
     * then walks the whole table for a search that matches nothing. And without parallel workers: a page wants its
     * first rows, and starting the workers of a parallel walk of the names cost more than the walk itself (a
     * consent-filtered page: 100 ms with two workers, 32 ms without, at a million persons).
     */
    private void planForTheseValues() {
        if (postgres) {
            jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
            jdbc.sql("SET LOCAL max_parallel_workers_per_gather = 0").update();
        }
    }

    /**
     * How many rows the count of a list reads at most: the rows before the page and ten pages beyond it, so that the
     * pager can number the pages around the current one and say "more than N" beyond; one more row than that tells
     * whether there are more.
     */
    static long countLimit(PageRequest page) {
        return page.offset() + COUNTED_PAGES_AHEAD * page.size() + 1;
    }

    private static final Pattern WHOLE_EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}");

    /**
     * Each word of the query must match the name, e-mail, company or one of the codes, ignoring case and accents; a
     * whole e-mail address finds that address (by its key, case ignored); a query made of digits (and phone
     * punctuation) also matches the phone number whatever its formatting ("06 12" finds "0612345678" and "+33 6 12 ...").
     */
    private static Where where(PersonCriteria criteria, List<PersonFilterContribution.Condition> conditions, ZoneId zone) {
        var text = new StringBuilder();
        var textParams = new ArrayList<Object>();
        String word = null;
        var q = criteria.query() == null ? "" : criteria.query();
        if (!q.isEmpty()) {
            var digits = nationalDigits(q);
            if (WHOLE_EMAIL.matcher(q).matches()) {
                // A whole address finds that address, from its key: no substring search of a million persons.
                text.append(" AND email_key = ?");
                textParams.add(DuplicatePolicy.emailKey(q));
            } else if (q.matches("[+0-9 .()\\-]+") && digits.length() >= 2) {
                text.append(" AND (phone_digits LIKE ? ESCAPE '\\' OR search_text LIKE ? ESCAPE '\\')");
                textParams.add(contains(digits));
                textParams.add(contains(Text.fold(q)));
            } else {
                var words = Text.fold(q).split("\\s+");
                word = words.length == 1 ? words[0] : null;
                for (var part : words) {
                    text.append(" AND search_text LIKE ? ESCAPE '\\'");
                    textParams.add(contains(part));
                }
            }
        }
        var filters = new StringBuilder();
        var params = new ArrayList<Object>();
        condition(filters, params, "type = ?", criteria.type() == null ? null : criteria.type().name());
        condition(filters, params, "audience = ?", criteria.audience() == null ? null : criteria.audience().name());
        condition(filters, params, "source = ?", criteria.source() == null ? null : criteria.source().name());
        condition(filters, params, "created_at >= ?", startOf(criteria.createdFrom(), zone));
        condition(filters, params, "created_at < ?", startOf(criteria.createdTo() == null ? null : criteria.createdTo().plusDays(1), zone));
        condition(filters, params, "updated_at >= ?", startOf(criteria.updatedFrom(), zone));
        condition(filters, params, "updated_at < ?", startOf(criteria.updatedTo() == null ? null : criteria.updatedTo().plusDays(1), zone));
        for (var condition : conditions) {
            filters.append(" AND (").append(condition.sql()).append(")");
            params.addAll(condition.parameters());
        }
        return new Where(text.toString(), textParams, word, filters.toString(), params);
    }

    private static void condition(StringBuilder where, List<Object> params, String sql, Object value) {
        if (value != null) {
            where.append(" AND ").append(sql);
            params.add(value);
        }
    }

    private static Timestamp startOf(LocalDate day, ZoneId zone) {
        return day == null ? null : Timestamp.from(day.atStartOfDay(zone).toInstant());
    }

    /**
     * The conditions of a list: those of the search (each {@code " AND ..."}; {@code word} when it is one word to find
     * in the search key, not a whole e-mail address nor phone digits, else null) and those of the filters.
     */
    private record Where(String text, List<Object> textParams, String word, String filters,
            List<Object> filterParams) {

        String sql() {
            return " WHERE " + NOT_ERASING + text + filters;
        }

        List<Object> params() {
            var params = new ArrayList<>(textParams);
            params.addAll(filterParams);
            return params;
        }
    }

    void replaceFlags(PersonId id, List<ReviewFlag> flags) {
        jdbc.sql("DELETE FROM person_note_flag WHERE person_id = ?").param(id.value()).update();
        for (var flag : flags) {
            jdbc.sql("INSERT INTO person_note_flag (person_id, category, terms) VALUES (?, ?, ?)")
                    .params(id.value(), flag.category().name(), String.join("\n", flag.terms()))
                    .update();
        }
    }

    void addChange(PersonId id, Instant at, String actor, String kind, List<PersonChange.FieldChange> fields) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO person_change (person_id, changed_at, actor, kind) VALUES (?, ?, ?, ?)")
                .params(id.value(), Timestamp.from(at), actor, kind)
                .update(keys, "id");
        var key = keys.getKeyAs(Long.class);
        for (var i = 0; i < fields.size(); i++) {
            var field = fields.get(i);
            jdbc.sql("INSERT INTO person_change_field (change_id, field_order, field, old_value, new_value) VALUES (?, ?, ?, ?, ?)")
                    .params(key, i, field.field(), field.before(), field.after())
                    .update();
        }
    }

    List<PersonChange> history(PersonId id) {
        var rows = jdbc.sql("""
                        SELECT c.id, c.changed_at, c.actor, c.kind, c.origin, f.field, f.field_order, f.old_value,
                            f.new_value, f.redacted_at, f.redacted_by, f.redaction_reason
                        FROM person_change c LEFT JOIN person_change_field f ON f.change_id = c.id
                        WHERE c.person_id = ?
                        ORDER BY c.changed_at DESC, c.id DESC, f.field_order""")
                .param(id.value())
                .query((rs, row) -> new ChangeRow(rs.getLong("id"), rs.getTimestamp("changed_at").toInstant(),
                        rs.getString("actor"), rs.getString("kind"), rs.getString("origin"), rs.getString("field") == null ? null
                                : new PersonChange.FieldChange(rs.getString("field"), rs.getString("old_value"),
                                        rs.getString("new_value"), rs.getInt("field_order"), redaction(rs))))
                .list();
        var changes = new LinkedHashMap<Long, List<ChangeRow>>();
        rows.forEach(row -> changes.computeIfAbsent(row.changeId(), key -> new ArrayList<>()).add(row));
        var history = new ArrayList<>(changes.values().stream()
                .map(change -> new PersonChange(change.get(0).changeId(), change.get(0).at(), change.get(0).actor(),
                        change.get(0).kind(), change.get(0).origin(),
                        change.stream().map(ChangeRow::field).filter(Objects::nonNull).toList()))
                .toList());
        // A person created by a bulk import has no "created" row: the person row says who and through what.
        jdbc.sql("SELECT created_at, created_by, origin FROM person WHERE id = ? AND origin IS NOT NULL")
                .param(id.value())
                .query((rs, row) -> new PersonChange(null, rs.getTimestamp("created_at").toInstant(),
                        rs.getString("created_by"), "CREATED", rs.getString("origin"), List.of()))
                .optional().ifPresent(history::add);
        return history;
    }

    private static PersonChange.Redaction redaction(ResultSet rs) throws SQLException {
        var at = rs.getTimestamp("redacted_at");
        return at == null ? null
                : new PersonChange.Redaction(at.toInstant(), rs.getString("redacted_by"), rs.getString("redaction_reason"));
    }

    /**
     * Clears the values of one field of one history entry of this person, and the same values of that field wherever
     * else they appear in the person's history (the "after" of one entry is the "before" of the next), leaving the
     * marker; answers the field's name, or empty when there is no such field of this person's history or it is
     * already redacted.
     */
    Optional<String> redact(PersonId id, long changeId, int order, Instant at, String actor, String reason) {
        var target = jdbc.sql("""
                        SELECT f.field, f.old_value, f.new_value FROM person_change_field f
                        JOIN person_change c ON c.id = f.change_id
                        WHERE c.person_id = ? AND f.change_id = ? AND f.field_order = ? AND f.redacted_at IS NULL""")
                .params(id.value(), changeId, order)
                .query((rs, row) -> new String[] {rs.getString("field"), rs.getString("old_value"), rs.getString("new_value")})
                .optional();
        target.ifPresent(values -> {
            // Stored values are never empty strings (blank fields are absent): "" matches nothing.
            var before = values[1] == null ? "" : values[1];
            var after = values[2] == null ? "" : values[2];
            jdbc.sql("""
                            UPDATE person_change_field SET old_value = NULL, new_value = NULL, redacted_at = ?,
                                redacted_by = ?, redaction_reason = ?
                            WHERE redacted_at IS NULL AND field = ?
                              AND change_id IN (SELECT id FROM person_change WHERE person_id = ?)
                              AND (change_id = ? AND field_order = ? OR old_value IN (?, ?) OR new_value IN (?, ?))""")
                    .params(Timestamp.from(at), actor, reason, values[0], id.value(), changeId, order, before, after,
                            before, after)
                    .update();
        });
        return target.map(values -> values[0]);
    }

    private record ChangeRow(long changeId, Instant at, String actor, String kind, String origin,
            PersonChange.FieldChange field) {
    }

    private List<PersonView> withFlags(List<PersonView> persons) {
        if (persons.isEmpty()) {
            return persons;
        }
        Map<UUID, List<ReviewFlag>> flags = new HashMap<>();
        var ids = persons.stream().map(person -> person.id().value()).toList();
        jdbc.sql("SELECT person_id, category, terms FROM person_note_flag WHERE person_id IN (:ids) ORDER BY category")
                .param("ids", ids)
                .query(rs -> {
                    flags.computeIfAbsent(rs.getObject("person_id", UUID.class), key -> new ArrayList<>())
                            .add(new ReviewFlag(SensitiveCategory.valueOf(rs.getString("category")),
                                    Arrays.asList(rs.getString("terms").split("\n"))));
                });
        return persons.stream()
                .map(person -> new PersonView(person.id(), person.internalCode(), person.data(),
                        flags.getOrDefault(person.id().value(), List.of()), person.createdAt(), person.updatedAt(),
                        person.relationshipEndAt()))
                .toList();
    }

    static PersonView person(ResultSet rs, int row) throws SQLException {
        var birthDate = rs.getDate("birth_date");
        var civility = rs.getString("civility");
        var data = new PersonData(
                PersonType.valueOf(rs.getString("type")),
                Audience.valueOf(rs.getString("audience")),
                civility == null ? null : Civility.valueOf(civility),
                rs.getString("last_name"), rs.getString("first_names"), rs.getString("email"), rs.getString("phone"),
                birthDate == null ? null : birthDate.toLocalDate(),
                rs.getString("address"), rs.getString("company"), rs.getString("job_title"),
                rs.getString("accounting_code"), rs.getString("external_ref"), rs.getString("notes"),
                rs.getString("sector"), rs.getBoolean("generic_address"),
                rs.getDate("collected_at").toLocalDate(), localDate(rs.getDate("last_contact_at")));
        return new PersonView(new PersonId(rs.getObject("id", UUID.class)), rs.getString("internal_code"), data,
                List.of(), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                localDate(rs.getDate("relationship_end_at")));
    }

    private static LocalDate localDate(java.sql.Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static Map<String, Object> parameters(PersonData data, String internalCode) {
        var values = new HashMap<String, Object>();
        values.put("code", internalCode);
        values.put("type", data.type().name());
        values.put("audience", data.audience().name());
        values.put("civility", data.civility() == null ? null : data.civility().name());
        values.put("lastName", data.lastName());
        values.put("firstNames", data.firstNames());
        values.put("email", data.email());
        values.put("phone", data.phone());
        values.put("birthDate", data.birthDate() == null ? null : java.sql.Date.valueOf(data.birthDate()));
        values.put("address", data.address());
        values.put("company", data.company());
        values.put("jobTitle", data.jobTitle());
        values.put("accountingCode", data.accountingCode());
        values.put("externalRef", data.externalRef());
        values.put("notes", data.notes());
        values.put("sector", data.sector());
        values.put("genericAddress", data.genericAddress());
        values.put("phoneDigits", DuplicatePolicy.phoneKey(data.phone()));
        values.put("searchText", searchText(data, internalCode));
        values.put("sortName", sortName(data));
        values.put("emailKey", DuplicatePolicy.emailKey(data.email()));
        values.put("collectedAt", java.sql.Date.valueOf(data.collectedAt()));
        values.put("lastContactAt", data.lastContactAt() == null ? null : java.sql.Date.valueOf(data.lastContactAt()));
        return values;
    }

    /** The derived search key of a person: the searchable fields without case or accents. */
    static String searchText(PersonData data, String internalCode) {
        return Text.fold(Stream.of(data.lastName(), data.firstNames(), data.email(), data.company(),
                        internalCode, data.accountingCode(), data.externalRef())
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" ")));
    }

    /** The derived sort key of a person: last name then first names, without case or accents. */
    static String sortName(PersonData data) {
        var sortName = Text.fold(data.lastName() + " " + (data.firstNames() == null ? "" : data.firstNames())).strip();
        return sortName.length() > 260 ? sortName.substring(0, 260) : sortName;
    }

    /** The search finds a phone by the key {@link DuplicatePolicy} matches on. */
    static String nationalDigits(String phone) {
        return DuplicatePolicy.phoneKey(phone);
    }

    private static String contains(String value) {
        return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
