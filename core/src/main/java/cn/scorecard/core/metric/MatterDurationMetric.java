package cn.scorecard.core.metric;

import cn.scorecard.core.data.Matter;
import cn.scorecard.core.data.MatterType;
import java.util.BitSet;
import java.util.List;

/** 事项委托平均用时: mean days from receipt to completion of the delegated matters completed in the period. */
final class MatterDurationMetric extends DefinedMetric {
    MatterDurationMetric(MetricDefinition declaration) {
        super(declaration);
    }

    @Override
    public MetricValue compute(EvaluationContext ctx, int court) {
        List<Matter> all = ctx.data().matters();
        BitSet bits = new BitSet();
        long days = 0;
        int n = 0;
        for (int i : ctx.mattersOf(court)) {
            Matter m = all.get(i);
            if (m.type() != MatterType.DELEGATION || !ctx.inPeriod(m.doneDay())) continue;
            days += m.doneDay() - m.receivedDay();
            n++;
            bits.set(i);
        }
        RecordSet set = new RecordSet(RecordKind.MATTER, 0, bits);
        return MetricValue.ratio(days, n, set, set, "用时合计 " + days + " 天 ÷ 办结 " + n + " 件");
    }
}
