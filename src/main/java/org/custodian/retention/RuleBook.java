package org.custodian.retention;

import java.time.Period;
import java.util.Locale;
import java.util.Optional;

import org.custodian.register.ProcessingRegister;
import org.custodian.register.RetentionRuleView;
import org.springframework.stereotype.Component;

/**
 * The register's retention rules the sweep applies to persons (RET-1), read when a sweep or a forecast starts, so that
 * a change the DPO makes in the register applies from the next run.
 */
@Component
class RuleBook {

    /** Customers: 3 years after the end of the commercial relationship (000 §7). */
    static final String CUSTOMERS = "PROSPECTING/1";
    /** Prospects: 3 years from collection or the last contact from them (000 §7). */
    static final String PROSPECTS = "PROSPECTING/2";
    /** Contract data: the intermediate archive, then deletion (000 §7). */
    static final String CONTRACTS = "CONTRACT_MANAGEMENT/1";

    private final ProcessingRegister register;

    RuleBook(ProcessingRegister register) {
        this.register = register;
    }

    PersonRetention persons() {
        return new PersonRetention(period(CUSTOMERS), period(PROSPECTS));
    }

    /**
     * How a former customer's contract data are archived, or empty when the register's rule deletes them at the end
     * of the contract instead (the DPO decided that no legal obligation or evidence need applies).
     */
    Optional<ArchiveTerms> contractArchive() {
        var rule = rule(CONTRACTS);
        if (!rule.archives()) {
            return Optional.empty();
        }
        if (!(rule.archiveAmount() instanceof Period period) || rule.archiveCondition() == null
                || rule.archiveEndAction() == null) {
            throw new IllegalStateException("The retention rule " + CONTRACTS + " archives without a period in days, "
                    + "months or years, a condition and an end");
        }
        return Optional.of(new ArchiveTerms(period, rule.archiveCondition().name(), rule.archiveEndAction().name()));
    }

    /**
     * The rule in the words of the register, for screens and reports: the activity's name, then the data the rule
     * covers ("Prospection commerciale — Prospects non clients").
     */
    String label(String code, Locale locale) {
        var activity = register.activity(code.split("/")[0]);
        return activity.name().in(locale) + " — " + rule(code).scope().in(locale);
    }

    private RetentionRuleView rule(String code) {
        var parts = code.split("/");
        var position = Integer.parseInt(parts[1]);
        return register.activity(parts[0]).retentionRules().stream()
                .filter(rule -> rule.position() == position)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The register has no retention rule " + code));
    }

    private Period period(String code) {
        if (!(rule(code).amount() instanceof Period period)) {
            throw new IllegalStateException("The retention rule " + code + " has no period in days, months or years");
        }
        return period;
    }

}
