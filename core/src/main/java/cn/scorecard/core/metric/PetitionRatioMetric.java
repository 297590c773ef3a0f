package cn.scorecard.core.metric;

import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.data.Petition;
import cn.scorecard.core.data.PetitionSource;
import java.util.BitSet;
import java.util.List;

/**
 * Ratios of petition counts: 法院登记辖区信访案件数 ÷ 最高法院新交办信访案件数, and 案访比 expressed as petitions
 * reaching the SPC per enforcement case filed in the period (lower is better).
 */
final class PetitionRatioMetric extends DefinedMetric {
    enum Kind { LOCAL_TO_SPC, PER_CASE }

    private final Kind kind;

    PetitionRatioMetric(MetricDefinition declaration, Kind kind) {
        super(declaration);
        this.kind = kind;
    }

    @Override
    public MetricValue compute(EvaluationContext ctx, int court) {
        List<Petition> all = ctx.data().petitions();
        BitSet local = new BitSet();
        BitSet spc = new BitSet();
        for (int i : ctx.petitionsOf(court)) {
            Petition p = all.get(i);
            if (!ctx.inPeriod(p.registeredDay())) continue;
            (p.source() == PetitionSource.LOCAL ? local : spc).set(i);
        }
        RecordSet spcSet = new RecordSet(RecordKind.PETITION, 0, spc);
        if (kind == Kind.LOCAL_TO_SPC) {
            RecordSet localSet = new RecordSet(RecordKind.PETITION, 0, local);
            return MetricValue.ratio(localSet.size(), spcSet.size(), localSet, spcSet,
                    "本院登记 " + localSet.size() + " ÷ 最高法院交办 " + spcSet.size());
        }
        CaseTable t = ctx.cases();
        int start = t.courtStart(court);
        BitSet filed = new BitSet();
        for (int r = start, end = t.courtEnd(court); r < end; r++) {
            if (ctx.inPeriod(t.filed(r))) filed.set(r - start);
        }
        RecordSet cases = new RecordSet(RecordKind.CASE, start, filed);
        return MetricValue.ratio(spcSet.size(), cases.size(), spcSet, cases,
                "最高法院交办信访 " + spcSet.size() + " ÷ 新收执行案件 " + cases.size());
    }
}
