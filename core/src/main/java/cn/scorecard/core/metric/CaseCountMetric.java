package cn.scorecard.core.metric;

import cn.scorecard.core.cases.CaseTable;
import java.util.BitSet;

/** The number of cases that meet a condition in the period (制裁案例, 移送破产 …). */
final class CaseCountMetric extends DefinedMetric {
    private final String label;
    private final CaseFilter condition;

    CaseCountMetric(MetricDefinition declaration, String label, CaseFilter condition) {
        super(declaration);
        this.label = label;
        this.condition = condition;
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
