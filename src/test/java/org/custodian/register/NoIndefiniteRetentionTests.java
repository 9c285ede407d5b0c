package org.custodian.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.custodian.register.ActivityChange.RetentionRow;
import org.custodian.shared.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The examples of 000 §7 and 001 §7: an archive is conditional (a legal obligation or evidence), lasts "for a
 * reasonable period … within the limit of the applicable limitation period", and data is "en aucun cas" kept "pour une
 * durée indéfinie".
 */
class NoIndefiniteRetentionTests {

    private static RetentionRow archived(Integer amount, RetentionUnit unit, ArchiveTrigger start, EndAction end,
            ArchiveCondition condition) {
        return new RetentionRow(null, RetentionUnit.UNTIL_EVENT, RetentionTrigger.END_OF_CONTRACT, EndAction.ARCHIVE,
                amount, unit, start, end, condition);
    }

    @Test
    @DisplayName("RET-2 000 §7: contract data archived as evidence for 5 years (the civil limitation), then deleted, is accepted")
    void contractDataArchivedAsEvidenceIsAccepted() {
        assertThat(NoIndefiniteRetention.violations(archived(5, RetentionUnit.YEARS, ArchiveTrigger.ARCHIVING,
                EndAction.DELETE, ArchiveCondition.EVIDENCE))).isEmpty();
    }

    @Test
    @DisplayName("RET-4 000 §4: accounting records archived for the legal obligation, 10 years after the close of the financial year, are accepted")
    void accountingArchiveIsAccepted() {
        assertThat(NoIndefiniteRetention.violations(archived(10, RetentionUnit.YEARS,
                ArchiveTrigger.END_OF_FINANCIAL_YEAR, EndAction.DELETE, ArchiveCondition.LEGAL_OBLIGATION))).isEmpty();
    }

    @Test
    @DisplayName("RET-2 001 §7: an archive with neither a legal obligation nor evidence is refused on its reason")
    void archiveWithoutReasonIsRefused() {
        assertThat(NoIndefiniteRetention.violations(archived(5, RetentionUnit.YEARS, ArchiveTrigger.ARCHIVING,
                EndAction.DELETE, null))).extracting(Violation::field, Violation::messageKey)
                .containsExactly(tuple("archiveCondition",
                        "register.retention.archive.condition.required"));
    }

    @Test
    @DisplayName("RET-2 001 §7 « en aucun cas … pour une durée indéfinie »: an archive without a period, or kept until an event, is refused")
    void archiveWithoutPeriodIsRefused() {
        assertThat(NoIndefiniteRetention.violations(archived(null, RetentionUnit.YEARS, ArchiveTrigger.ARCHIVING,
                EndAction.DELETE, ArchiveCondition.EVIDENCE))).extracting(Violation::field).containsExactly("archiveAmount");
        assertThat(NoIndefiniteRetention.violations(archived(null, RetentionUnit.UNTIL_EVENT, ArchiveTrigger.ARCHIVING,
                EndAction.DELETE, ArchiveCondition.EVIDENCE))).extracting(Violation::field).containsExactly("archiveAmount");
        assertThat(NoIndefiniteRetention.violations(archived(5, null, ArchiveTrigger.ARCHIVING, EndAction.DELETE,
                ArchiveCondition.EVIDENCE))).extracting(Violation::field).containsExactly("archiveAmount");
    }

    @Test
    @DisplayName("RET-2 an archive ends in deletion or anonymisation, never in another archive")
    void archiveEndingInArchiveIsRefused() {
        assertThat(NoIndefiniteRetention.violations(archived(5, RetentionUnit.YEARS, ArchiveTrigger.ARCHIVING,
                EndAction.ARCHIVE, ArchiveCondition.EVIDENCE)))
                .extracting(Violation::field, Violation::messageKey)
                .containsExactly(tuple("archiveEndAction",
                        "register.retention.archive.endAction.notArchive"));
        assertThat(NoIndefiniteRetention.violations(archived(5, RetentionUnit.YEARS, ArchiveTrigger.ARCHIVING,
                EndAction.ANONYMISE, ArchiveCondition.EVIDENCE))).isEmpty();
    }

    @Test
    @DisplayName("RET-2 an archive without its start or its end is refused on each field")
    void archiveWithoutStartOrEndIsRefused() {
        assertThat(NoIndefiniteRetention.violations(archived(5, RetentionUnit.YEARS, null, null,
                ArchiveCondition.EVIDENCE))).extracting(Violation::field)
                .containsExactly("archiveTrigger", "archiveEndAction");
    }

    @Test
    @DisplayName("RET-1 a period beyond what its unit allows is refused, for the active base and for the archive")
    void periodsAreBounded() {
        assertThat(NoIndefiniteRetention.violations(archived(101, RetentionUnit.YEARS, ArchiveTrigger.ARCHIVING,
                EndAction.DELETE, ArchiveCondition.EVIDENCE)))
                .extracting(Violation::field, Violation::messageKey)
                .containsExactly(tuple("archiveAmount",
                        "register.retention.amount.invalid.YEARS"));
        assertThat(NoIndefiniteRetention.violations(new RetentionRow(1_201, RetentionUnit.MONTHS,
                RetentionTrigger.COLLECTION, EndAction.DELETE, null, null, null, null, null)))
                .extracting(Violation::field).containsExactly("amount");
    }

    @Test
    @DisplayName("RET-2 a rule that deletes keeps no archive stage, whatever the form sent")
    void ruleThatDeletesHasNoArchiveStage() {
        var row = new RetentionRow(3, RetentionUnit.YEARS, RetentionTrigger.LAST_CONTACT, EndAction.DELETE, 101,
                RetentionUnit.YEARS, ArchiveTrigger.ARCHIVING, EndAction.ARCHIVE, null);
        assertThat(NoIndefiniteRetention.violations(row)).isEmpty();
        assertThat(row.archiveDuration()).isNull();
        assertThat(row.archiveEndAction()).isNull();
    }
}
