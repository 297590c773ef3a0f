package cn.scorecard.core.explain;

import cn.scorecard.core.cases.Times;

/**
 * One event on a case's timeline: a step (every recorded occurrence), a payment's arrival and release, a field
 * action, a deducted interval or extension, the filing and the closing.
 *
 * @param minute when it happened (epoch minute), the order of the timeline; for an event known by its date only
 *               ({@code dateOnly}), the filing is placed at the day's start and the closing at its end
 * @param note what else is known (the reason of an interval, the amount of a payment …), or ""
 */
public record CaseEvent(int minute, boolean dateOnly, String label, String note) {
    /** The time as shown: the date alone for the events known by their date. */
    public String time() {
        return dateOnly ? Times.format(Times.dayOfMinute(minute)) : Times.formatMinute(minute);
    }
}
