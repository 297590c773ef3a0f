package cn.scorecard.core.cases;

/**
 * 法定期限 of a first-enforcement case (6 months from filing by default, 最高法院《关于执行案件立案、结案若干问题的意见》
 * and the 2008 审限 rules; the months are data, {@link PeriodRules}). Periods counted in months end on the
 * corresponding day (期间开始的日不计算在内).
 */
public final class StatutoryPeriod {
    private StatutoryPeriod() {
    }

    /** Last day within the period after approved extensions and deducted intervals (分子口径). */
    public static int deadline(CaseTable cases, int row) {
        return cases.statutoryDeadline(row);
    }

    /** The deadline under the bundled {@link PeriodRules}. */
    public static int deadline(int filedDay, int extendedDays, int deductedDays) {
        return deadline(PeriodRules.bundled(), filedDay, extendedDays, deductedDays);
    }

    public static int deadline(PeriodRules rules, int filedDay, int extendedDays, int deductedDays) {
        return plusMonths(filedDay, rules.statutoryMonths()) + extendedDays + deductedDays;
    }

    /** The absolute period of the denominator: 6 months, 12 where the case had an online auction. */
    public static int absoluteDeadline(CaseTable cases, int row) {
        return cases.absoluteDeadline(row);
    }

    public static int absoluteDeadline(PeriodRules rules, int filedDay, boolean onlineAuction) {
        return plusMonths(filedDay, rules.absoluteMonths(onlineAuction));
    }

    public static int plusMonths(int epochDay, int months) {
        return MonthArithmetic.plusMonths(epochDay, months);
    }

    /** Closed on or before the deadline (deductions and extensions counted). */
    public static boolean closedWithin(CaseTable cases, int row) {
        return cases.isClosed(row) && cases.closed(row) <= deadline(cases, row);
    }
}
