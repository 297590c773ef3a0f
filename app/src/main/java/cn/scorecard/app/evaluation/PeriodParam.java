package cn.scorecard.app.evaluation;

import cn.scorecard.app.web.Messages;
import cn.scorecard.core.metric.Period;

/** The period chosen on a page: a year, or the months of a year up to {@code month}. */
public record PeriodParam(int year, Integer month) {
    public PeriodParam {
        if (month != null && (month < 1 || month > 12)) throw new IllegalArgumentException(Messages.text("period.param.month", String.valueOf(month)));
    }

    public Period period() {
        return month == null || month == 12 ? Period.year(year) : Period.yearToMonth(year, month);
    }

    /** The same span one year earlier, for "change from the last period". */
    public PeriodParam previous() {
        return new PeriodParam(year - 1, month);
    }

    public String label() {
        return month == null || month == 12 ? Messages.text("period.param.year", String.valueOf(year))
                : Messages.text("period.param.yearToMonth", String.valueOf(year), String.valueOf(month));
    }

    public String query() {
        return "year=" + year + (month == null ? "" : "&month=" + month);
    }
}
