package cn.scorecard.app.periods;

import cn.scorecard.app.web.Messages;
import cn.scorecard.app.platform.runs.ResultRun;
import java.time.MonthDay;

/** An evaluation run's period in words (2025年, 2025年1—6月) and as the pages' parameters (year=2025&month=6). */
final class PeriodLabels {
    private PeriodLabels() {
    }

    static boolean wholeYear(ResultRun run) {
        return MonthDay.from(run.periodEnd()).equals(MonthDay.of(12, 31));
    }

    static String of(ResultRun run) {
        int year = run.periodEnd().getYear();
        return wholeYear(run) ? Messages.text("period.year", String.valueOf(year))
                : Messages.text("period.months", String.valueOf(year), String.valueOf(run.periodEnd().getMonthValue()));
    }

    static String query(ResultRun run) {
        return "year=" + run.periodEnd().getYear() + (wholeYear(run) ? "" : "&month=" + run.periodEnd().getMonthValue());
    }
}
