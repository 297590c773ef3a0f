package cn.scorecard.core.metric;

import cn.scorecard.core.cases.CaseCategory;
import cn.scorecard.core.cases.CaseTable;

/**
 * 执行到位率 (per case): the mean of min(1, 到位金额 ÷ 申请标的额) over first-enforcement cases closed in the
 * period by 执行完毕 or 终本, excluding criminal, administrative, non-litigation and fee enforcement and cases
 * with no applied amount. An unrecorded 到位金额 counts as 0.
 */
final class DeliveryRateMetric extends DefinedMetric {
    private static final boolean[] COUNTED_CATEGORY = countedCategories();

    DeliveryRateMetric(MetricDefinition declaration) {
        super(declaration);
    }

    @Override
    public MetricValue compute(EvaluationContext ctx, int court) {
        CaseTable t = ctx.cases();
        byte[] category = t.categoryColumn();
        long[] applied = t.appliedColumn();
        long[] delivered = t.deliveredColumn();
        Tally tally = Tally.cases(t, court);
        double sum = 0;
        // branch-free: which cases count is close to random, and mispredicted branches cost more than the work
        for (int r : ctx.closedFirstEnforcement(court)) {
            long a = applied[r];
            long d = Math.max(0L, delivered[r]); // not recorded counts as nothing delivered
            boolean counted = (t.isFulfilled(r) | t.isTermination(r)) & a > 0 & COUNTED_CATEGORY[category[r] + 1];
            tally.countWhere(r, counted, d > 0);
            sum += Math.min(1.0, (double) d / (double) Math.max(a, 1L)) * (counted ? 1 : 0);
        }
        int n = tally.denominator();
        String formula = String.format("各案到位比例之和 %.4f ÷ 计入案件 %d", sum, n);
        return MetricValue.ratio(sum, n, tally.numeratorSet(), tally.denominatorSet(), formula);
    }

    private static boolean[] countedCategories() {
        CaseCategory[] all = CaseCategory.values();
        // index 0 is "category not recorded" (-1): counted, as nothing says to exclude it
        boolean[] out = new boolean[all.length + 1];
        out[0] = true;
        for (CaseCategory c : all) out[c.ordinal() + 1] = c.countsForDeliveryRate();
        return out;
    }
}
