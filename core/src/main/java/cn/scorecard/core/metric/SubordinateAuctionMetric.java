package cn.scorecard.core.metric;

import cn.scorecard.core.cases.CaseFlag;
import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.StepType;
import cn.scorecard.core.cases.Times;

/**
 * 80%以上的下级法院适用网络司法拍卖: the share of the courts below (for a high court its intermediate and basic
 * courts, for an intermediate court its basic courts) that started an online auction in the period.
 */
final class SubordinateAuctionMetric extends DefinedMetric {
    SubordinateAuctionMetric(MetricDefinition declaration) {
        super(declaration);
    }

    @Override
    public MetricValue compute(EvaluationContext ctx, int court) {
        Tally tally = new Tally(RecordKind.COURT, 0);
        for (int below : ctx.data().courts().descendantsOf(court)) tally.count(below, usedOnlineAuction(ctx, below));
        return tally.ratio("适用网络司法拍卖的下级法院", "下级法院");
    }

    private static boolean usedOnlineAuction(EvaluationContext ctx, int court) {
        CaseTable t = ctx.cases();
        for (int r = t.courtStart(court), end = t.courtEnd(court); r < end; r++) {
            int m = t.step(r, StepType.AUCTION_START);
            if (m != Times.NONE && t.has(r, CaseFlag.ONLINE_AUCTION) && ctx.inPeriod(Times.dayOfMinute(m))) return true;
        }
        return false;
    }
}
