package cn.scorecard.core.explain;

import cn.scorecard.core.cases.Times;
import cn.scorecard.core.data.Matter;
import cn.scorecard.core.metric.EvaluationContext;
import java.util.List;

/** Delegated, supervised and other matters (事项) on their own dates: received, due, done or 未办结, days over. */
final class MatterFacts implements Facts {
    private final EvaluationContext ctx;

    MatterFacts(EvaluationContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public List<String> header() {
        return List.of("事项编号", "类型", "收到日期", "办理期限", "办结日期", "说明");
    }

    @Override
    public Reason explain(int index, boolean inNumerator) {
        Matter m = ctx.data().matters().get(index);
        int end = ctx.periodEnd();
        boolean done = m.doneDay() != Times.NONE && m.doneDay() <= end;
        String note;
        if (done) {
            String used = "用时 " + (m.doneDay() - m.receivedDay()) + " 日";
            note = m.deadlineDay() == Times.NONE ? used
                    : m.doneDay() <= m.deadlineDay() ? "期限内办结，" + used : "超期 " + (m.doneDay() - m.deadlineDay()) + " 日办结";
        } else {
            note = m.deadlineDay() != Times.NONE && m.deadlineDay() < end
                    ? "未办结，截至 " + Texts.day(end) + " 超期 " + (end - m.deadlineDay()) + " 日" : "未办结";
        }
        String doneText = done ? Texts.day(m.doneDay()) : "未办结";
        return Reason.of(inNumerator, List.of(m.id(), m.type().label(), Texts.day(m.receivedDay()), Texts.day(m.deadlineDay()),
                doneText, note), "期限 " + Texts.day(m.deadlineDay()) + " · 办结 " + doneText + " · " + note, List.of());
    }
}
