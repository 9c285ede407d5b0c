package org.custodian.rights;

import java.util.List;

import org.custodian.shared.Violation;

/**
 * A request cannot be carried out as it stands (DSR-5): its kind is answered otherwise, it was carried out already,
 * it is closed, or nobody of the file was matched to it. Nothing was done.
 */
public class ExecutionRefused extends RuntimeException {

    private final transient Violation violation;

    ExecutionRefused(String rule, Object... arguments) {
        super("Execution refused: " + rule);
        this.violation = new Violation("request", rule, "rights.execution.error." + rule, List.of(arguments));
    }

    public Violation violation() {
        return violation;
    }
}
