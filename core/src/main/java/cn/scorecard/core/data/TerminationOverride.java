package cn.scorecard.core.data;

/** An assessor's decision that overrides the automatic 终本 compliance check of one case. */
public record TerminationOverride(int caseRow, boolean compliant, String reason, String assessor) {
    public TerminationOverride {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("终本合格性人工复核必须写明理由");
        }
    }
}
