package org.custodian.retention;

import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.custodian.shared.CsvWriter;
import org.custodian.shared.Page;
import org.custodian.shared.PageRequest;
import org.custodian.shared.Violation;
import org.custodian.shared.personaldata.DueRecords;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The forecast (RET-3): what the sweep will archive or delete in the next days, per rule and module, with the persons
 * concerned — the same reads as the sweep's, for a later day.
 */
@Service
public class RetentionForecast {

    /** The furthest the forecast looks: ten years, the longest period of the register. */
    public static final int MAX_DAYS = 3660;

    static final String RESOURCE = "retention-forecast";

    private final DuePersons due;
    private final SweepRepository sweeps;
    private final RuleBook rules;
    private final List<DueRecords> moduleRules;
    private final SweepHolds holds;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId zone;

    RetentionForecast(DuePersons due, SweepRepository sweeps, RuleBook rules, List<DueRecords> moduleRules,
            SweepHolds holds, AuditLog audit, Clock clock, @Value("${custodian.time-zone:Europe/Paris}") ZoneId zone) {
        this.moduleRules = List.copyOf(moduleRules);
        this.holds = holds;
        this.due = due;
        this.sweeps = sweeps;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
    }

    /** Refuses a number of days outside 0 … {@value #MAX_DAYS}, with the field to show it on. */
    public static List<Violation> check(Integer days) {
        if (days == null || days < 0 || days > MAX_DAYS) {
            return List.of(new Violation("days", "range", "retention.forecast.days.invalid", List.of(MAX_DAYS)));
        }
        return List.of();
    }

    /**
     * What is due by today + {@code days}, with a page of the persons concerned (a read of their names, audited).
     *
     * @throws InvalidForecast when the number of days is out of range
     */
    @Transactional(readOnly = true)
    public ForecastView forecast(int days, PageRequest page) {
        requireValid(days);
        var retention = rules.persons();
        var until = today().plusDays(days);
        var counts = due.count(retention, until);
        var expired = sweeps.countExpiredArchives(until);
        var forecast = new ArrayList<ForecastView.RuleForecast>();
        forecast.add(new ForecastView.RuleForecast(RuleBook.PROSPECTS, SweepRunner.CONTACTS, "DELETE",
                counts.prospects()));
        forecast.add(new ForecastView.RuleForecast(RuleBook.CUSTOMERS, SweepRunner.CONTACTS, "DELETE",
                counts.customers()));
        if (rules.contractArchive().isPresent()) {
            forecast.add(new ForecastView.RuleForecast(RuleBook.CONTRACTS, SweepRunner.CONTACTS, "ARCHIVE",
                    counts.customers()));
        }
        if (expired.ending().isEmpty()) {
            forecast.add(new ForecastView.RuleForecast(RuleBook.CONTRACTS, ArchiveDataHolder.SECTION, "DELETE", 0));
        }
        expired.ending().forEach((action, archives) -> forecast.add(new ForecastView.RuleForecast(RuleBook.CONTRACTS,
                ArchiveDataHolder.SECTION, action, archives)));
        for (var rule : moduleRules) {
            forecast.add(new ForecastView.RuleForecast(rule.rule(), rule.module(), rule.action(),
                    rule.countDue(until, holds)));
        }
        var persons = due.list(retention, until, page.offset(), page.size()).stream()
                .map(person -> person(person, retention))
                .toList();
        audit.personalData(AuditAction.SEARCH, "person", null, "retention forecast",
                "Retention forecast to " + until + ": page " + page.page() + ", " + persons.size() + " person(s)");
        return new ForecastView(days, until, forecast, counts.held() + expired.held(),
                new Page<>(persons, page.page(), page.size(), counts.due() + counts.held()));
    }

    /**
     * Writes every person due by today + {@code days} as CSV for the DPO (audited as an export).
     *
     * @throws InvalidForecast when the number of days is out of range
     */
    @Transactional(readOnly = true)
    public void export(int days, Writer out) {
        requireValid(days);
        var retention = rules.persons();
        var until = today().plusDays(days);
        var count = new long[1];
        try (var csv = CsvWriter.start(out, "person_id", "name", "kind", "clock_from", "leaves_on", "rule", "action",
                "held")) {
            due.each(retention, until, listed -> {
                var person = person(listed, retention);
                csv.row(person.personId(), person.name(), person.customer() ? "customer" : "prospect",
                        person.lastDate(), person.leavesOn(), person.rule(),
                        person.customer() ? "ARCHIVE contracts, DELETE the rest" : "DELETE", person.held());
                count[0]++;
            });
        }
        audit.personalData(AuditAction.EXPORT, "person", null, "retention forecast",
                "Retention forecast to " + until + " exported: " + count[0] + " person(s)");
    }

    /** Today in the organisation's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    private static ForecastView.DuePerson person(DuePersons.Listed listed, PersonRetention retention) {
        var name = listed.firstNames() == null ? listed.lastName() : listed.firstNames() + " " + listed.lastName();
        return new ForecastView.DuePerson(listed.id(), name, listed.customer(), listed.lastDate(),
                retention.leavesOn(listed.customer(), listed.lastDate()),
                listed.customer() ? RuleBook.CUSTOMERS : RuleBook.PROSPECTS, listed.held());
    }

    /**
     * Refuses a number of days out of range before anything is written.
     *
     * @throws InvalidForecast when it is
     */
    public static void requireValid(int days) {
        var violations = check(days);
        if (!violations.isEmpty()) {
            throw new InvalidForecast(violations);
        }
    }
}
