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

    /**
     * Minute the rule was fulfilled: the earliest of its end steps at or after the clock's start, or NONE. A step
     * dated before its trigger does not answer it (a 线下查询 before the 当事人提供财产线索 cannot check that clue).
     */
    public int doneMinute(DeadlineRule rule, int row, int startMinute) {
        int best = Times.NONE;
        for (StepType s : rule.end()) {
            int t = cases.stepAtOrAfter(row, s, startMinute);
            if (t != Times.NONE && (best == Times.NONE || t < best)) best = t;
        }
        return best;
    }

    /** Status as of {@code asOfMinute} (usually the end of the evaluation period or now). */
    public DeadlineStatus status(DeadlineRule rule, int row, int asOfMinute) {
        int start = startMinute(rule, row);
        if (start == Times.NONE || start > asOfMinute) return DeadlineStatus.NOT_APPLICABLE;
        int limit = limitMinute(rule, start);
        int done = doneMinute(rule, row, start);
        if (done != Times.NONE && done <= asOfMinute) {
            return done < limit ? DeadlineStatus.ON_TIME : DeadlineStatus.LATE;
        }
        int closed = cases.closed(row);
        if (closed != Times.NONE && closed * Times.MINUTES_PER_DAY < limit && closed * Times.MINUTES_PER_DAY <= asOfMinute) {
            return DeadlineStatus.NOT_APPLICABLE; // closed in time without needing the step
        }
        return asOfMinute >= limit ? DeadlineStatus.OVERDUE : DeadlineStatus.RUNNING;
    }

    /**
     * Whether a closed case counts this node as overdue (关键节点超期): the rule applies to the case (its clock
     * started), and the node was done late, or not done while its deadline fell on or before the closing day.
     */
    public boolean overdueAtClosing(DeadlineRule rule, int row) {
        int closedDay = cases.closed(row);
        int start = startMinute(rule, row);
        if (closedDay == Times.NONE || start == Times.NONE) return false;
        return overdue(doneMinute(rule, row, start), limitMinute(rule, start), closedDay);
    }

    /**
     * The key-node reading for any clock given its first late minute: done at or after the limit, or never done
     * while the deadline (the limit's last in-time minute) fell on or before the closing day.
     */
    public static boolean overdue(int doneMinute, int limitMinute, int closedDay) {
        if (doneMinute != Times.NONE) return doneMinute >= limitMinute;
        return Times.dayOfMinute(limitMinute - 1) <= closedDay;
    }
}
