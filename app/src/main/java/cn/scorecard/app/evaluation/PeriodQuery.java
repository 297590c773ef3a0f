package cn.scorecard.app.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The period parameters of an evaluation page or download ({@code year}, {@code month} = the months January to
 * month), validated when bound: a month of 13 or a year of 99999 is a 400 naming the parameter, never a 500.
 */
public record PeriodQuery(@Min(2000) @Max(2100) Integer year, @Min(1) @Max(12) Integer month) {
    /** The period asked for; the default year is the data's latest. */
    public PeriodParam resolve(int defaultYear) {
        return new PeriodParam(year == null ? defaultYear : year, month);
    }
}
