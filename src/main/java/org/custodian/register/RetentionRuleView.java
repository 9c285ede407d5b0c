package org.custodian.register;

import java.time.Duration;
import java.time.Period;
import java.time.temporal.TemporalAmount;

/**
 * A retention rule of an activity (RET-1): after {@code duration} from {@code trigger}, apply {@code endAction}.
 *
 * @param position  order of the rule within its activity (1-based, stable)
 * @param scope     the data the rule applies to
 * @param duration  ISO-8601 period ({@code P3Y}) or duration ({@code PT48H}); null when the standard sets no
 *                  period (as long as necessary), which the controller must then fix
 * @param trigger   the event the period runs from
 * @param endAction what happens at the end
 * @param note      the standard's wording
 */
public record RetentionRuleView(int position, LocalizedText scope, String duration, RetentionTrigger trigger,
        EndAction endAction, LocalizedText note) {

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
}
