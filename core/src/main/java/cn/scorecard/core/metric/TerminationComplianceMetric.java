package cn.scorecard.core.metric;

import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.termination.TerminationCheck;

/**
 * 终本案件合格率 of one period: first-enforcement cases closed by 终本 in the period that pass the compliance
 * check (or were overridden as compliant by an assessor) ÷ all of them. The three-year rule is applied by
 * the scoring (MIN_YEARS_TARGET), which evaluates this metric for each year.
 */
final class TerminationComplianceMetric extends DefinedMetric {

    TerminationComplianceMetric(MetricDefinition declaration) {
        super(declaration);
    }

    @Override
    public MetricValue compute(EvaluationContext ctx, int court) {
        CaseTable t = ctx.cases();
        TerminationCheck check = ctx.termination();
        Tally tally = Tally.cases(t, court);
        for (int r : ctx.closedFirstEnforcement(court)) {
            if (t.isTermination(r)) tally.count(r, check.isCompliant(r));
        }
        return tally.ratio("合格终本案件", "终本案件");
    }
}
