package cn.scorecard.core.termination;

import cn.scorecard.core.cases.CaseFlag;
import cn.scorecard.core.cases.StepType;
import java.util.List;

/**
 * One condition of a compliant 终本 closing, as {@code rules/termination.yaml} states it: what it needs (one of
 * some steps on or before the closing day, or more than N months since filing), to which cases it applies, and
 * the text of the SPC rule it comes from (shown with every failed condition).
 *
 * @param steps the steps of which one must be recorded on or before the day (empty for a months condition)
 * @param monthsSinceFiling for a months condition, the day must be after 立案 + this many months; else 0
 * @param onlyIfFlag the condition applies only to cases with this flag, or null
 * @param unlessFlag the condition does not apply to cases with this flag, or null
 */
public record TerminationCondition(String id, String label, String article, String rule, List<StepType> steps,
                                   int monthsSinceFiling, CaseFlag onlyIfFlag, CaseFlag unlessFlag) {
    public TerminationCondition {
        steps = List.copyOf(steps);
    }

    /** What the condition needs in words: 流程节点“执行通知” or 立案满3个月后结案. */
    public String needs() {
        if (steps.isEmpty()) return "立案之日起超过" + monthsSinceFiling + "个月后结案";
        return "结案日或之前有流程节点“" + String.join("”或“", steps.stream().map(StepType::label).toList()) + "”";
    }
}
