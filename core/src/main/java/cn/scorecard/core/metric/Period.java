package cn.scorecard.core.metric;

import java.time.LocalDate;

/** The evaluation period, inclusive at both ends (a year, or the months so far). */
public record Period(LocalDate start, LocalDate end) {
    public Period {
        if (end.isBefore(start)) throw new IllegalArgumentException("评估期间结束日早于开始日");
    }

    public static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** January 1 to the end of the given month (the months so far). */
    public static Period yearToMonth(int year, int month) {
        LocalDate s = LocalDate.of(year, 1, 1);
        return new Period(s, LocalDate.of(year, month, 1).plusMonths(1).minusDays(1));
    }

    public int startDay() {
        return (int) start.toEpochDay();
    }

    public int endDay() {
        return (int) end.toEpochDay();
    }

    public boolean containsDay(int epochDay) {
        return epochDay >= startDay() && epochDay <= endDay();
    }

    /** The same period shifted by whole years (for three-year indicators). */
    public Period minusYears(int years) {
        return new Period(start.minusYears(years), end.minusYears(years));
    }

    public int year() {
        return end.getYear();
    }
}
