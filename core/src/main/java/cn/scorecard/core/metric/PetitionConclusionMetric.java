package cn.scorecard.core.metric;

import cn.scorecard.core.cases.Times;
import cn.scorecard.core.data.Petition;
import java.util.List;

/**
 * 执行信访案件办结率 over every enforcement petition registered in the period, whatever its source (the
 * "三个90%" core target); the catalogs' 办结率 counts only those that reached the Supreme People's Court. A petition
 * counts as concluded when concluded by the period's end plus the declaration's {@code parameters: {graceDays}}
 * (rules/metrics.yaml, 0 by default: by the period's end).
 */
final class PetitionConclusionMetric extends DefinedMetric {
    private final int graceDays;

    PetitionConclusionMetric(MetricDefinition declaration) {
        super(declaration);
        this.graceDays = graceDays(declaration);
    }

    /** The conclusion window's days after the period's end, from a petition metric's declaration. */
    static int graceDays(MetricDefinition declaration) {
        double d = declaration.parameter("graceDays");
        if (d < 0 || d != Math.rint(d)) {
            throw new IllegalStateException("rules/metrics.yaml: " + declaration.id() + " 参数 parameters.graceDays 应为非负整数: " + d);
        }
        return (int) d;
    }

    @Override
    public MetricValue compute(EvaluationContext ctx, int court) {
        List<Petition> all = ctx.data().petitions();
        Tally tally = new Tally(RecordKind.PETITION, 0);
        for (int i : ctx.petitionsOf(court)) {
            Petition p = all.get(i);
            if (!ctx.inPeriod(p.registeredDay())) continue;
            tally.count(i, p.concludedDay() != Times.NONE && p.concludedDay() <= ctx.periodEnd() + graceDays);
        }
        return tally.ratio("已办结", "期内登记的执行信访");
    }
}
