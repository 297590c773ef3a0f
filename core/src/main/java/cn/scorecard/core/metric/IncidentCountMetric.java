package cn.scorecard.core.metric;

import cn.scorecard.core.data.Discipline;
import cn.scorecard.core.data.StateCompensation;
import java.util.BitSet;
import java.util.List;

/** Counts that must be zero: 国家赔偿 caused by enforcement, and discipline of enforcement staff, in the period. */
final class IncidentCountMetric extends DefinedMetric {
    enum Kind { STATE_COMPENSATION, DISCIPLINE }

    private final Kind kind;

    IncidentCountMetric(MetricDefinition declaration, Kind kind) {
        super(declaration);
        this.kind = kind;
    }

    @Override
    public MetricValue compute(EvaluationContext ctx, int court) {
        BitSet bits = new BitSet();
        if (kind == Kind.STATE_COMPENSATION) {
            List<StateCompensation> all = ctx.data().compensations();
            for (int i = 0; i < all.size(); i++) {
                StateCompensation s = all.get(i);
                if (s.court() == court && s.causedByEnforcement() && ctx.inPeriod(s.decidedDay())) bits.set(i);
            }
            return MetricValue.count(bits.cardinality(), new RecordSet(RecordKind.COMPENSATION, 0, bits),
                    "国家赔偿 " + bits.cardinality() + " 件");
        }
        List<Discipline> all = ctx.data().disciplines();
        for (int i = 0; i < all.size(); i++) {
            Discipline d = all.get(i);
            if (d.court() == court && d.causedByEnforcement() && ctx.inPeriod(d.day())) bits.set(i);
        }
        return MetricValue.count(bits.cardinality(), new RecordSet(RecordKind.DISCIPLINE, 0, bits),
                "违法违纪 " + bits.cardinality() + " 人次");
    }
}
