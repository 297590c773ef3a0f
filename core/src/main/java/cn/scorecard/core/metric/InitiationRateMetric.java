package cn.scorecard.core.metric;

import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.Times;
import cn.scorecard.core.deadline.DeadlineCheck;
import cn.scorecard.core.deadline.DeadlineRule;
import cn.scorecard.core.deadline.DeadlineStatus;

/**
 * 网络查控措施期限内发起率: implementation cases (首次执行 and 恢复执行) filed in the period whose online search
 * started within the limit ÷ all implementation cases filed in the period.
 */
final class InitiationRateMetric extends DefinedMetric implements DeadlineMetric {
    private final DeadlineRule rule;

    InitiationRateMetric(MetricDefinition declaration, DeadlineRule rule) {
        super(declaration);
        this.rule = rule;
    }

    @Override
    public DeadlineRule rule() {
        return rule;
    }

    @Override
    public MetricValue compute(EvaluationContext ctx, int court) {
        CaseTable t = ctx.cases();
        DeadlineCheck check = new DeadlineCheck(t, ctx.calendar());
        int asOf = (ctx.periodEnd() + 1) * Times.MINUTES_PER_DAY - 1;
        int[] filed = t.filedColumn();
        int start = t.courtStart(court);
        Tally tally = Tally.cases(t, court);
        for (int r = start, end = t.courtEnd(court); r < end; r++) {
            if (!ctx.inPeriod(filed[r]) || !t.type(r).isImplementation()) continue;
            tally.count(r, check.status(rule, r, asOf) == DeadlineStatus.ON_TIME);
        }
        return tally.ratio("期限内发起", "执行实施案件");
    }
}
