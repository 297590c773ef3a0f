package cn.scorecard.core.metric;

import cn.scorecard.core.cases.Times;
import cn.scorecard.core.data.Petition;
import java.util.List;

/**
 * 执行信访案件办结率 over every enforcement petition registered in the period, whatever its source (the
 * "三个90%" core target); the catalogs' 办结率 counts only those that reached the Supreme People's Court.
 */
final class PetitionConclusionMetric extends DefinedMetric {
    PetitionConclusionMetric(MetricDefinition declaration) {
        super(declaration);
    }

    @Override
    public MetricValue compute(EvaluationContext ctx, int court) {
        List<Petition> all = ctx.data().petitions();
        Tally tally = new Tally(RecordKind.PETITION, 0);
        for (int i : ctx.petitionsOf(court)) {
            Petition p = all.get(i);
            if (!ctx.inPeriod(p.registeredDay())) continue;
            tally.count(i, p.concludedDay() != Times.NONE && p.concludedDay() <= ctx.periodEnd());
        }
        return tally.ratio("已办结", "期内登记的执行信访");
    }
}
