package cn.scorecard.core.metric;

import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.Times;
import cn.scorecard.core.deadline.DeadlineCheck;
import cn.scorecard.core.deadline.DeadlineRule;
import cn.scorecard.core.deadline.DeadlineStatus;

/**
 * Timeliness of a step (5日内启动, 48小时内控制 …): of the cases whose clock started in the period and whose
 * outcome is known at the period's end (done, or the limit passed), the share done in time.
 */
final class TimelinessMetric extends DefinedMetric implements DeadlineMetric {
    private final DeadlineRule rule;

    TimelinessMetric(MetricDefinition declaration, DeadlineRule rule) {
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
        int from = ctx.periodStart() * Times.MINUTES_PER_DAY;
        int asOf = (ctx.periodEnd() + 1) * Times.MINUTES_PER_DAY - 1;
        int start = t.courtStart(court);
        Tally tally = Tally.cases(t, court);
        for (int r = start, end = t.courtEnd(court); r < end; r++) {
            int began = check.startMinute(rule, r);
            if (began == Times.NONE || began < from || began > asOf) continue;
            DeadlineStatus s = check.status(rule, r, asOf);
            if (s == DeadlineStatus.ON_TIME) tally.count(r, true);
            else if (s == DeadlineStatus.LATE || s == DeadlineStatus.OVERDUE) tally.count(r, false);
        }
        return tally.ratio("期限内完成（" + rule.within().label() + "）", "应完成");
    }
}
