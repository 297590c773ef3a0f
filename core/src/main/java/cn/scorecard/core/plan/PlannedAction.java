package cn.scorecard.core.plan;

import java.util.List;

/**
 * An action with what it does to the court's result, computed by the engine on the data with the action applied:
 * {@code gain} is the exact change of the total, {@code changes} the leaves it moves (old → new).
 */
public record PlannedAction(Action action, double gain, List<NodeChange> changes) {
    public PlannedAction {
        changes = List.copyOf(changes);
    }

    public boolean moves(String code) {
        return changes.stream().anyMatch(c -> c.code().equals(code));
    }
}
