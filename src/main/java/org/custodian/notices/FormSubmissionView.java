package org.custodian.notices;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One submission of a collection form, as staff see it: the typed values are in the person's file, not here.
 *
 * @param personId      the person created or found
 * @param version       the form version shown
 * @param outcome       what happened to the person's file
 * @param ticked        the boxes ticked, e.g. {@code CONSENT:PROSPECTING:EMAIL}, {@code PARTNERS}
 * @param noticeVersion the privacy notice version in force
 * @param submittedAt     when
 * @param suppressedSince the day of the latest opposition on the suppression list of the address or phone given, when
 *                        they were on it at the submission (PRO-3): shown to staff, never to the visitor
 */
public record FormSubmissionView(UUID personId, int version, FormReceipt.Outcome outcome, List<String> ticked,
        int noticeVersion, Instant submittedAt, LocalDate suppressedSince) {
}
