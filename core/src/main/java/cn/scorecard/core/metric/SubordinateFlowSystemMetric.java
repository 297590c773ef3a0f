package cn.scorecard.core.metric;

import cn.scorecard.core.cases.CaseFlag;
import cn.scorecard.core.cases.CaseTable;

/**
 * 下级法院统一在执行案件流程信息管理系统中立案、办理、结案 from the subordinate courts' case data: of the courts below (for a
 * high court its intermediate and basic courts, for an intermediate court its basic courts) that handled cases in the
 * period, those with at least one case flagged 未纳入流程系统. Courts below without case data are not counted; when
 * none has any the value is empty (the leaf's evidence decides).
 */
final class SubordinateFlowSystemMetric extends DefinedMetric {
    SubordinateFlowSystemMetric(MetricDefinition declaration) {
        super(declaration);
    }

    @Override
    public MetricValue compute(EvaluationContext ctx, int court) {
        Tally tally = new Tally(RecordKind.COURT, 0);
        CaseTable t = ctx.cases();
        for (int below : ctx.data().courts().descendantsOf(court)) {
            boolean any = false;
            boolean outside = false;
            for (int r = t.courtStart(below), end = t.courtEnd(below); r < end && !outside; r++) {
                if (!FlowSystemMetric.handled(ctx, t, r)) continue;
                any = true;
                outside = t.has(r, CaseFlag.OUTSIDE_SYSTEM);
            }
            tally.countWhere(below, any, outside);
        }
        return tally.ratio("有案件未纳入流程系统的下级法院", "期内有案件数据的下级法院");
    }
}
