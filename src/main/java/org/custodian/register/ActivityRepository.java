package org.custodian.register;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes the activities and their rows; the register is small (tens of rows), so every read loads all.
 */
@Repository
class ActivityRepository {

    private final JdbcClient jdbc;

    ActivityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record ActivityRow(String code, LocalizedText name, LocalizedText description, String source, int version,
            Instant updatedAt, String updatedBy, ActivityInformation information) {
    }

    List<ActivityRow> activities() {
        return jdbc.sql("SELECT * FROM register_activity ORDER BY position")
                .query((rs, row) -> new ActivityRow(rs.getString("code"), text(rs, "name"), text(rs, "description"),
                        rs.getString("source"), rs.getInt("version"), instant(rs, "updated_at"),
                        rs.getString("updated_by"), new ActivityInformation(text(rs, "legitimate_interest"),
                                text(rs, "provision"), rs.getBoolean("automated_decision"),
                                text(rs, "automated_logic"), text(rs, "data_source"), rs.getBoolean("public_notice"),
                                rs.getString("requires_recipient") == null ? null
                                        : RecipientKind.valueOf(rs.getString("requires_recipient")))))
                .list();
    }

    Optional<ActivityRow> activity(String code) {
        return activities().stream().filter(activity -> activity.code().equals(code)).findFirst();
    }

    Map<String, List<LocalizedText>> purposes() {
        return grouped("SELECT * FROM register_purpose ORDER BY activity_code, position", rs -> text(rs, "name"));
    }

    Map<String, List<LegalBasisView>> legalBases() {
        return grouped("SELECT * FROM register_legal_basis ORDER BY activity_code, position",
                rs -> new LegalBasisView(rs.getString("basis") == null ? null
                        : LegalBasis.valueOf(rs.getString("basis")), text(rs, "condition"),
                        options(rs.getString("options")), text(rs, "guidance")));
    }

    Map<String, List<SubjectView>> subjects() {
        return grouped("""
                        SELECT s.activity_code, c.code, c.label_fr, c.label_en, s.indirect
                        FROM register_activity_subject s
                        JOIN register_subject_category c ON c.code = s.subject_code
                        ORDER BY s.activity_code, c.position""",
                rs -> new SubjectView(rs.getString("code"), text(rs, "label"), rs.getBoolean("indirect")));
    }

    List<SubjectView> subjectCategories() {
        return jdbc.sql("SELECT * FROM register_subject_category ORDER BY position")
                .query((rs, row) -> new SubjectView(rs.getString("code"), text(rs, "label"), false))
                .list();
    }

    private static List<LegalBasis> options(String stored) {
        return stored == null || stored.isBlank() ? List.of()
                : Arrays.stream(stored.split(",")).map(LegalBasis::valueOf).toList();
    }

    Map<String, List<DataCategoryView>> dataCategories() {
        return grouped("""
                        SELECT ac.activity_code, c.code, c.label_fr, c.label_en, c.examples_fr, c.examples_en,
                               c.sensitive, ac.note_fr, ac.note_en
                        FROM register_activity_category ac
                        JOIN register_data_category c ON c.code = ac.category_code
                        ORDER BY ac.activity_code, c.position""",
                rs -> new DataCategoryView(rs.getString("code"), text(rs, "label"), text(rs, "examples"),
                        rs.getBoolean("sensitive"), text(rs, "note")));
    }

    Map<String, List<RecipientView>> recipients() {
        return grouped("SELECT * FROM register_activity_recipient ORDER BY activity_code, position",
                rs -> new RecipientView(RecipientKind.valueOf(rs.getString("kind")), text(rs, "description")));
    }

