package org.custodian.retention;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.custodian.shared.Page;

/**
 * What the sweep will do by a day (RET-3): per rule and action, how many records, and the persons concerned.
 *
 * @param days    the number of days ahead
 * @param until   the last day counted
 * @param rules   per rule and action, how many
 * @param held    how many due persons a legal hold or a restriction keeps
 * @param persons a page of the persons concerned, the earliest to leave first
 */
public record ForecastView(int days, LocalDate until, List<RuleForecast> rules, long held, Page<DuePerson> persons) {

    public ForecastView {
        rules = List.copyOf(rules);
    }

    /** The total of the actions to come. */
    public long total() {
        return rules.stream().mapToLong(RuleForecast::count).sum();
    }

    /**
     * How many records a rule will act on.
     *
     * @param rule   the register's rule, {@code ACTIVITY/position}
     * @param module the module that holds the data
     * @param action what will be done
     * @param count  how many records (persons, for the file of persons and the archive)
     */
    public record RuleForecast(String rule, String module, String action, long count) {
    }

    /**
     * A person the sweep will act on.
     *
     * @param personId   the person
     * @param name       their name
     * @param customer   whether they bought something (their contracts go to the archive)
     * @param lastDate   the date their clock runs from
     * @param leavesOn   the day they leave the active base
     * @param rule       the rule that applies
     * @param held       whether a hold or a restriction keeps them
     */
    public record DuePerson(UUID personId, String name, boolean customer, LocalDate lastDate, LocalDate leavesOn,
            String rule, boolean held) {
    }
}
