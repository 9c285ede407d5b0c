package org.custodian.campaigns;

import org.custodian.CustodianApplication;
import org.springframework.boot.SpringApplication;

/**
 * The node {@link CampaignKillNineIntegrationTests} kills: a Custodian of its own, in a JVM of its own, on the test's
 * database and SMTP server (given as {@code --property=value} arguments). As any node that starts, its sweep takes the
 * walk of the campaign the test started and nobody runs yet; it sends until it is killed.
 */
final class KilledSenderNode {

    private KilledSenderNode() {
    }

    /** @param args Spring properties */
    public static void main(String[] args) throws InterruptedException {
        SpringApplication.run(CustodianApplication.class, args);
        Thread.currentThread().join();
    }
}