    Map<String, List<RetentionRuleView>> retentionRules() {
        return grouped("SELECT * FROM register_retention_rule ORDER BY activity_code, position",
                rs -> new RetentionRuleView(rs.getString("activity_code"), rs.getInt("position"), text(rs, "scope"),
                        rs.getString("duration"), RetentionTrigger.valueOf(rs.getString("trigger_event")),
                        EndAction.valueOf(rs.getString("end_action")), rs.getString("archive_duration"),
                        named(ArchiveTrigger.class, rs.getString("archive_trigger")),
                        named(EndAction.class, rs.getString("archive_end_action")),
                        named(ArchiveCondition.class, rs.getString("archive_condition")), text(rs, "note"),
                        text(rs, "seed_quote")));
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    record VersionRow(int version, Instant changedAt, String changedBy, String justification, String changes,
            String snapshot) {
    }

    List<VersionRow> versions(String code) {
        return jdbc.sql("SELECT * FROM register_activity_version WHERE activity_code = ? ORDER BY version")
                .param(code)
                .query((rs, row) -> new VersionRow(rs.getInt("version"), instant(rs, "changed_at"),
                        rs.getString("changed_by"), rs.getString("justification"), rs.getString("changes"),
                        rs.getString("snapshot")))
                .list();
    }

    Map<String, String> baselineSnapshots() {
        var baselines = new LinkedHashMap<String, String>();
        jdbc.sql("SELECT activity_code, snapshot FROM register_activity_version WHERE version = 1 AND snapshot IS NOT NULL")
                .query(rs -> {
                    baselines.put(rs.getString("activity_code"), rs.getString("snapshot"));
                });
        return baselines;
    }

    void keepBaseline(String code, String snapshot) {
        jdbc.sql("UPDATE register_activity_version SET snapshot = ? WHERE activity_code = ? AND version = 1 AND snapshot IS NULL")
                .params(snapshot, code)
                .update();
    }

    /**
     * Writes the new values; false when another user changed the activity since {@code expectedVersion}.
     */
    boolean update(String code, int expectedVersion, ActivityChange change, Instant at, String by) {
        var updated = jdbc.sql("""
                        UPDATE register_activity SET name_fr = ?, name_en = ?, description_fr = ?, description_en = ?,
                            legitimate_interest_fr = ?, legitimate_interest_en = ?, provision_fr = ?, provision_en = ?,
                            automated_decision = ?, automated_logic_fr = ?, automated_logic_en = ?,
                            data_source_fr = ?, data_source_en = ?,
                            version = version + 1, updated_at = ?, updated_by = ?
                        WHERE code = ? AND version = ?""")
                .params(change.nameFr().strip(), change.nameEn().strip(), change.descriptionFr().strip(),
                        change.descriptionEn().strip(), blankToNull(change.legitimateInterestFr()),
                        blankToNull(change.legitimateInterestEn()), blankToNull(change.provisionFr()),
                        blankToNull(change.provisionEn()), Boolean.TRUE.equals(change.automatedDecision()),
                        blankToNull(change.automatedLogicFr()), blankToNull(change.automatedLogicEn()),
                        blankToNull(change.dataSourceFr()), blankToNull(change.dataSourceEn()), Timestamp.from(at), by,
                        code, expectedVersion)
                .update();
        if (updated == 0) {
            return false;
        }
        if (change.subjects() != null) {
            jdbc.sql("DELETE FROM register_activity_subject WHERE activity_code = ?").param(code).update();
            for (var subject : change.subjects()) {
                jdbc.sql("INSERT INTO register_activity_subject (activity_code, subject_code, indirect) VALUES (?, ?, ?)")
                        .params(code, subject, change.indirectSubjects() != null
                                && change.indirectSubjects().contains(subject))
                        .update();
            }
        }
        // 000 §5: sensitive data only by the DPO's opt-in, with its justification kept as the activity's note.
        jdbc.sql("DELETE FROM register_activity_category WHERE activity_code = ? AND category_code = 'SENSITIVE'")
                .param(code).update();
        if (Boolean.TRUE.equals(change.sensitiveData())) {
            var justification = change.sensitiveJustification().strip();
            jdbc.sql("""
                            INSERT INTO register_activity_category (activity_code, category_code, note_fr, note_en)
                            VALUES (?, 'SENSITIVE', ?, ?)""")
                    .params(code, justification, justification)
                    .update();
        }
        var bases = change.legalBases() == null ? List.<ActivityChange.BasisRow>of() : change.legalBases();
        for (var i = 0; i < bases.size(); i++) {
            var row = bases.get(i);
            jdbc.sql("UPDATE register_legal_basis SET basis = ?, condition_fr = ?, condition_en = ? WHERE activity_code = ? AND position = ?")
                    .params(row.basis() == null ? null : row.basis().name(), blankToNull(row.conditionFr()),
                            blankToNull(row.conditionEn()), code, i + 1)
                    .update();
        }
        var rules = change.retentionRules() == null ? List.<ActivityChange.RetentionRow>of() : change.retentionRules();
        for (var i = 0; i < rules.size(); i++) {
            var row = rules.get(i);
            jdbc.sql("""
                            UPDATE register_retention_rule SET duration = ?, trigger_event = ?, end_action = ?,
                                archive_duration = ?, archive_trigger = ?, archive_end_action = ?, archive_condition = ?
                            WHERE activity_code = ? AND position = ?""")
                    .params(blankToNull(row.duration()), row.trigger().name(), row.endAction().name(),
                            row.archiveDuration(), name(row.archiveTrigger()), name(row.archiveEndAction()),
                            name(row.archiveCondition()), code, i + 1)
                    .update();
        }
        return true;
    }

    void addVersion(String code, int version, Instant at, String by, String justification, String changes,
            String snapshot) {
        jdbc.sql("""
                        INSERT INTO register_activity_version
                            (activity_code, version, changed_at, changed_by, justification, changes, snapshot)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(code, version, Timestamp.from(at), by, justification, changes, snapshot)
                .update();
    }

    private <T> Map<String, List<T>> grouped(String sql, RowFunction<T> mapper) {
        var result = new LinkedHashMap<String, List<T>>();
        jdbc.sql(sql).query(rs -> {
            result.computeIfAbsent(rs.getString("activity_code"), key -> new ArrayList<>()).add(mapper.apply(rs));
        });
        return result;
    }

    @FunctionalInterface
    private interface RowFunction<T> {
        T apply(ResultSet rs) throws SQLException;
    }

    static LocalizedText text(ResultSet rs, String column) throws SQLException {
        var fr = rs.getString(column + "_fr");
        return fr == null ? new LocalizedText(null, null) : new LocalizedText(fr, rs.getString(column + "_en"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
