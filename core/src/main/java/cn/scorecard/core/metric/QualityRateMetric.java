package cn.scorecard.core.metric;

import cn.scorecard.core.cases.CaseTable;

/**
 * Rates over the first-enforcement cases (首次执行, not 执恢/执保/审查) closed in the period: 实际执结率,
 * 执行完毕率 and 法定期限内结案率 share the denominator and differ in what the numerator counts.
 */
final class QualityRateMetric extends DefinedMetric {
    enum Numerator { ACTUAL_CLOSURE, FULFILLED, WITHIN_STATUTORY_PERIOD }

    private final Numerator numerator;
    private final String numeratorLabel;

    QualityRateMetric(MetricDefinition declaration, Numerator numerator, String numeratorLabel) {
        super(declaration);
        this.numerator = numerator;
        this.numeratorLabel = numeratorLabel;
    }

    @Override
    public MetricValue compute(EvaluationContext ctx, int court) {
        CaseTable t = ctx.cases();
        int[] closed = t.closedColumn();
        int[] deadline = t.statutoryDeadlineColumn();
        Tally tally = Tally.cases(t, court);
        for (int r : ctx.closedFirstEnforcement(court)) {
            boolean in = switch (numerator) {
                case ACTUAL_CLOSURE -> t.isActualClosure(r);
                case FULFILLED -> t.isFulfilled(r);
                case WITHIN_STATUTORY_PERIOD -> closed[r] <= deadline[r];
            };
            tally.count(r, in);
        }
        return tally.ratio(numeratorLabel, "期内结案的首次执行案件");
    }
}
