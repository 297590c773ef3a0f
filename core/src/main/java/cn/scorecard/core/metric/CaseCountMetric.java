package cn.scorecard.core.metric;

import cn.scorecard.core.cases.CaseTable;
import java.util.BitSet;

/** The number of cases that meet a condition in the period (制裁案例, 移送破产 …). */
final class CaseCountMetric implements Metric {
    private final String id;
    private final String label;
    private final CaseFilter condition;

    CaseCountMetric(String id, String label, CaseFilter condition) {
        this.id = id;
        this.label = label;
        this.condition = condition;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String definition() {
        return label + "的案件数";
    }

    @Override
    public MetricValue compute(EvaluationContext ctx, int court) {
        CaseTable t = ctx.cases();
        int start = t.courtStart(court);
        BitSet bits = new BitSet();
        int n = 0;
        for (int r = start, end = t.courtEnd(court); r < end; r++) {
            if (condition.test(ctx, t, r)) {
                bits.set(r - start);
                n++;
            }
        }
        return MetricValue.count(n, new RecordSet(RecordKind.CASE, start, bits), label + " " + n + " 件");
    }
}
