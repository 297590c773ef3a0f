package cn.scorecard.core.explain;

import cn.scorecard.core.data.FieldAction;
import cn.scorecard.core.metric.EvaluationContext;
import java.util.List;

/** 强制执行行动 on its own date: whether a body camera was used and the footage archived. */
final class FieldActionFacts implements Facts {
    private final EvaluationContext ctx;

    FieldActionFacts(EvaluationContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public List<String> header() {
        return List.of("案号", "行动时间", "使用执法记录仪", "资料已归档");
    }

    @Override
    public Reason explain(int index, boolean inNumerator) {
        FieldAction f = ctx.data().fieldActions().get(index);
        String used = f.recorderUsed() ? "是" : "否";
        String archived = f.archived() ? "是" : "否";
        return Reason.of(inNumerator, List.of(ctx.cases().number(f.caseRow()), Texts.minute(f.minute()), used, archived),
                "行动 " + Texts.minute(f.minute()) + " · 执法记录仪 " + used + " · 归档 " + archived, List.of());
    }
}
