package cn.scorecard.core.metric;

import cn.scorecard.core.cases.CaseFlag;
import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.Times;

/**
 * 执行案件是否均纳入案件流程信息管理系统 from the case data: the court's enforcement cases handled in the period (filed on
 * or before its last day and not closed before its first) that carry 未纳入流程系统 ÷ all of them. 全部纳入 is a
 * must-be-zero reading (any such case fails the leaf); a court without cases in the period has no value, and a leaf
 * with {@code evidenceFallback} is then assessed from its evidence.
 */
final class FlowSystemMetric extends DefinedMetric {
    FlowSystemMetric(MetricDefinition declaration) {
        super(declaration);
    }

    @Override
    public MetricValue compute(EvaluationContext ctx, int court) {
        CaseTable t = ctx.cases();
        Tally tally = Tally.cases(t, court);
        for (int r = t.courtStart(court), end = t.courtEnd(court); r < end; r++) {
            tally.countWhere(r, handled(ctx, t, r), t.has(r, CaseFlag.OUTSIDE_SYSTEM));
        }
        return tally.ratio("未纳入流程系统的案件", "期内办理的执行案件");
    }

    /** Filed on or before the period's last day, and open or closed on or after its first. */
    static boolean handled(EvaluationContext ctx, CaseTable t, int row) {
        int closed = t.closed(row);
        return t.filed(row) <= ctx.periodEnd() && (closed == Times.NONE || closed >= ctx.periodStart());
    }
}
