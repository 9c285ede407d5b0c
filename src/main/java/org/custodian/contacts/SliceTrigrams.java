package org.custodian.contacts;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.custodian.shared.DatabaseKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * CON-1 (issue 8): which trigrams of the search key each slice of the names ({@link NameSlices}) holds, on
 * PostgreSQL (V57). A fragment such as "rous" can only match a person whose search key holds each of its trigrams
 * ("rou", "ous"); a slice that lacks one of them has no match, and a search in name order need not ask the trigram
 * index about it — each question costs a read of the fragment's entries, and a fragment whose matches all sit late in
 * the alphabet used to ask thirty slices before finding them.
 *
 * <p>The summary may say "perhaps" too often, never "no" wrongly. A few persons written (a form, a screen) add their
 * trigrams at once, beside the summary, until the next {@link #refresh} merges them; a slice that a large write (an
 * import) changed is a candidate whatever its trigrams until it is rebuilt, once writes to it have paused for
 * {@code custodian.contacts.search-summary-quiet} (a rebuild reads the whole slice: rebuilding during an import would
 * slow it down for nothing); the trigrams of persons who left a slice only make it a candidate in vain until the
 * nightly rebuild of every slice. The rows hold trigrams per slice of the alphabet, never a person's id or a whole
 * name, as the trigram index itself does.
 */
@Component
class SliceTrigrams {

    /**
     * The trigrams ({@code t}) that a fragment's match needs: those with a space stand for a word's edges, which a
     * fragment found inside a word ("rous" in "rousseau") does not have.
     */
    private static final String INSIDE_A_WORD = "t NOT LIKE '% %'";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final boolean postgres;
    private final Duration quiet;
    private final NameSlices nameSlices = new NameSlices();

    SliceTrigrams(JdbcClient jdbc, PlatformTransactionManager transactions, DatabaseKind database,
            @Value("${custodian.contacts.search-summary-quiet}") Duration quiet) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.postgres = database.postgres();
        this.quiet = quiet;
    }

    /**
     * The slices, in name order, where a person's search key may contain this word: those that hold each of its
     * trigrams, and those changed by a large write since their last rebuild. Every slice when the word has no trigram
     * of its own (two letters, say), for a search of several words (null), or on H2.
     */
    List<Integer> candidates(String word) {
        if (!postgres || word == null) {
            return IntStream.range(0, nameSlices.count()).boxed().toList();
        }
        return jdbc.sql("""
                        WITH wanted AS (SELECT DISTINCT t FROM unnest(show_trgm(:word)) AS t WHERE %s),
                        held AS (
                            SELECT trigram, name_slice FROM person_search_trigram
                            WHERE trigram IN (SELECT t FROM wanted)
                            UNION
                            SELECT trigram, name_slice FROM person_search_trigram_added
                            WHERE trigram IN (SELECT t FROM wanted))
                        SELECT s FROM generate_series(0, :last) AS s
                        WHERE NOT EXISTS (SELECT 1 FROM wanted)
                           OR EXISTS (SELECT 1 FROM person_search_stale_slice x WHERE x.name_slice = s)
                           OR (SELECT COUNT(*) FROM held h WHERE h.name_slice = s) = (SELECT COUNT(*) FROM wanted)
                        ORDER BY s""".formatted(INSIDE_A_WORD))
                .param("word", word).param("last", nameSlices.count() - 1)
                .query(Integer.class).list();
    }

    /**
     * Merges the trigrams that small writes added into the summary, then rebuilds each slice that large writes
     * changed and left alone for the quiet delay, one transaction per slice.
     */
    @Scheduled(fixedDelayString = "${custodian.contacts.search-summary-delay}")
    @SchedulerLock(name = "person-search-summary")
    public void refresh() {
        if (!postgres) {
            return;
        }
        jdbc.sql("WITH moved AS (DELETE FROM person_search_trigram_added RETURNING trigram, name_slice)"
                + " INSERT INTO person_search_trigram (trigram, name_slice)"
                + " SELECT DISTINCT trigram, name_slice FROM moved ON CONFLICT DO NOTHING").update();
        var settled = jdbc.sql("SELECT name_slice FROM person_search_stale_slice GROUP BY name_slice"
                        + " HAVING MAX(noted_at) <= CURRENT_TIMESTAMP - CAST(? AS INTERVAL) ORDER BY name_slice")
                .param(quiet.toMillis() + " milliseconds").query(Integer.class).list();
        settled.forEach(this::rebuild);
    }

    /** Rebuilds every slice, so that the trigrams of the persons who left them (renamed, erased) are forgotten. */
    @Scheduled(cron = "${custodian.contacts.search-summary-rebuild-cron}", zone = "${custodian.time-zone}")
    @SchedulerLock(name = "person-search-summary")
    public void rebuildAll() {
        if (postgres) {
            IntStream.range(0, nameSlices.count()).forEach(this::rebuild);
        }
    }

    /**
     * Rebuilds one slice's summary from the name index, which carries the search key. The slice's notes are taken
     * before its persons are read: a person written meanwhile either is read, or leaves a note that this rebuild did
     * not take, and the slice stays a candidate until the next.
     */
    private void rebuild(int slice) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM person_search_stale_slice WHERE name_slice = ?").param(slice).update();
            jdbc.sql("DELETE FROM person_search_trigram WHERE name_slice = ?").param(slice).update();
            jdbc.sql("INSERT INTO person_search_trigram (trigram, name_slice) SELECT DISTINCT t, " + slice
                            + "::smallint FROM person CROSS JOIN unnest(show_trgm(search_text)) AS t"
                            + " WHERE " + PersonRepository.NOT_ERASING + " AND " + nameSlices.range(slice)
                            // a rebuild run at the same time by a node whose lock had run out writes the same rows
                            + " AND " + INSIDE_A_WORD + " ON CONFLICT DO NOTHING")
                    .update();
        });
    }
}
