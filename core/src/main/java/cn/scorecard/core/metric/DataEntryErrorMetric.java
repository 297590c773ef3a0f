package cn.scorecard.core.metric;

import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.StepType;
import java.util.BitSet;

/**
 * 信息录入差错率 = (到位金额信息项为空率 + 拍卖案款到账信息项为空率 + 案款数据偏差率 + 其他必填信息项为空率) ÷ 4,
 * over first-enforcement cases closed in the period. 案款数据偏差: the 执行款 received through the court's
 * account exceed the recorded 到位金额. 其他必填: 案件类别, 申请标的额, 承办法官. A rate whose base is empty
 * (no auction sold) counts as 0.
 */
final class DataEntryErrorMetric extends DefinedMetric implements CaseSums {
    DataEntryErrorMetric(MetricDefinition declaration) {
        super(declaration);
    }


    @Override
    public MetricValue compute(EvaluationContext ctx, int court) {
        CaseTable t = ctx.cases();
        int start = t.courtStart(court);
        BitSet base = new BitSet(t.courtEnd(court) - start);
        BitSet errors = new BitSet(t.courtEnd(court) - start);
        int n = 0, noDelivered = 0, sold = 0, noProceeds = 0, deviation = 0, missing = 0;
        for (int r : ctx.closedFirstEnforcement(court)) {
            n++;
            base.set(r - start);
            boolean e1 = t.delivered(r) < 0;
            boolean isSold = t.hasStep(r, StepType.AUCTION_SOLD);
            boolean e2 = isSold && !t.hasStep(r, StepType.AUCTION_PROCEEDS_RECEIVED);
            boolean e3 = ctx.paymentTotal(r) > Math.max(0, t.delivered(r));
            boolean e4 = t.category(r) == null || t.applied(r) < 0 || t.judge(r) < 0;
            if (e1) noDelivered++;
            if (isSold) sold++;
            if (e2) noProceeds++;
            if (e3) deviation++;
            if (e4) missing++;
            if (e1 || e2 || e3 || e4) errors.set(r - start);
        }
        return value(new long[] {n, noDelivered, sold, noProceeds, deviation, missing},
                new RecordSet(RecordKind.CASE, start, errors), new RecordSet(RecordKind.CASE, start, base));
    }

    @Override
    public long[] sums(EvaluationContext ctx, int court) {
        CaseTable t = ctx.cases();
        long[] s = new long[6];
        for (int r : ctx.closedFirstEnforcement(court)) {
            s[0]++;
            boolean isSold = t.hasStep(r, StepType.AUCTION_SOLD);
            if (t.delivered(r) < 0) s[1]++;
            if (isSold) s[2]++;
            if (isSold && !t.hasStep(r, StepType.AUCTION_PROCEEDS_RECEIVED)) s[3]++;
            if (ctx.paymentTotal(r) > Math.max(0, t.delivered(r))) s[4]++;
            if (t.category(r) == null || t.applied(r) < 0 || t.judge(r) < 0) s[5]++;
        }
        return s;
    }

    @Override
    public MetricValue fromSums(long[] sums, MetricValue base) {
        return value(sums, base.numeratorRecords(), base.denominatorRecords());
    }

    /** n, 到位金额为空, 拍卖成交, 成交未录到账, 案款偏差, 其他必填为空 → the value. */
    private static MetricValue value(long[] s, RecordSet errors, RecordSet base) {
        long n = s[0], noDelivered = s[1], sold = s[2], noProceeds = s[3], deviation = s[4], missing = s[5];
        if (n == 0) return MetricValue.missing("期内无结案的首次执行案件");
        double r1 = (double) noDelivered / n;
        double r2 = sold == 0 ? 0 : (double) noProceeds / sold;
        double r3 = (double) deviation / n;
        double r4 = (double) missing / n;
        double value = (r1 + r2 + r3 + r4) / 4;
        String formula = String.format("(%d/%d + %d/%d + %d/%d + %d/%d) ÷ 4", noDelivered, n, noProceeds, sold,
                deviation, n, missing, n);
        return new MetricValue(value, value, 1, errors, base, formula);
    }
}
