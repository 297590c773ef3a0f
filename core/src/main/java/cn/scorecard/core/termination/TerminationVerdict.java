package cn.scorecard.core.termination;

import java.util.List;

/**
 * Whether a 终本 closing met the rules; {@code failed} names the unmet conditions of the automatic check in the
 * rule file's order (kept even when an assessor overrides it, so the override stays explainable).
 */
public record TerminationVerdict(int caseRow, boolean compliant, List<TerminationCondition> failed,
                                 boolean overridden, String overrideReason, String assessor) {
    public TerminationVerdict {
        failed = List.copyOf(failed);
    }
}
