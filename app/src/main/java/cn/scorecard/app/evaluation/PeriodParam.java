package cn.scorecard.app.evaluation;

import cn.scorecard.core.metric.Period;

/** The period chosen on a page: a year, or the months of a year up to {@code month}. */
public record PeriodParam(int year, Integer month) {
    public PeriodParam {
        if (month != null && (month < 1 || month > 12)) throw new IllegalArgumentException("月份应为 1—12：" + month);
    }

    public Period period() {
        return month == null || month == 12 ? Period.year(year) : Period.yearToMonth(year, month);
    }

    /** The same span one year earlier, for "change from the last period". */
    public PeriodParam previous() {
        return new PeriodParam(year - 1, month);
    }

    public String label() {
        return month == null || month == 12 ? year + "年" : year + "年1—" + month + "月";
    }

    public String query() {
        return "year=" + year + (month == null ? "" : "&month=" + month);
    }
}
