package cn.scorecard.core.metric;

import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.CaseType;
import cn.scorecard.core.cases.Times;

/**
 * 结案率 of one case type: cases closed in the period ÷ cases to be handled in the period (受理 = pending at
 * the period's start + filed in the period). Used for 执行异议 and the 执复/执协/执监/执请 review cases.
 */
final class PendingClosureRateMetric extends DefinedMetric {
    private final CaseType caseType;

    PendingClosureRateMetric(MetricDefinition declaration, CaseType caseType) {
        super(declaration);
        this.caseType = caseType;
    }

    @Override
    public MetricValue compute(EvaluationContext ctx, int court) {
        CaseTable t = ctx.cases();
        byte[] type = t.typeColumn();
        int[] filed = t.filedColumn();
        int[] closed = t.closedColumn();
        int wanted = caseType.ordinal();
        int from = ctx.periodStart();
        int to = ctx.periodEnd();
        int start = t.courtStart(court);
        Tally tally = Tally.cases(t, court);
        for (int r = start, end = t.courtEnd(court); r < end; r++) {
            if (type[r] != wanted || filed[r] > to) continue;
            int c = closed[r];
            if (c != Times.NONE && c < from) continue;
            tally.count(r, c != Times.NONE && c <= to);
        }
        return tally.ratio("期内结案", "受理（旧存+新收）");
    }
}
