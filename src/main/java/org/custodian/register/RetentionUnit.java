package org.custodian.register;

/**
 * RET-1: the unit a DPO chooses a retention period in, with the number beside it; stored as ISO-8601
 * ({@code P3Y}, {@code PT48H}), never shown so. {@link #UNTIL_EVENT} takes no number: the data is kept until the
 * rule's event and no longer ({@code P0D}).
 */
public enum RetentionUnit {

    YEARS("P", "Y", 100),
    MONTHS("P", "M", 1_200),
    DAYS("P", "D", 36_500),
    HOURS("PT", "H", 876_000),
    UNTIL_EVENT("P", "D", 0);

    private final String prefix;
    private final String designator;
    private final int maximum;

    RetentionUnit(String prefix, String designator, int maximum) {
        this.prefix = prefix;
        this.designator = designator;
        this.maximum = maximum;
    }

    /**
     * The largest number accepted in this unit: a hundred years, beyond which no standard keeps anything.
     */
    public int maximum() {
        return maximum;
    }

    /**
     * Whether {@code amount} is a whole number this unit accepts: from 1 to {@link #maximum()}; none for
     * {@link #UNTIL_EVENT}, whose number is ignored.
     */
    public boolean accepts(Integer amount) {
        return this == UNTIL_EVENT || amount == null || amount >= 1 && amount <= maximum;
    }

    /**
     * The ISO-8601 period for {@code amount} of this unit; null when no number is given (the period is still to fix).
     */
    String iso(Integer amount) {
        if (this == UNTIL_EVENT) {
            return "P0D";
        }
        return amount == null ? null : prefix + amount + designator;
    }
}
