package cn.scorecard.core.rulebook;

import java.time.YearMonth;

/**
 * A staff rule set assigned to a court from a month on; the court's subordinate courts follow it unless they have
 * an assignment of their own. {@link #EVERY_COURT} ('') assigns it to every court of the data.
 *
 * @param sequence the order of assignment (a later one wins for the same court and month)
 */
public record Assignment(String court, YearMonth from, String version, long sequence) {
    public static final String EVERY_COURT = "";

    public Assignment {
        court = court == null ? EVERY_COURT : court;
    }
}
