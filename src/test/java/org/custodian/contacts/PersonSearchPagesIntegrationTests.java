package org.custodian.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import javax.sql.DataSource;

import org.custodian.shared.Page;
import org.custodian.shared.PageRequest;
import org.custodian.testing.IntegrationTest;
import org.custodian.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * CON-1 (issue 8): whatever way a page of a search is read — from its matches, by walking the names, or (PostgreSQL)
 * by walking only the name slices where the search has matches — it is the page a plain sort of every match gives,
 * in both directions, for every column a list can be sorted by, page after page, with the same capped count. The
 * persons' names start with every letter, on both sides of each slice's bound, with shared names (the id breaks the
 * tie) and one person being erased; their company carries a word of this test's own, so that the shared test
 * database's other persons do not count.
 */
@IntegrationTest
@WithMockUser(username = "search-pages", roles = "SALES")
class PersonSearchPagesIntegrationTests {

    private static final List<String> LAST_NAMES = List.of("Aa", "Azur", "B", "Ba", "Bdx", "Be", "Bnord", "Bo",
            "Bzz", "C", "Cé", "Co", "D", "Dé", "Do", "Élan", "F", "G", "Ge", "Go", "Hoarau", "I", "J", "K", "L", "Le",
            "Le Gall", "Lefebvre", "Lefebvre", "Lefebvre", "Lefèvre", "Lo", "Ly", "M", "Me", "Mo", "Mu", "N", "O", "P",
            "Pe", "Po", "Q", "R", "Re", "Ro", "S", "T", "U", "V", "W", "X", "Y", "Z", "Zz", "Øster", "1er étage",
            "'Quote", "-Tiret");

    @Autowired
    Persons persons;

    @Autowired
    PersonRepository repository;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    SliceTrigrams sliceTrigrams;

    private final String word = "slc" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    @BeforeEach
    void persons() {
        for (var i = 0; i < LAST_NAMES.size(); i++) {
            persons.create(new PersonData(i % 3 == 0 ? PersonType.CUSTOMER : PersonType.PROSPECT, Audience.PROFESSIONAL,
                    null, LAST_NAMES.get(i), i % 2 == 0 ? "Jean" : "Marie", word + i + "@example.com", null, null, null,
                    "Maison " + word, null, null, null, null));
            if (i % 3 == 0) {
                // Every third person shares the time of the next ones: the id orders them.
                clock.advance(Duration.ofSeconds(1));
            }
        }
        jdbc.sql("UPDATE person SET erasure_requested_at = ? WHERE email = ?")
                .params(Timestamp.from(clock.instant()), word + "7@example.com").update();
    }

    @Test
    @DisplayName("CON-1 every page of a search, in every order, is the page of a plain sort of all its matches")
    void pagesOfASearchAreThoseOfAPlainSort() {
        for (var query : List.of(word, word.substring(0, 6) + " lef", "jean " + word)) {
            for (var column : PersonSort.Column.values()) {
                for (var descending : new boolean[] {false, true}) {
                    var sort = new PersonSort(column, descending);
                    var expected = plainSort(query, null, sort);
                    assertThat(expected).as("matches of %s", query).isNotEmpty();
                    for (var size : new int[] {7, 3}) {
                        comparePages(expected, size, page -> persons.list(PersonCriteria.search(query), sort, page,
                                "test"), query + " " + sort.parameter());
                    }
                }
            }
        }
    }

    @Test
    @DisplayName("CON-1 on PostgreSQL, walking the name slices where a search has matches gives the plain sort's pages, before and after the slices' trigram summary is rebuilt")
    void walkingTheNameSlicesGivesThePlainSortsPages() throws SQLException {
        assumeTrue(postgres(), "H2 has no slices: it keeps the plain path, compared above");
        comparedWithThePlainSort();
        // The slices' trigram summary (V57) rebuilt: the slices without a match are no longer asked.
        SliceTrigramsRefreshed.await(sliceTrigrams, jdbc);
        comparedWithThePlainSort();
    }

    private void comparedWithThePlainSort() {
        var filtered = new PersonCriteria(word, PersonType.CUSTOMER, null, null, null, null, null, null, Map.of());
        for (var criteria : List.of(PersonCriteria.search(word), PersonCriteria.search("lefe " + word),
                PersonCriteria.search("jean " + word), filtered)) {
            for (var descending : new boolean[] {false, true}) {
                var sort = new PersonSort(PersonSort.Column.LAST_NAME, descending);
                var expected = plainSort(criteria.query(), criteria.type(), sort);
                assertThat(expected).as("matches of %s", criteria).isNotEmpty();
                for (var size : new int[] {7, 3, 1}) {
                    comparePages(expected, size, page -> transactions.execute(status -> repository.listBySlices(
                            criteria, sort, page, ZoneId.of("Europe/Paris"))), criteria + " " + sort.parameter());
                }
            }
        }
    }

    @Test
    @DisplayName("CON-1 on PostgreSQL, each person's name slice (V42) is the one whose stretch of names holds them")
    void eachPersonIsInTheSliceOfTheirName() throws SQLException {
        assumeTrue(postgres(), "no name slices on H2");
        var slices = new NameSlices();
        var placed = 0;
        for (var slice = 0; slice < slices.count(); slice++) {
            var names = jdbc.sql("SELECT name_slice FROM person WHERE search_text LIKE ? AND " + slices.range(slice))
                    .param("%" + word + "%").query(Integer.class).list();
            assertThat(names).as(slices.range(slice)).containsOnly(slice);
            placed += names.size();
        }
        assertThat(placed).isEqualTo(LAST_NAMES.size());
        assertThat(jdbc.sql("SELECT pg_get_indexdef('person_search_trgm_idx'::regclass)").query(String.class).single())
                .contains("search_text gin_trgm_ops, name_slice");
    }

    /** The ids of every match, sorted by the database in one plain statement, the id breaking ties. */
    private List<UUID> plainSort(String query, PersonType type, PersonSort sort) {
        var where = new StringBuilder("erasure_requested_at IS NULL");
        var params = new ArrayList<Object>();
        for (var part : Text.fold(query).split("\\s+")) {
            where.append(" AND search_text LIKE ?");
            params.add("%" + part + "%");
        }
        if (type != null) {
            where.append(" AND type = ?");
            params.add(type.name());
        }
        return jdbc.sql("SELECT id FROM person WHERE " + where + " ORDER BY " + sort.orderBy())
                .params(params).query(UUID.class).list();
    }

    private void comparePages(List<UUID> expected, int size, Function<PageRequest, Page<PersonView>> list,
            String what) {
        var pages = (expected.size() + size - 1) / size;
        for (var number : new int[] {0, 1, 2, pages / 2, pages - 1, pages}) {
            var request = PageRequest.of(number, size);
            var page = list.apply(request);
            var from = Math.min(expected.size(), number * size);
            var to = Math.min(expected.size(), from + size);
            assertThat(page.content().stream().map(person -> person.id().value()).toList())
                    .as("%s, page %d of %d", what, number, size).isEqualTo(expected.subList(from, to));
            var limit = PersonRepository.countLimit(request);
            var capped = expected.size() >= limit;
            assertThat(page.totalCapped()).as("%s, page %d of %d capped", what, number, size).isEqualTo(capped);
            assertThat(page.total()).as("%s, page %d of %d total", what, number, size)
                    .isEqualTo(capped ? limit - 1 : expected.size());
        }
    }

    private boolean postgres() throws SQLException {
        try (var connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }
    }
}
