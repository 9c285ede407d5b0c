package org.custodian.testing;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The traces that nodes killed by a test leave in the shared database. A node killed with {@code kill -9} while one of
 * its scheduled sweeps runs keeps that sweep's lock until it runs out (30 minutes): in production the sweep then waits
 * for another node, but in a test suite every later test that calls the sweep would find it locked and see it do
 * nothing.
 */
public final class DeadNodes {

    private DeadNodes() {
    }

    /** Releases the scheduled sweeps' locks held by the nodes whose id starts with this prefix, all dead by now. */
    public static void releaseLocks(JdbcClient jdbc, String nodePrefix) {
        jdbc.sql("DELETE FROM shedlock WHERE locked_by LIKE ?").param(nodePrefix + "%").update();
    }
}
