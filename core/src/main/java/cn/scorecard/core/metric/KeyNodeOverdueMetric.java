package cn.scorecard.core.metric;

import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.data.Payment;
import cn.scorecard.core.deadline.DeadlineCheck;
import cn.scorecard.core.deadline.DeadlineRule;
import cn.scorecard.core.deadline.DeadlineRules;
import java.util.BitSet;

/**
 * 关键节点平均超期数 = 关键节点超期总数 ÷ 首次执行案件结案数, over first-enforcement cases closed in the period.
 * Key nodes are the deadline rules listed as keyNodes in rules/deadlines.yaml plus each 执行款 (unless a late
 * release was approved). Every node is counted the same way ({@link DeadlineCheck#overdue}): done late, or not
 * done while its deadline fell on or before the closing day.
 */
final class KeyNodeOverdueMetric extends DefinedMetric {
    private final DeadlineRules rules;

    KeyNodeOverdueMetric(MetricDefinition declaration, DeadlineRules rules) {
        super(declaration);
        this.rules = rules;
    }

    @Override
    public MetricValue compute(EvaluationContext ctx, int court) {
        CaseTable t = ctx.cases();
        DeadlineCheck check = new DeadlineCheck(t, ctx.calendar());
        int[] closed = t.closedColumn();
        int start = t.courtStart(court);
        BitSet base = new BitSet(t.courtEnd(court) - start);
        BitSet late = new BitSet(t.courtEnd(court) - start);
        long overdue = 0;
        int n = 0;
        for (int r : ctx.closedFirstEnforcement(court)) {
            n++;
            base.set(r - start);
            int count = 0;
            for (DeadlineRule rule : rules.keyNodes()) {
                if (check.overdueAtClosing(rule, r)) count++;
            }
            for (Payment p : ctx.paymentsOf(r)) {
                int limit = rules.paymentRelease().limitMinute(p.arrivedMinute(), ctx.calendar());
                if (!p.lateApproved() && DeadlineCheck.overdue(p.releasedMinute(), limit, closed[r])) count++;
            }
            if (count > 0) late.set(r - start);
            overdue += count;
        }
        return MetricValue.ratio(overdue, n, new RecordSet(RecordKind.CASE, start, late),
                new RecordSet(RecordKind.CASE, start, base), "关键节点超期 " + overdue + " 个 ÷ 结案 " + n + " 件");
    }
}
