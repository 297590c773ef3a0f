package cn.scorecard.core.explain;

import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.PeriodAdjustment;
import cn.scorecard.core.cases.StepType;
import cn.scorecard.core.cases.Times;
import cn.scorecard.core.data.FieldAction;
import cn.scorecard.core.data.Payment;
import cn.scorecard.core.metric.EvaluationContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A case's steps and the other dated records of it, in time order (the case page's timeline). */
public final class CaseTimeline {
    private CaseTimeline() {
    }

    public static List<CaseEvent> of(EvaluationContext ctx, int row) {
        CaseTable t = ctx.cases();
        List<CaseEvent> out = new ArrayList<>();
        out.add(new CaseEvent(t.filed(row) * Times.MINUTES_PER_DAY, true, "立案", t.type(row).label()));
        for (StepType s : StepType.values()) {
            int first = t.step(row, s);
            if (first == Times.NONE) continue;
            out.add(new CaseEvent(first, false, s.label(), ""));
            for (int m : t.laterSteps(row, s)) out.add(new CaseEvent(m, false, s.label(), "再次"));
        }
        for (Payment p : ctx.paymentsOf(row)) {
            out.add(new CaseEvent(p.arrivedMinute(), false, "执行款到账", Texts.yuan(p.amountFen()) + " 元"));
            if (p.releasedMinute() != Times.NONE) {
                out.add(new CaseEvent(p.releasedMinute(), false, "执行款发放", Texts.yuan(p.amountFen()) + " 元"
                        + (p.lateApproved() ? "，超期经审批" : "")));
            }
        }
        for (int i : fieldActionsOf(ctx, row)) {
            FieldAction f = ctx.data().fieldActions().get(i);
            out.add(new CaseEvent(f.minute(), false, "强制执行行动", (f.recorderUsed() ? "使用执法记录仪" : "未使用执法记录仪")
                    + (f.archived() ? "，已归档" : "")));
        }
        for (PeriodAdjustment a : t.adjustments(row)) {
            int day = a.startDay() == Times.NONE ? t.filed(row) : a.startDay();
            out.add(new CaseEvent(day * Times.MINUTES_PER_DAY, true, a.kind().label(), a.describe()));
        }
        if (t.isClosed(row)) {
            out.add(new CaseEvent((t.closed(row) + 1) * Times.MINUTES_PER_DAY - 1, true, "结案",
                    t.method(row) == null ? "" : t.method(row).label()));
        }
        out.sort(Comparator.comparingInt(CaseEvent::minute)); // stable: 立案 first on its day, 结案 after the steps of its day
        return out;
    }

    private static int[] fieldActionsOf(EvaluationContext ctx, int row) {
        int court = ctx.cases().court(row);
        return java.util.Arrays.stream(ctx.fieldActionsOf(court))
                .filter(i -> ctx.data().fieldActions().get(i).caseRow() == row).toArray();
    }
}
