package cn.scorecard.core.termination;

import java.util.Set;

/**
 * Whether a 终本 closing met the rules; {@code failed} names the unmet conditions of the automatic check
 * (kept even when an assessor overrides it, so the override stays explainable).
 */
public record TerminationVerdict(int caseRow, boolean compliant, Set<TerminationCondition> failed,
                                 boolean overridden, String overrideReason) {
    public TerminationVerdict {
        failed = Set.copyOf(failed);
    }
}
