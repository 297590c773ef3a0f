package cn.scorecard.app.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/**
 * The period parameters of an evaluation page or download ({@code year}, {@code month} = the months January to
 * month) and which results it shows ({@code view}: {@code published} = the latest published version of the period,
 * {@code live} = computed from the current data; empty = the role's default, see {@link ResultView}), validated when
 * bound: a month of 13 or a year of 99999 is a 400 naming the parameter, never a 500.
 */
public record PeriodQuery(@Min(2000) @Max(2100) Integer year, @Min(1) @Max(12) Integer month,
                          @Pattern(regexp = "(live|published)?") String view) {
    /** The period asked for; the default year is the data's latest. */
    public PeriodParam resolve(int defaultYear) {
        return new PeriodParam(year == null ? defaultYear : year, month);
    }
}
