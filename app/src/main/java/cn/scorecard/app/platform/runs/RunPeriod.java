package cn.scorecard.app.platform.runs;

import cn.scorecard.app.messages.Bundle;
import java.time.LocalDate;
import java.time.YearMonth;

/** The days a result covers, first and last inclusive. */
public record RunPeriod(LocalDate start, LocalDate end) {
    public RunPeriod {
        if (start == null || end == null || end.isBefore(start)) {
            throw new IllegalArgumentException(Bundle.text("runs.error.period", String.valueOf(start), String.valueOf(end)));
        }
    }

    public static RunPeriod year(int year) {
        return new RunPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** From 1 January to the end of the month (年初至今). */
    public static RunPeriod yearToMonth(int year, int month) {
        return new RunPeriod(LocalDate.of(year, 1, 1), YearMonth.of(year, month).atEndOfMonth());
    }

    public static RunPeriod month(YearMonth month) {
        return new RunPeriod(month.atDay(1), month.atEndOfMonth());
    }

    public static RunPeriod quarter(int year, int quarter) {
        YearMonth first = YearMonth.of(year, quarter * 3 - 2);
        return new RunPeriod(first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }
}
