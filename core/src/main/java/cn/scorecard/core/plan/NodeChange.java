package cn.scorecard.core.plan;

import cn.scorecard.core.evaluation.NodeResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A node whose value or score differs between two results of the same court: old → new. */
public record NodeChange(String code, String name, int depth, boolean leaf, Double oldValue, Double newValue,
                         Double oldScore, Double newScore) {

    /** The nodes that change, depth first, comparing the two trees of one catalog node by node. */
    static List<NodeChange> between(List<NodeResult> before, List<NodeResult> after, boolean leavesOnly) {
        List<NodeChange> out = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) walk(before.get(i), after.get(i), 0, leavesOnly, out);
        return out;
    }

    private static void walk(NodeResult a, NodeResult b, int depth, boolean leavesOnly, List<NodeChange> out) {
        boolean leaf = a.children().isEmpty();
        if ((leaf || !leavesOnly) && (differs(a.score(), b.score()) || differs(a.value(), b.value()))) {
            out.add(new NodeChange(a.code(), a.node().name(), depth, leaf, a.value(), b.value(), a.score(), b.score()));
        }
        for (int i = 0; i < a.children().size(); i++) walk(a.children().get(i), b.children().get(i), depth + 1, leavesOnly, out);
    }

    static boolean differs(Double x, Double y) {
        if (x == null || y == null) return !Objects.equals(x, y);
        return Math.abs(x - y) > 1e-12;
    }

    /** The change of the value (new − old), 0 when either is missing. */
    public double valueDelta() {
        return oldValue == null || newValue == null ? 0 : newValue - oldValue;
    }
}
