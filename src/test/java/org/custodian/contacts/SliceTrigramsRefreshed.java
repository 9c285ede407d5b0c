package org.custodian.contacts;

import org.springframework.jdbc.core.simple.JdbcClient;

/** For tests and benchmarks: the slices' trigram summary brought up to date with every write so far. */
final class SliceTrigramsRefreshed {

    private SliceTrigramsRefreshed() {
    }

    /**
     * Refreshes the summary until it holds every write so far; the scheduled refresh may hold its lock meanwhile
     * (the call then does nothing), hence the loop.
     */
    static void await(SliceTrigrams sliceTrigrams, JdbcClient jdbc) {
        while (jdbc.sql("SELECT (SELECT COUNT(*) FROM person_search_stale_slice)"
                + " + (SELECT COUNT(*) FROM person_search_trigram_added)").query(Long.class).single() > 0) {
            sliceTrigrams.refresh();
        }
    }
}
