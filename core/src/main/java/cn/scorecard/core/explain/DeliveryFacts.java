package cn.scorecard.core.explain;

import cn.scorecard.core.cases.CaseTable;
import java.util.List;

/** 执行到位率, case by case: applied amount, delivered amount and their ratio (capped at 100%). */
final class DeliveryFacts implements Facts {
    private final CaseTable cases;

    DeliveryFacts(CaseTable cases) {
        this.cases = cases;
    }

    @Override
    public List<String> header() {
        return List.of("申请标的额（元）", "到位金额（元）", "到位比例");
    }

    @Override
    public Reason explain(int row, boolean inNumerator) {
        long applied = cases.applied(row);
        long delivered = Math.max(0, cases.delivered(row)); // not recorded counts as nothing delivered
        double ratio = applied <= 0 ? 0 : Math.min(1.0, (double) delivered / applied);
        String percent = String.format("%.2f%%", ratio * 100);
        String verdict = ratio >= 1 ? "全部到位" : delivered > 0 ? "部分到位" : "未到位";
        String summary = "申请 " + Texts.yuan(applied) + " 元 · 到位 " + Texts.yuan(delivered) + " 元 · 到位比例 " + percent;
        return new Reason(ratio >= 1, verdict, List.of(Texts.yuan(applied), Texts.yuan(cases.delivered(row)), percent),
                summary, List.of("到位比例 = min(1, 到位金额 ÷ 申请标的额)；未记录到位金额的按 0 计"));
    }
}
