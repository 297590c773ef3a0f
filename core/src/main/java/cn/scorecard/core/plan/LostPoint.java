package cn.scorecard.core.plan;

import cn.scorecard.core.evaluation.NodeResult;
import java.util.List;

/**
 * What one applicable leaf costs a court's total (失分): {@code (100 − score) × share}, where {@code share} is
 * the product of the effective weights (after N/A renormalisation) from the area down to the leaf, as a fraction
 * of the total. The lost points of every applicable leaf plus the total make 100.
 *
 * @param path      the nodes from the area down to the leaf (the leaf last)
 * @param share     the leaf's share of the total (0–1): how many points of the total one point of its score is worth
 * @param shortfall records still needed to reach the target with the denominator as it is (还差 N 件), null when
 *                  the rule has no such count (peer comparison, evidence, three-year minimum)
 * @param peerBest  for peer-compared leaves, the best value among the courts of the level (the target in effect)
 * @param subordinates for the 所辖法院均值 leaf of a higher court, each subordinate's part of the lost points
 */
public record LostPoint(List<NodeResult> path, double share, double points, Integer shortfall, Double peerBest,
                        List<SubordinateShare> subordinates) {
    public LostPoint {
        path = List.copyOf(path);
        subordinates = List.copyOf(subordinates);
    }

    public NodeResult leaf() {
        return path.get(path.size() - 1);
    }

    public String code() {
        return leaf().code();
    }

    /** One subordinate court's part of the 所辖法院均值 leaf's lost points: {@code (100 − total) ÷ n × share}. */
    public record SubordinateShare(String courtCode, String courtName, double total, double points) {
    }
}
