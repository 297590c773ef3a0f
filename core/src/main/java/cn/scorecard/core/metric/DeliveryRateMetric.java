package cn.scorecard.core.metric;

import cn.scorecard.core.cases.CaseCategory;
import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.CaseType;
import cn.scorecard.core.cases.ClosingMethod;
import java.util.BitSet;

/**
 * 执行到位率 (per case): the mean of min(1, 到位金额 ÷ 申请标的额) over first-enforcement cases closed in the
 * period by 执行完毕 or 终本, excluding criminal, administrative, non-litigation and fee enforcement and cases
 * with no applied amount. An unrecorded 到位金额 counts as 0.
 */
final class DeliveryRateMetric implements Metric {
    private static final int FIRST = CaseType.FIRST_ENFORCEMENT.ordinal();
    private static final int TERMINATION = ClosingMethod.TERMINATED_THIS_ROUND.ordinal();
    private static final int FULFILLED = ClosingMethod.FULFILLED.ordinal();
    private static final boolean[] COUNTED_CATEGORY = countedCategories();

    @Override
    public String id() {
        return "delivery_rate";
    }

    @Override
    public String definition() {
        return "Σ min(1, 到位金额 ÷ 申请标的额) ÷ 期内以执行完毕或终本结案的首次执行案件数（剔除刑事、行政、非诉、诉讼费执行及无申请标的额的案件）";
    }

    @Override
    public MetricValue compute(EvaluationContext ctx, int court) {
        CaseTable t = ctx.cases();
        byte[] type = t.typeColumn();
        int[] closed = t.closedColumn();
        byte[] method = t.methodColumn();
        byte[] category = t.categoryColumn();
        long[] applied = t.appliedColumn();
        long[] delivered = t.deliveredColumn();
        int from = ctx.periodStart();
        int to = ctx.periodEnd();
        int start = t.courtStart(court);
        BitSet num = new BitSet();
        BitSet den = new BitSet();
        double sum = 0;
        int n = 0;
        for (int r = start, end = t.courtEnd(court); r < end; r++) {
            if (type[r] != FIRST || closed[r] < from || closed[r] > to) continue;
            if (method[r] != FULFILLED && method[r] != TERMINATION) continue;
            if (category[r] >= 0 && !COUNTED_CATEGORY[category[r]]) continue;
            if (applied[r] <= 0) continue;
            n++;
            den.set(r - start);
            if (delivered[r] > 0) {
                num.set(r - start);
                sum += Math.min(1.0, (double) delivered[r] / applied[r]);
            }
        }
        String formula = String.format("各案到位比例之和 %.4f ÷ 计入案件 %d", sum, n);
        return MetricValue.ratio(sum, n, new RecordSet(RecordKind.CASE, start, num),
                new RecordSet(RecordKind.CASE, start, den), formula);
    }

    private static boolean[] countedCategories() {
        CaseCategory[] all = CaseCategory.values();
        boolean[] out = new boolean[all.length];
        for (CaseCategory c : all) out[c.ordinal()] = c.countsForDeliveryRate();
        return out;
    }
}
