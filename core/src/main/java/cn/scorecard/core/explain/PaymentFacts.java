package cn.scorecard.core.explain;

import cn.scorecard.core.cases.Times;
import cn.scorecard.core.data.Payment;
import cn.scorecard.core.deadline.DeadlineRules;
import cn.scorecard.core.metric.EvaluationContext;
import java.util.List;

/** 执行款发放的及时性, payment by payment: when it became releasable, when it was due and released, and lateness. */
final class PaymentFacts implements Facts {
    private final EvaluationContext ctx;
    private final DeadlineRules rules;

    PaymentFacts(EvaluationContext ctx, DeadlineRules rules) {
        this.ctx = ctx;
        this.rules = rules;
    }

    @Override
    public List<String> header() {
        return List.of("案号", "到账（具备发放条件）", "应发放（届满）", "发放时间", "超期", "超期经审批");
    }

    @Override
    public Reason explain(int index, boolean inNumerator) {
        Payment p = ctx.data().payments().get(index);
        int limit = rules.paymentRelease().limitMinute(p.arrivedMinute(), ctx.calendar());
        int asOf = (ctx.periodEnd() + 1) * Times.MINUTES_PER_DAY - 1;
        boolean released = p.releasedMinute() != Times.NONE && p.releasedMinute() <= asOf;
        String due = Texts.due(rules.paymentRelease(), limit);
        String late = released ? Texts.lateness(rules.paymentRelease(), limit, p.releasedMinute(), ctx.calendar())
                : asOf >= limit ? "未发放，截至期末" + Texts.lateness(rules.paymentRelease(), limit, asOf, ctx.calendar())
                : "未届期";
        String releasedText = released ? Texts.minute(p.releasedMinute()) : "未发放";
        String summary = "应发放 " + due + " · 实际发放 " + releasedText + " · " + late
                + (p.lateApproved() ? " · 超期经审批" : "");
        return Reason.of(inNumerator, List.of(ctx.cases().number(p.caseRow()), Texts.minute(p.arrivedMinute()), due,
                releasedText, late, p.lateApproved() ? "是" : "否"), summary, List.of(rules.paymentReleaseName()));
    }
}
