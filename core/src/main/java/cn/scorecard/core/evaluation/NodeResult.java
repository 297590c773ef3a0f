package cn.scorecard.core.evaluation;

import cn.scorecard.core.catalog.IndicatorNode;
import cn.scorecard.core.metric.MetricValue;
import java.util.List;

/**
 * One indicator's result for one court.
 *
 * @param effectiveWeight percent of the parent after N/A renormalisation (0 when not applicable)
 * @param value the measured value (a rate as a fraction, a count, a mean), null for evidence or N/A
 * @param score 0–100, null when not applicable
 * @param explanation numerator, denominator and the records counted (null for evidence and groups)
 * @param note how the score came about in words (evidence status, 无此类案件, peer range, yearly values …)
 */
public record NodeResult(IndicatorNode node, double effectiveWeight, boolean applicable, Double value,
                         Double score, MetricValue explanation, String note, List<NodeResult> children) {
    public NodeResult {
        children = List.copyOf(children);
    }

    NodeResult withEffectiveWeight(double weight) {
        return new NodeResult(node, weight, applicable, value, score, explanation, note, children);
    }

    public String code() {
        return node.code();
    }

    public Double numerator() {
        return explanation == null ? null : explanation.numerator();
    }

    public Double denominator() {
        return explanation == null ? null : explanation.denominator();
    }

    /** This node or a descendant with the given code, or null. */
    public NodeResult find(String code) {
        if (node.code().equals(code)) return this;
        for (NodeResult c : children) {
            NodeResult f = c.find(code);
            if (f != null) return f;
        }
        return null;
    }
}
