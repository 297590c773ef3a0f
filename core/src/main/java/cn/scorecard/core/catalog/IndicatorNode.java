package cn.scorecard.core.catalog;

import java.util.List;

/**
 * One node of an indicator tree.
 *
 * @param code stable code such as B1.01.2 (level-1 area B1, level-2 B1.01, level-3 B1.01.2)
 * @param weight percent of the parent (the children of a node add up to 100)
 * @param requirement the seed's 基本要求 (or the formula text where the seed gives one instead)
 * @param metric the metric id for computed values, null when the value comes from evidence
 */
public record IndicatorNode(String code, String name, double weight, IndicatorKind kind, String requirement,
                            String metric, Scoring scoring, Applicability applicability,
                            List<IndicatorNode> children) {
    public IndicatorNode {
        children = children == null ? List.of() : List.copyOf(children);
        if (applicability == null) applicability = Applicability.ALWAYS;
    }

    public boolean isLeaf() {
        return children.isEmpty();
    }

    /**
     * A leaf whose score may come from evidence (佐证材料): one without a metric, or one computed from data that falls
     * back to its evidence where the data does not exist ({@link Scoring#evidenceFallback}).
     */
    public boolean takesEvidence() {
        return isLeaf() && scoring.rule() != ScoringRule.SUBORDINATE_MEAN && (metric == null || scoring.evidenceFallback());
    }
}
