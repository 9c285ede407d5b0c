package org.custodian.register;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * The processing register (REG-1, RET-1): the activities with their purposes, legal bases, data, recipients and
 * retention rules, as the notices, retention and export modules read them; and the DPO's justified changes.
 */
@Service
@Validated
public class ProcessingRegister {

    private static final TypeReference<Map<String, String>> SNAPSHOT = new TypeReference<>() {
    };
    private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {
    };

    private final ActivityRepository activities;
    private final ObjectMapper json;
    private final AuditLog audit;
    private final Clock clock;

    ProcessingRegister(ActivityRepository activities, ObjectMapper json, AuditLog audit, Clock clock) {
        this.activities = activities;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Every activity, in the order of the standards.
     */
    @Transactional(readOnly = true)
    public List<ActivityView> activities() {
        var purposes = activities.purposes();
        var bases = activities.legalBases();
        var categories = activities.dataCategories();
        var recipients = activities.recipients();
        var rules = activities.retentionRules();
        var subjects = activities.subjects();
        var baselines = activities.baselineSnapshots();
        return activities.activities().stream()
                .map(row -> {
                    var view = new ActivityView(row.code(), row.name(), row.description(), row.source(),
                            purposes.getOrDefault(row.code(), List.of()), bases.getOrDefault(row.code(), List.of()),
                            categories.getOrDefault(row.code(), List.of()),
                            recipients.getOrDefault(row.code(), List.of()), rules.getOrDefault(row.code(), List.of()),
                            row.version(), row.updatedAt(), row.updatedBy(), List.of(),
                            subjects.getOrDefault(row.code(), List.of()), row.information());
                    var baseline = baselines.get(row.code());
                    return baseline == null ? view : withDeviations(view,
                            ActivitySnapshot.diff(json.readValue(baseline, SNAPSHOT), ActivitySnapshot.of(view)));
                })
                .toList();
    }

    /**
     * The categories of data subjects an activity may name (Art. 30(1)(c)), in order.
     */
    @Transactional(readOnly = true)
    public List<SubjectView> subjectCategories() {
        return activities.subjectCategories();
    }

    /**
     * One activity by its stable code.
     *
     * @throws ActivityNotFound if no activity has this code
     */
    @Transactional(readOnly = true)
    public ActivityView activity(String code) {
        return activities().stream()
                .filter(activity -> activity.code().equals(code))
                .findFirst()
                .orElseThrow(() -> ActivityNotFound.forCode(code));
    }

    /**
     * Every kept version of an activity, oldest first.
     *
     * @throws ActivityNotFound if no activity has this code
     */
    @Transactional(readOnly = true)
    public List<ActivityVersionView> versions(String code) {
        activities.activity(code).orElseThrow(() -> ActivityNotFound.forCode(code));
        return activities.versions(code).stream()
                .map(row -> new ActivityVersionView(row.version(), row.changedAt(), row.changedBy(),
                        row.justification(), row.changes() == null ? List.of() : json.readValue(row.changes(), CHANGES)))
                .toList();
    }

    /**
     * Applies the DPO's change to an activity and keeps it as a new version with its justification. The legal bases
     * and retention rules keep their rows: entries beyond the existing rows are refused.
     *
     * @param expectedVersion the version the change was made on; a concurrent change makes this one fail
     * @throws ActivityNotFound    if no activity has this code
     * @throws ConcurrentChange    if the activity changed since {@code expectedVersion}
     * @throws IllegalArgumentException if the rows do not match the activity's rows
     */
    @Transactional
    public ActivityView change(String code, int expectedVersion, @Valid ActivityChange requested) {
        var before = activity(code);
        var change = requested.keepingUnset(before);
        var bases = change.legalBases() == null ? 0 : change.legalBases().size();
        var rules = change.retentionRules() == null ? 0 : change.retentionRules().size();
        if (bases > before.legalBases().size() || rules > before.retentionRules().size()) {
            throw new IllegalArgumentException("More rows than the activity " + code + " has");
        }
        var known = activities.subjectCategories().stream().map(SubjectView::code).toList();
        if (change.subjects() != null && !known.containsAll(change.subjects())) {
            throw new IllegalArgumentException("Unknown category of data subjects for " + code);
        }
        var beforeSnapshot = ActivitySnapshot.of(before);
        var now = Instant.now(clock);
        var user = SecurityContextHolder.getContext().getAuthentication().getName();
        // Version 1 is the standard as preloaded; it is written down before the first change so deviations can be shown.
        activities.keepBaseline(code, json.writeValueAsString(beforeSnapshot));
        if (!activities.update(code, expectedVersion, change, now, user)) {
            throw ConcurrentChange.on(code);
        }
        var after = activity(code);
        var afterSnapshot = ActivitySnapshot.of(after);
        activities.addVersion(code, after.version(), now, user, change.justification().strip(),
                json.writeValueAsString(ActivitySnapshot.diff(beforeSnapshot, afterSnapshot)),
                json.writeValueAsString(afterSnapshot));
        audit.personalData(AuditAction.UPDATE, "register", code, "Art. 30 record");
        return after;
    }

    private static ActivityView withDeviations(ActivityView view, List<FieldChange> deviations) {
        return new ActivityView(view.code(), view.name(), view.description(), view.source(), view.purposes(),
                view.legalBases(), view.dataCategories(), view.recipients(), view.retentionRules(), view.version(),
                view.updatedAt(), view.updatedBy(), deviations, view.subjects(), view.information());
    }
}
