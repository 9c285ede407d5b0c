package org.custodian.shared.personaldata;

import java.time.Instant;
import java.util.Objects;

/**
 * Data an erasure did not delete, with the reason the law gives for keeping it and until when (DSR-5): the person
 * is told, and the retention sweep deletes it at that date.
 *
 * @param what        what was kept, in words and counts, without any value
 * @param legalReason why it must or may be kept
 * @param until       when it is deleted at the latest
 */
public record Kept(String what, String legalReason, Instant until) {

    public Kept {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(legalReason, "legalReason");
        Objects.requireNonNull(until, "until");
    }
}
