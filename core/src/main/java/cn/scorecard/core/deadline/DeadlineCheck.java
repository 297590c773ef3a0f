package cn.scorecard.core.deadline;

import cn.scorecard.core.calendar.WorkCalendar;
import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.StepType;
import cn.scorecard.core.cases.Times;

/** Checks one case against one node deadline. Shared by the metrics, the staff assessment and the warnings. */
public final class DeadlineCheck {
    private final CaseTable cases;
    private final WorkCalendar calendar;

    public DeadlineCheck(CaseTable cases, WorkCalendar calendar) {
        this.cases = cases;
        this.calendar = calendar;
    }

    /** Minute the clock started, or NONE when the rule does not apply to the case. */
    public int startMinute(DeadlineRule rule, int row) {
        if (!rule.caseTypes().contains(cases.type(row))) return Times.NONE;
        if (rule.exemptFlag() != null && cases.has(row, rule.exemptFlag())) return Times.NONE;
        return rule.startsAtFiling() ? cases.filed(row) * Times.MINUTES_PER_DAY : cases.step(row, rule.start());
    }

    /** First late minute, given a start minute. */
    public int limitMinute(DeadlineRule rule, int startMinute) {
        return rule.within().limitMinute(startMinute, calendar);
    }

    /** Minute the rule was fulfilled (the earliest of its end steps), or NONE. */
    public int doneMinute(DeadlineRule rule, int row) {
        int best = Times.NONE;
        for (StepType s : rule.end()) {
            int t = cases.step(row, s);
            if (t != Times.NONE && (best == Times.NONE || t < best)) best = t;
        }
        return best;
    }

    /** Status as of {@code asOfMinute} (usually the end of the evaluation period or now). */
    public DeadlineStatus status(DeadlineRule rule, int row, int asOfMinute) {
        int start = startMinute(rule, row);
        if (start == Times.NONE || start > asOfMinute) return DeadlineStatus.NOT_APPLICABLE;
        int limit = limitMinute(rule, start);
        int done = doneMinute(rule, row);
        if (done != Times.NONE && done <= asOfMinute) {
            return done < limit ? DeadlineStatus.ON_TIME : DeadlineStatus.LATE;
        }
        int closed = cases.closed(row);
        if (closed != Times.NONE && closed * Times.MINUTES_PER_DAY < limit && closed * Times.MINUTES_PER_DAY <= asOfMinute) {
            return DeadlineStatus.NOT_APPLICABLE; // closed in time without needing the step
        }
        return asOfMinute >= limit ? DeadlineStatus.OVERDUE : DeadlineStatus.RUNNING;
    }
}
