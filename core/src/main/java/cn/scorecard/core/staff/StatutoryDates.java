package cn.scorecard.core.staff;

import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.StatutoryPeriod;

/**
 * {@link StatutoryPeriod#deadline} for every case, month after month, without date arithmetic per case: the
 * end of the statutory months (the table's {@link cn.scorecard.core.cases.PeriodRules}, 6 by default) depends on the
 * filing day only, so it is looked up in a table over the filing days.
 */
final class StatutoryDates {
    private static final int MAX_SPAN = 200_000;
    private final int first;
    private final int months;
    private final int[] periodEnd;

    StatutoryDates(CaseTable cases) {
        months = cases.periods().statutoryMonths();
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        int[] filed = cases.filedColumn();
        for (int r = 0; r < cases.size(); r++) {
            min = Math.min(min, filed[r]);
            max = Math.max(max, filed[r]);
        }
        if (cases.size() == 0 || (long) max - min >= MAX_SPAN) {
            first = 0;
            periodEnd = null; // odd data: compute case by case
            return;
        }
        first = min;
        periodEnd = new int[max - min + 1];
        for (int d = min; d <= max; d++) periodEnd[d - min] = StatutoryPeriod.plusMonths(d, months);
    }

    /** The deadline with the case's extensions and deducted days. */
    int deadline(int filed, int extendedDays, int deductedDays) {
        int end = periodEnd == null ? StatutoryPeriod.plusMonths(filed, months) : periodEnd[filed - first];
        return end + extendedDays + deductedDays;
    }
}
