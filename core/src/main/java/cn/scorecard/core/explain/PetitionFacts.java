package cn.scorecard.core.explain;

import cn.scorecard.core.cases.Times;
import cn.scorecard.core.data.Petition;
import cn.scorecard.core.metric.EvaluationContext;
import java.util.List;

/**
 * Petitions (信访) on their own dates: registered, concluded by the period's end (plus a conclusion metric's grace
 * days) or not, resolved or not.
 */
final class PetitionFacts implements Facts {
    private final EvaluationContext ctx;
    private final int graceDays;

    PetitionFacts(EvaluationContext ctx, int graceDays) {
        this.ctx = ctx;
        this.graceDays = graceDays;
    }

    @Override
    public List<String> header() {
        return List.of("信访编号", "登记日期", "来源", "办结日期", "化解", "说明");
    }

    @Override
    public Reason explain(int index, boolean inNumerator) {
        Petition p = ctx.data().petitions().get(index);
        int end = ctx.periodEnd() + graceDays;
        boolean done = p.concludedDay() != Times.NONE && p.concludedDay() <= end;
        String note = done ? "办结，用时 " + (p.concludedDay() - p.registeredDay()) + " 日"
                : "截至 " + Texts.day(end) + " 未办结（已 " + (end - p.registeredDay()) + " 日）";
        if (p.resolved()) note += "，已化解";
        String doneText = done ? Texts.day(p.concludedDay()) : "未办结";
        return Reason.of(inNumerator, List.of(p.id(), Texts.day(p.registeredDay()), p.source().label(), doneText,
                p.resolved() ? "是" : "否", note), "登记 " + Texts.day(p.registeredDay()) + " · " + note, List.of());
    }
}
