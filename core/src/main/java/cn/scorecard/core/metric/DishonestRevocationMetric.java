package cn.scorecard.core.metric;

import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.StepType;
import cn.scorecard.core.cases.Times;
import java.util.BitSet;

/** 失信名单撤销率: 失信 entries revoked in the period ÷ 失信 entries published in the period. */
final class DishonestRevocationMetric extends DefinedMetric {
    DishonestRevocationMetric(MetricDefinition declaration) {
        super(declaration);
    }

    @Override
    public MetricValue compute(EvaluationContext ctx, int court) {
        CaseTable t = ctx.cases();
        int start = t.courtStart(court);
        BitSet listed = new BitSet();
        BitSet revoked = new BitSet();
        for (int r = start, end = t.courtEnd(court); r < end; r++) {
            if (inPeriod(ctx, t.step(r, StepType.DISHONEST_LISTED))) listed.set(r - start);
            if (inPeriod(ctx, t.step(r, StepType.DISHONEST_REVOKED))) revoked.set(r - start);
        }
        RecordSet num = new RecordSet(RecordKind.CASE, start, revoked);
        RecordSet den = new RecordSet(RecordKind.CASE, start, listed);
        return MetricValue.ratio(num.size(), den.size(), num, den,
                "撤销失信 " + num.size() + " ÷ 发布失信 " + den.size());
    }

    private static boolean inPeriod(EvaluationContext ctx, int minute) {
        return minute != Times.NONE && ctx.inPeriod(Times.dayOfMinute(minute));
    }
}
