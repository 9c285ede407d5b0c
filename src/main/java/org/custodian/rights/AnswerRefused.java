package org.custodian.rights;

import java.util.List;

import org.custodian.shared.Violation;

/**
 * An answer, a refusal or a package could not be made (DSR-7); nothing was stored or sent. A {@link #conflict()} is
 * the request's state (already answered, no person matched yet, no address to mail): the input was right, the time
 * was not; otherwise a field was wrong.
 */
public class AnswerRefused extends RuntimeException {

    private final transient Violation violation;
    private final boolean conflict;

    private AnswerRefused(Violation violation, boolean conflict) {
        super("Answer refused: " + violation.field() + " " + violation.rule());
        this.violation = violation;
        this.conflict = conflict;
    }

    static AnswerRefused conflict(String field, String rule, Object... arguments) {
        return new AnswerRefused(violation(field, rule, arguments), true);
    }

    static AnswerRefused invalid(String field, String rule, Object... arguments) {
        return new AnswerRefused(violation(field, rule, arguments), false);
    }

    private static Violation violation(String field, String rule, Object... arguments) {
        return new Violation(field, rule, "rights.answer.error." + rule, List.of(arguments));
    }

    public Violation violation() {
        return violation;
    }

    /** Whether the request's state, not the input, stands in the way (409 rather than 400). */
    public boolean conflict() {
        return conflict;
    }
}
