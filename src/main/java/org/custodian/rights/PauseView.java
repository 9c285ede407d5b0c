package org.custodian.rights;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One time the request waited for the person (DSR-2), with the reason written down.
 *
 * @param resumedOn the day the person's answer came, or null while the request still waits
 * @param days      the days it added to the deadline (up to today while it runs)
 */
public record PauseView(String reason, LocalDate pausedOn, String askedBy, Instant askedAt, LocalDate resumedOn,
        String resumedBy, long days) {

    public boolean running() {
        return resumedOn == null;
    }
}
