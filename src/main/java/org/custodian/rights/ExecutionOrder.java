package org.custodian.rights;

/**
 * What the DPO gives to carry out a request (DSR-5), depending on its kind.
 *
 * @param ground for a restriction: the name of a ground of GDPR Art. 18(1) ({@code ACCURACY_CONTESTED},
 *               {@code UNLAWFUL_PROCESSING}, {@code LEGAL_CLAIMS}, {@code OBJECTION_PENDING})
 * @param reason for a restriction: why, in words (the request's message when absent)
 * @param note   for a rectification: what was corrected on the person page (required)
 */
public record ExecutionOrder(String ground, String reason, String note) {

    /** Nothing more than the request itself: an erasure, an objection, a withdrawal. */
    public static ExecutionOrder none() {
        return new ExecutionOrder(null, null, null);
    }
}
