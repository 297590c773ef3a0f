package cn.scorecard.core.metric;

import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.ClosingMethod;
import cn.scorecard.core.termination.TerminationCheck;

/**
 * 终本案件合格率 of one period: first-enforcement cases closed by 终本 in the period that pass the compliance
 * check (or were overridden as compliant by an assessor) ÷ all of them. The three-year rule is applied by
 * the scoring (MIN_YEARS_TARGET), which evaluates this metric for each year.
 */
final class TerminationComplianceMetric implements Metric {
    private static final int TERMINATION = ClosingMethod.TERMINATED_THIS_ROUND.ordinal();

    @Override
    public String id() {
        return "termination_compliance_rate";
    }

    @Override
    public String definition() {
        return "期内终本结案且符合《关于严格规范终结本次执行程序的规定（试行）》的首次执行案件数 ÷ 期内终本结案的首次执行案件数";
    }

    @Override
    public MetricValue compute(EvaluationContext ctx, int court) {
        CaseTable t = ctx.cases();
        TerminationCheck check = ctx.termination();
        byte[] method = t.methodColumn();
        Tally tally = Tally.cases(t, court);
        for (int r : ctx.closedFirstEnforcement(court)) {
            if (method[r] == TERMINATION) tally.count(r, check.isCompliant(r));
        }
        return tally.ratio("合格终本案件", "终本案件");
    }
}
