package org.custodian.audit;

import org.custodian.audit.ChainVerification.Problem;

/**
 * The end of the chain was altered in the database (SEC-3): the store refuses to extend or re-seal it, so
 * that the evidence stays as it was found and appends never collide with forged rows.
 */
final class ChainTampered extends IllegalStateException {

    private final Problem problem;

    ChainTampered(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    Problem problem() {
        return problem;
    }
}
