package cn.scorecard.core.explain;

import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.termination.TerminationCheck;
import cn.scorecard.core.termination.TerminationCondition;
import cn.scorecard.core.termination.TerminationVerdict;
import java.util.ArrayList;
import java.util.List;

/** A 终本 closing against the conditions of rules/termination.yaml: each failed one with its SPC rule, and any override. */
final class TerminationFacts implements Facts {
    private final CaseTable cases;
    private final TerminationCheck check;

    TerminationFacts(CaseTable cases, TerminationCheck check) {
        this.cases = cases;
        this.check = check;
    }

    @Override
    public List<String> header() {
        return List.of("结案日期", "不符合的条件", "依据", "人工复核");
    }

    @Override
    public Reason explain(int row, boolean inNumerator) {
        if (!TerminationCheck.isTermination(cases, row)) {
            return Reason.of(inNumerator, List.of(Texts.day(cases.closed(row)), Texts.NONE, Texts.NONE, Texts.NONE),
                    "非终本结案", List.of());
        }
        TerminationVerdict v = check.verdict(row);
        List<String> labels = v.failed().stream().map(TerminationCondition::label).toList();
        List<String> articles = v.failed().stream().map(TerminationCondition::article).distinct().toList();
        String override = !v.overridden() ? Texts.NONE
                : (v.compliant() ? "认定合格" : "认定不合格") + "：" + v.overrideReason()
                + (v.assessor() == null ? "" : "（" + v.assessor() + "）");
        List<String> details = new ArrayList<>();
        String source = check.rules().source();
        for (TerminationCondition c : v.failed()) {
            details.add("未满足：" + c.label() + "。" + source + c.article() + "：“" + c.rule() + "”；要求" + c.needs());
        }
        if (v.overridden()) details.add("人工复核" + override);
        String summary = v.failed().isEmpty() ? "符合全部终本条件" : "不符合：" + String.join("；", labels);
        if (v.overridden()) summary += " · 人工复核" + override;
        List<String> cells = List.of(Texts.day(cases.closed(row)), labels.isEmpty() ? Texts.NONE : String.join("；", labels),
                articles.isEmpty() ? Texts.NONE : String.join("；", articles), override);
        return Reason.of(inNumerator, cells, summary, details);
    }
}
