package cn.scorecard.core.metric;

import cn.scorecard.core.cases.CaseTable;

/**
 * 有财产可供执行案件法定期限内实际执结率: first-enforcement cases actually closed (实际执结) in the period within
 * their statutory period (after deductions and extensions) ÷ (cases actually closed in the period + cases
 * still open at the period's end past the absolute period: 6 months, 12 with an online auction).
 */
final class AssetCasesStatutoryMetric extends DefinedMetric {

    AssetCasesStatutoryMetric(MetricDefinition declaration) {
        super(declaration);
    }

    @Override
    public MetricValue compute(EvaluationContext ctx, int court) {
        CaseTable t = ctx.cases();
        int[] closed = t.closedColumn();
        int to = ctx.periodEnd();
        Tally tally = Tally.cases(t, court);
        int[] deadline = t.statutoryDeadlineColumn();
        int[] absolute = t.absoluteDeadlineColumn();
        for (int r : ctx.closedFirstEnforcement(court)) {
            tally.countWhere(r, t.isActualClosure(r), closed[r] <= deadline[r]);
        }
        for (int r : ctx.openFirstEnforcement(court)) {
            if (absolute[r] < to) tally.count(r, false);
        }
        return tally.ratio("法定期限内实际执结案件", "实际执结案件+超期未结案件");
    }
}
