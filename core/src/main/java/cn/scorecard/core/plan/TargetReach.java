package cn.scorecard.core.plan;

import java.util.List;

/**
 * For an indicator with a target (≥ 90% …) that the court misses: the smallest number of the listed actions that
 * reaches it ({@code needed}, with their ids), or {@code needed == null} (不可达) with the best value all the listed
 * actions together reach.
 */
public record TargetReach(String code, String name, double target, double value, Integer needed, double bestValue,
                          List<String> actionIds) {
    public TargetReach {
        actionIds = List.copyOf(actionIds);
    }

    public boolean reachable() {
        return needed != null;
    }
}
