package cn.scorecard.core.explain;

import cn.scorecard.core.calendar.WorkCalendar;
import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.Times;
import cn.scorecard.core.data.Payment;
import cn.scorecard.core.deadline.DeadlineCheck;
import cn.scorecard.core.deadline.DeadlineRule;
import cn.scorecard.core.deadline.DeadlineRules;
import cn.scorecard.core.metric.EvaluationContext;
import java.util.ArrayList;
import java.util.List;

/**
 * 关键节点平均超期数, case by case: every key node the case counts as overdue (done late, or not done while its
 * deadline fell on or before the closing day), with its deadline. Lower is better: a case with none has met it.
 */
final class KeyNodeFacts implements Facts {
    private final EvaluationContext ctx;
    private final DeadlineRules rules;
    private final DeadlineCheck check;

    KeyNodeFacts(EvaluationContext ctx, DeadlineRules rules) {
        this.ctx = ctx;
        this.rules = rules;
        this.check = new DeadlineCheck(ctx.cases(), ctx.calendar());
    }

    @Override
    public List<String> header() {
        return List.of("结案日期", "超期节点数", "超期节点");
    }

    @Override
    public Reason explain(int row, boolean inNumerator) {
        CaseTable t = ctx.cases();
        WorkCalendar cal = ctx.calendar();
        List<String> names = new ArrayList<>();
        List<String> details = new ArrayList<>();
        for (DeadlineRule rule : rules.keyNodes()) {
            if (!check.overdueAtClosing(rule, row)) continue;
            int start = check.startMinute(rule, row);
            int limit = check.limitMinute(rule, start);
            int done = check.doneMinute(rule, row, start);
            names.add(shortName(rule.name()));
            details.add(rule.name() + "：应于 " + Texts.due(rule.within(), limit) + " 前完成，"
                    + (done == Times.NONE ? "结案时未完成" : Texts.minute(done) + " 完成，" + Texts.lateness(rule.within(), limit, done, cal)));
        }
        for (Payment p : ctx.paymentsOf(row)) {
            int limit = rules.paymentRelease().limitMinute(p.arrivedMinute(), cal);
            if (p.lateApproved() || !DeadlineCheck.overdue(p.releasedMinute(), limit, t.closed(row))) continue;
            names.add("执行款发放");
            details.add(rules.paymentReleaseName() + "：" + Texts.minute(p.arrivedMinute()) + " 到账，应于 "
                    + Texts.due(rules.paymentRelease(), limit) + " 前发放，" + (p.releasedMinute() == Times.NONE ? "未发放"
                    : Texts.minute(p.releasedMinute()) + " 发放"));
        }
        boolean none = names.isEmpty();
        String summary = none ? "无超期节点" : "超期节点 " + names.size() + " 个：" + String.join("、", names);
        return Reason.of(none, List.of(Texts.day(t.closed(row)), Integer.toString(names.size()),
                none ? Texts.NONE : String.join("、", names)), summary, details);
    }

    private static String shortName(String name) {
        int colon = name.indexOf('：');
        return colon < 0 ? name : name.substring(0, colon);
    }
}
