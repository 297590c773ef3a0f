package cn.scorecard.core.explain;

import cn.scorecard.core.calendar.WorkCalendar;
import cn.scorecard.core.cases.Times;
import cn.scorecard.core.deadline.Within;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The wording shared by the reasons: dates, lateness in a rule's unit, what a working-day period skipped. */
final class Texts {
    static final String NONE = "—";
    static final String NOT_DONE = "未完成";

    private Texts() {
    }

    static String day(int epochDay) {
        return epochDay == Times.NONE ? NONE : Times.format(epochDay);
    }

    static String minute(int minute) {
        return minute == Times.NONE ? NONE : Times.formatMinute(minute);
    }

    /** The last moment still in time, given the first late minute: a time for hour rules, else the day. */
    static String due(Within within, int limitMinute) {
        return within.unit() == Within.Unit.HOURS ? minute(limitMinute - 1) : day(Times.dayOfMinute(limitMinute - 1));
    }

    /**
     * How late {@code atMinute} is against a limit, in the rule's unit: 超期 3 日, 超期 2 个工作日, 超期 1 小时 5 分;
     * "期限内" when it is before the limit.
     */
    static String lateness(Within within, int limitMinute, int atMinute, WorkCalendar calendar) {
        if (atMinute < limitMinute) return "期限内";
        int dueDay = Times.dayOfMinute(limitMinute - 1);
        int atDay = Times.dayOfMinute(atMinute);
        return switch (within.unit()) {
            case HOURS -> {
                int late = atMinute - limitMinute + 1;
                int h = late / 60;
                int m = late % 60;
                yield "超期 " + (h == 0 ? m + " 分钟" : m == 0 ? h + " 小时" : h + " 小时 " + m + " 分");
            }
            case WORKDAYS -> {
                int n = calendar.workDaysBetween(Times.date(dueDay), Times.date(atDay));
                yield n > 0 ? "超期 " + n + " 个工作日" : "超期 " + (atDay - dueDay) + " 日（均为休息日）";
            }
            case DAYS, MONTHS -> "超期 " + (atDay - dueDay) + " 日";
        };
    }

    /**
     * The holidays on working days and the make-up working days (调休) between two days (after {@code fromDay} up to
     * {@code toDay}), which a working-day period skips or counts: 节假日不计 2025-01-28 至 2025-02-04（8 日）; 调休上班计入 2025-01-26.
     */
    static List<String> calendarNotes(int fromDay, int toDay, WorkCalendar calendar) {
        List<String> holidays = new ArrayList<>();
        List<String> makeUp = new ArrayList<>();
        int runStart = Times.NONE;
        int runDays = 0;
        for (int d = fromDay + 1; d <= toDay + 1; d++) {
            LocalDate date = Times.date(d);
            boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
            boolean work = calendar.isWorkDay(date);
            boolean holiday = d <= toDay && !work && !weekend;
            boolean inRun = runStart != Times.NONE && d <= toDay && !work; // a holiday run spans its weekend
            if (holiday && runStart == Times.NONE) {
                runStart = d;
                runDays = 0;
            }
            if (runStart != Times.NONE && (holiday || inRun)) {
                runDays++;
            } else if (runStart != Times.NONE) {
                holidays.add(runDays == 1 ? day(runStart) : day(runStart) + " 至 " + day(d - 1) + "（" + runDays + " 日）");
                runStart = Times.NONE;
            }
            if (d <= toDay && weekend && work) makeUp.add(day(d));
        }
        List<String> out = new ArrayList<>();
        if (!holidays.isEmpty()) out.add("节假日不计：" + String.join("、", holidays));
        if (!makeUp.isEmpty()) out.add("调休上班日计入：" + String.join("、", makeUp));
        return out;
    }

    static String yuan(long fen) {
        return fen < 0 ? "未记录" : String.format("%d.%02d", fen / 100, fen % 100);
    }
}
