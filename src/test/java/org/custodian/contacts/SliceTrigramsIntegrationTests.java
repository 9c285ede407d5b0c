package org.custodian.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.custodian.contacts.PersonImportSupport.ImportBatch;
import org.custodian.shared.DatabaseKind;
import org.custodian.shared.PageRequest;
import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * CON-1 (issue 8), PostgreSQL only: the summary of the trigrams each name slice holds (V57) never rules out a slice
 * where a search has a match — whether the person was created on a screen, copied in by an import or renamed, before
 * and after the summary takes them in — and, once rebuilt, rules out the slices where it has none.
 */
@IntegrationTest
@WithMockUser(username = "slice-trigrams", roles = "SALES")
class SliceTrigramsIntegrationTests {

    /** Above this many persons in one statement, a write notes its slices instead of adding trigrams (V57). */
    private static final int LARGE_WRITE = 101;

    @Autowired
    SliceTrigrams sliceTrigrams;
    @Autowired
    Persons persons;
    @Autowired
    PersonBulkWriter writer;
    @Autowired
    PersonRepository repository;
    @Autowired
    TimeOrderedIds ids;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    DatabaseKind database;

    private final NameSlices slices = new NameSlices();
    private final String word = "tgm" + UUID.randomUUID().toString().replace("-", "").substring(0, 9);

    @BeforeEach
    void onPostgres() {
        assumeTrue(database.postgres(), "H2 has no name slices: every slice is a candidate there");
    }

    @Test
    @DisplayName("CON-1 a person created, imported by thousands or renamed is found in their slice at once; the summary then rules out the slices without a match")
    void candidatesNeverMissAMatch() {
        refreshed();
        assertThat(sliceTrigrams.candidates(word)).as("no one holds the word yet").isEmpty();

        var created = persons.create(person("Dupont", word + "@example.org")).id();
        var dupont = sliceOf("dupont");
        assertThat(stale()).as("a few persons add their trigrams, they note no slice").doesNotContain(dupont);
        assertThat(sliceTrigrams.candidates(word)).as("before the summary takes them in").contains(dupont);

        var rows = new ArrayList<PersonImportSupport.Row>();
        for (var i = 0; i < LARGE_WRITE; i++) {
            rows.add(PersonImportSupport.row(ids.next(), "CUS-" + word.substring(3, 9).toUpperCase() + i,
                    person("Zola", "copied" + i + "." + word + "@example.org").withDates(LocalDate.of(2024, 3, 1), null),
                    List.of()));
        }
        transactions.executeWithoutResult(status -> writer.create(rows,
                new ImportBatch(UUID.randomUUID(), "slice-trigrams", Instant.now())));
        var zola = sliceOf("zola");
        assertThat(stale()).as("an import's COPY notes its slices").contains(zola);
        assertThat(sliceTrigrams.candidates(word)).containsAll(matchSlices());

        refreshed();
        assertThat(sliceTrigrams.candidates(word)).isEqualTo(List.copyOf(matchSlices())).containsExactly(dupont, zola);

        persons.update(created, person("Martin", word + "@example.org"));
        var martin = sliceOf("martin");
        assertThat(sliceTrigrams.candidates(word)).as("the new name at once").contains(martin);
        refreshed();
        assertThat(sliceTrigrams.candidates(word)).as("the slice left is a candidate in vain until the night")
                .containsExactly(dupont, martin, zola);
        var page = transactions.execute(status -> repository.listBySlices(PersonCriteria.search(word),
                new PersonSort(PersonSort.Column.LAST_NAME, false), PageRequest.of(0, 3), ZoneId.of("Europe/Paris")));
        assertThat(page.content()).extracting(person -> person.data().lastName())
                .containsExactly("Martin", "Zola", "Zola");

        jdbc.sql("DELETE FROM person WHERE sort_name LIKE 'zola%' AND search_text LIKE ?").param("%" + word + "%")
                .update();
        // The nightly rebuild itself, not its lock: the scheduled refresh may hold that lock at this moment.
        AopTestUtils.<SliceTrigrams>getUltimateTargetObject(sliceTrigrams).rebuildAll();
        assertThat(sliceTrigrams.candidates(word)).as("the nightly rebuild forgets those who left")
                .containsExactly(martin);
    }

