package cn.scorecard.core.metric;

import cn.scorecard.core.cases.CaseTable;

/** Of the cases in a population, the share that meet a condition (报告财产令发出率, 文书公开率 …). */
final class CaseShareMetric extends DefinedMetric {
    private final String populationLabel;
    private final String conditionLabel;
    private final CaseFilter population;
    private final CaseFilter condition;

    CaseShareMetric(MetricDefinition declaration, String populationLabel, CaseFilter population, String conditionLabel,
                    CaseFilter condition) {
        super(declaration);
        this.populationLabel = populationLabel;
        this.population = population;
        this.conditionLabel = conditionLabel;
        this.condition = condition;
    }

    @Override
    public MetricValue compute(EvaluationContext ctx, int court) {
        CaseTable t = ctx.cases();
        int start = t.courtStart(court);
        Tally tally = Tally.cases(t, court);
        for (int r = start, end = t.courtEnd(court); r < end; r++) {
            if (population.test(ctx, t, r)) tally.count(r, condition.test(ctx, t, r));
        }
        return tally.ratio(conditionLabel, populationLabel);
    }
}
