package org.custodian.register;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * A processor (Art. 28) with the clauses of its contract, its last audit and what happens to the data at the end
 * (REG-4).
 *
 * @param id                number
 * @param name              the processor
 * @param service           what it does for the controller
 * @param contact           how to reach it
 * @param clauses           the Art. 28(3) clauses its contract contains
 * @param lastAudit         date of the last audit or visit (000 §10: ensure the guarantees are effective)
 * @param returnDestruction the return and destruction terms at the end of the contract
 */
public record ProcessorView(long id, String name, String service, String contact, Set<Art28Clause> clauses,
        LocalDate lastAudit, String returnDestruction) {

    /**
     * The Art. 28(3) clauses the contract lacks.
     */
    public Set<Art28Clause> missingClauses() {
        var missing = EnumSet.allOf(Art28Clause.class);
        missing.removeAll(clauses);
        return missing;
    }
}
