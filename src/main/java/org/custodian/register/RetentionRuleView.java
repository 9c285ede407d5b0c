package org.custodian.register;

import java.time.Duration;
import java.time.Period;
import java.time.temporal.TemporalAmount;

/**
 * A retention rule of an activity (RET-1, RET-2): after {@code duration} from {@code trigger}, apply
 * {@code endAction}; when that is the intermediate archive, the archive lasts {@code archiveDuration} from
 * {@code archiveTrigger}, for {@code archiveCondition}, and ends with {@code archiveEndAction}.
 *
 * @param activityCode     the activity the rule belongs to
 * @param position         order of the rule within its activity (1-based, stable)
 * @param scope            the data the rule applies to
 * @param duration         ISO-8601 period ({@code P3Y}) or duration ({@code PT48H}); null when the standard sets no
 *                         period (as long as necessary), which the controller must then fix
 * @param trigger          the event the period runs from
 * @param endAction        what happens at the end
 * @param archiveDuration  ISO-8601 period of the intermediate archive; null unless {@code endAction} is ARCHIVE
 * @param archiveTrigger   the event the archive period runs from; null unless archived
 * @param archiveEndAction what happens at the end of the archive (DELETE or ANONYMISE); null unless archived
 * @param archiveCondition why the data may be archived rather than deleted; null unless archived
 * @param note             the rule in the standard's terms, with what Custodian adds
 * @param seedQuote        the standard's own wording with its section in words; null where the standards are silent
 */
public record RetentionRuleView(String activityCode, int position, LocalizedText scope, String duration,
        RetentionTrigger trigger, EndAction endAction, String archiveDuration, ArchiveTrigger archiveTrigger,
        EndAction archiveEndAction, ArchiveCondition archiveCondition, LocalizedText note, LocalizedText seedQuote) {

    /**
     * Whether the rule has a fixed period the retention module can apply.
     */
    public boolean isFixed() {
        return duration != null;
    }

    /**
     * The period as a {@link Period} (years, months, days) or a {@link Duration} (hours); null if not fixed.
     */
    public TemporalAmount amount() {
        return RetentionPeriods.parse(duration);
    }

    /**
     * Whether the data goes to the intermediate archive at the end of the period.
     */
    public boolean archives() {
        return endAction == EndAction.ARCHIVE;
    }

    /**
     * The archive period as a {@link Period} or {@link Duration}; null when the rule does not archive.
     */
    public TemporalAmount archiveAmount() {
        return RetentionPeriods.parse(archiveDuration);
    }
}