    @Test
    @DisplayName("CON-1 persons created by eight threads while the summary is refreshed over and over: each is a candidate in their slice as soon as they are saved")
    void concurrentWritesAreNeverMissed() throws Exception {
        var names = List.of("Arago", "Berlioz", "Curie", "Debussy", "Fourier", "Lamarck", "Pasteur", "Ravel");
        var refreshing = new AtomicBoolean(true);
        var misses = new ConcurrentLinkedQueue<String>();
        var staff = SecurityContextHolder.getContext();
        var pool = Executors.newFixedThreadPool(names.size() + 1);
        try {
            var refresher = pool.submit(() -> {
                while (refreshing.get()) {
                    sliceTrigrams.refresh();
                }
            });
            var writers = new ArrayList<Future<?>>();
            for (var name : names) {
                writers.add(pool.submit(() -> {
                    SecurityContextHolder.setContext(staff);
                    for (var round = 0; round < 5; round++) {
                        var email = round + "." + name.toLowerCase() + "." + word + "@example.org";
                        var id = persons.create(person(name, email)).id();
                        var slice = jdbc.sql("SELECT name_slice FROM person WHERE id = ?").param(id.value())
                                .query(Integer.class).single();
                        if (!sliceTrigrams.candidates(word).contains(slice)) {
                            misses.add(name + " in slice " + slice);
                        }
                    }
                    return null;
                }));
            }
            for (var writer : writers) {
                writer.get(60, TimeUnit.SECONDS);
            }
            refreshing.set(false);
            refresher.get(60, TimeUnit.SECONDS);
        } finally {
            refreshing.set(false);
            pool.shutdownNow();
        }
        assertThat(misses).isEmpty();
        refreshed();
        assertThat(sliceTrigrams.candidates(word)).isEqualTo(List.copyOf(matchSlices())).hasSize(names.size());
    }

    @Test
    @DisplayName("CON-1 a change that no search can see (a note, the type) adds nothing and notes nothing")
    void changesOutsideTheSearchKeyRecordNothing() {
        var id = persons.create(person("Perec", word + "@example.org")).id();
        refreshed();
        var recorded = transactions.execute(status -> {
            jdbc.sql("UPDATE person SET notes = 'Rappeler en mars', type = 'PROSPECT' WHERE id = ?").param(id.value())
                    .update();
            var rows = jdbc.sql("SELECT (SELECT COUNT(*) FROM person_search_stale_slice)"
                    + " + (SELECT COUNT(*) FROM person_search_trigram_added)").query(Long.class).single();
            status.setRollbackOnly();
            return rows;
        });
        assertThat(recorded).isZero();
    }

    @Test
    @DisplayName("CON-1 a word without a trigram of its own (two letters) rules out no slice")
    void aShortWordRulesOutNothing() {
        refreshed();
        assertThat(sliceTrigrams.candidates("zq")).hasSize(slices.count());
    }

    private void refreshed() {
        SliceTrigramsRefreshed.await(sliceTrigrams, jdbc);
    }

    private Set<Integer> stale() {
        return new TreeSet<>(jdbc.sql("SELECT DISTINCT name_slice FROM person_search_stale_slice")
                .query(Integer.class).list());
    }

    private Set<Integer> matchSlices() {
        return new TreeSet<>(jdbc.sql("SELECT name_slice FROM person WHERE erasure_requested_at IS NULL"
                + " AND search_text LIKE ?").param("%" + word + "%").query(Integer.class).list());
    }

    private int sliceOf(String sortName) {
        return jdbc.sql("SELECT DISTINCT name_slice FROM person WHERE sort_name LIKE ? AND search_text LIKE ?")
                .params(sortName + "%", "%" + word + "%").query(Integer.class).single();
    }

    private static PersonData person(String lastName, String email) {
        return new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, lastName, "Georges", email, null, null,
                "75005", null, null, null, null, null);
    }
}
