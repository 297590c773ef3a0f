package cn.scorecard.core.warning;

import cn.scorecard.core.calendar.WorkCalendar;
import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.Times;
import cn.scorecard.core.deadline.Horizon;
import cn.scorecard.core.deadline.Within;
import java.time.LocalDate;

/**
 * Turns one running clock into a {@link Warning} as of a moment, or into nothing while its deadline is further
 * away than the kind's horizon. Time left is counted in the unit of the rule: working days for 工作日 rules
 * (on the work-day calendar), hours for 小时 rules, calendar days otherwise. Overdue time is counted in calendar
 * days (a deduction does not wait for a working day), in hours for the first day past an hour-counted deadline.
 */
final class WarningMaker {
    private final CaseTable cases;
    private final WorkCalendar calendar;
    private final int now;
    private final int today;

    WarningMaker(CaseTable cases, WorkCalendar calendar, int nowMinute) {
        this.cases = cases;
        this.calendar = calendar;
        this.now = nowMinute;
        this.today = Times.dayOfMinute(nowMinute);
    }

    int today() {
        return today;
    }

    int now() {
        return now;
    }

    /**
     * @param limitMinute the first late minute (as {@link Within#limitMinute} gives it)
     * @param unit the unit the rule's period is counted in
     */
    Warning make(int row, WarningKind kind, int startMinute, int limitMinute, Within.Unit unit, String detail) {
        int due = limitMinute - 1;
        int dueDay = Times.dayOfMinute(due);
        boolean overdue = now > due;
        if (!overdue && !kind.horizon().reached(due, now, calendar)) return null;
        Horizon.Unit shown;
        int left;
        if (unit == Within.Unit.HOURS && (!overdue || now - due < Times.MINUTES_PER_DAY)) {
            shown = Horizon.Unit.HOURS;
            left = overdue ? -Math.max(1, (now - due) / 60) : (due - now) / 60;
        } else if (unit == Within.Unit.WORKDAYS && !overdue) {
            shown = Horizon.Unit.WORKDAYS;
            left = calendar.workDaysBetween(LocalDate.ofEpochDay(today), LocalDate.ofEpochDay(dueDay));
        } else {
            shown = Horizon.Unit.DAYS;
            left = dueDay - today;
        }
        return new Warning(row, cases.number(row), cases.court(row), kind.id(), kind.name(), Times.dateTime(startMinute),
                Times.dateTime(due), unit == Within.Unit.HOURS, overdue ? WarningStatus.OVERDUE : WarningStatus.DUE_SOON,
                left, shown, cases.judge(row), cases.assistant(row), cases.clerk(row), detail);
    }

    /** Open as of now: filed by today and not closed by today. */
    boolean open(int row) {
        int closed = cases.closed(row);
        return cases.filed(row) <= today && (closed == Times.NONE || closed > today);
    }
}
