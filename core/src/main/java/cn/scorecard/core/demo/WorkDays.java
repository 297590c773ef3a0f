package cn.scorecard.core.demo;

import cn.scorecard.core.calendar.WorkCalendar;
import java.time.LocalDate;

/**
 * The work-day calendar over the generated span as arrays indexed by epoch day: the generator asks
 * millions of times, and {@link WorkCalendar} answers through a map of {@link LocalDate}s.
 */
final class WorkDays {
    private final int firstDay;
    private final boolean[] work;
    /** rank[i] = number of working days in [firstDay, firstDay + i]. */
    private final int[] rank;
    private final int[] workList;

    WorkDays(WorkCalendar calendar, LocalDate from, LocalDate to) {
        firstDay = (int) from.toEpochDay();
        int n = (int) (to.toEpochDay() - firstDay) + 1;
        work = new boolean[n];
        rank = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            work[i] = calendar.isWorkDay(from.plusDays(i));
            if (work[i]) count++;
            rank[i] = count;
        }
        workList = new int[count];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (work[i]) workList[k++] = firstDay + i;
        }
    }

    int firstDay() {
        return firstDay;
    }

    int lastDay() {
        return firstDay + work.length - 1;
    }

    boolean isWorkDay(int day) {
        int i = day - firstDay;
        if (i < 0 || i >= work.length) throw new IllegalArgumentException("日期超出生成范围: " + day);
        return work[i];
    }

    /** The n-th working day after {@code day} (the day itself does not count), like WorkCalendar.addWorkDays. */
    int addWorkDays(int day, int n) {
        if (n <= 0) return day;
        int k = rank[clamp(day)] + n - 1;
        return k < workList.length ? workList[k] : lastDay() + n;
    }

    /** {@code day} itself when it is a working day, otherwise the next working day. */
    int onOrAfter(int day) {
        int i = day - firstDay;
        if (i < 0 || i >= work.length) return day;
        return work[i] ? day : addWorkDays(day, 1);
    }

    private int clamp(int day) {
        return Math.max(0, Math.min(work.length - 1, day - firstDay));
    }
}
