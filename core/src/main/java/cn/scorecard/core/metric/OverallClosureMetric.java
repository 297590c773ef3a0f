package cn.scorecard.core.metric;

import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.Times;

/**
 * 整体执结率 of the implementation cases (首次执行 and 恢复执行) over a period: cases closed in the period ÷
 * (pending at its start + filed in it). Over three years it is the "一个80%" core target of
 * 基本解决执行难 (近三年执行案件整体执结率不低于80%).
 */
final class OverallClosureMetric extends DefinedMetric {
    OverallClosureMetric(MetricDefinition declaration) {
        super(declaration);
    }

    @Override
    public MetricValue compute(EvaluationContext ctx, int court) {
        CaseTable t = ctx.cases();
        int from = ctx.periodStart();
        int to = ctx.periodEnd();
        Tally tally = Tally.cases(t, court);
        for (int r = t.courtStart(court), end = t.courtEnd(court); r < end; r++) {
            if (!t.type(r).isImplementation() || t.filed(r) > to) continue;
            int c = t.closed(r);
            if (c != Times.NONE && c < from) continue;
            tally.count(r, c != Times.NONE && c <= to);
        }
        return tally.ratio("期内结案", "期初未结+期内新收");
    }
}
