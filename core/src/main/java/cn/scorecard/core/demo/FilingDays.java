package cn.scorecard.core.demo;

import java.time.LocalDate;

/**
 * Draws filing days (立案日期): working days only, with volumes that rise towards the end of the year
 * (courts push to file and close before the annual statistics) and dip around long holidays (春节, 国庆:
 * few applications are filed just before the break and the backlog returns slowly after it).
 */
final class FilingDays {
    private final int[] days;
    private final double[] cumulative;

    FilingDays(WorkDays workDays, LocalDate first, LocalDate last) {
        int from = (int) first.toEpochDay();
        int to = (int) last.toEpochDay();
        int count = 0;
        for (int d = from; d <= to; d++) if (workDays.isWorkDay(d)) count++;
        days = new int[count];
        double[] weights = new double[count];
        int k = 0;
        for (int d = from; d <= to; d++) {
            if (!workDays.isWorkDay(d)) continue;
            days[k] = d;
            weights[k] = monthWeight(LocalDate.ofEpochDay(d)) * holidayWeight(workDays, d);
            k++;
        }
        cumulative = Rand.cumulative(weights);
    }

    /** Number of cases filed on each day of {@link #day(int)}, for n cases in total. */
    int[] spread(Rand rand, int n) {
        int[] perDay = new int[days.length];
        for (int i = 0; i < n; i++) perDay[rand.pick(cumulative)]++;
        return perDay;
    }

    int size() {
        return days.length;
    }

    int day(int index) {
        return days[index];
    }

    /** January is quiet, December busiest: about +2.5% a month. */
    private static double monthWeight(LocalDate date) {
        return 0.88 + 0.025 * (date.getMonthValue() - 1);
    }

    /** Make-up Saturdays (调休) and the days next to a long break see fewer filings. */
    private static double holidayWeight(WorkDays workDays, int day) {
        int dow = LocalDate.ofEpochDay(day).getDayOfWeek().getValue();
        if (dow >= 6) return 0.6;
        int before = breakLength(workDays, day + 1, 1);
        int after = breakLength(workDays, day - 1, -1);
        int near = Math.max(nearBreak(workDays, day, 1), nearBreak(workDays, day, -1));
        if (after >= 7 || before >= 7) return 0.45;
        if (near >= 7) return 0.7;
        if (after >= 3 || before >= 3) return 0.8;
        return 1.0;
    }

    /** Length of the run of days off starting at {@code day} going in {@code step} direction. */
    private static int breakLength(WorkDays workDays, int day, int step) {
        int n = 0;
        for (int d = day; n < 12 && !isWork(workDays, d); d += step) n++;
        return n;
    }

    /** Longest break within the next (or previous) 5 working days: the slow start after 春节. */
    private static int nearBreak(WorkDays workDays, int day, int step) {
        int longest = 0;
        int d = day;
        for (int seen = 0; seen < 5; d += step) {
            if (isWork(workDays, d)) {
                seen++;
            } else {
                int len = breakLength(workDays, d, step);
                longest = Math.max(longest, len);
                d += step * (len - 1);
            }
        }
        return longest;
    }

    private static boolean isWork(WorkDays workDays, int day) {
        return day < workDays.firstDay() || day > workDays.lastDay() || workDays.isWorkDay(day);
    }
}
