package cn.scorecard.core.plan;

import cn.scorecard.core.evaluation.CourtResult;
import java.util.List;

/**
 * A court's planner (提分计划): the actions that still raise its total between {@code planDay} and {@code lastDay}
 * (the earlier of the target date and the period's end), the largest gain first, then the most urgent; and, per
 * indicator with a missed target, how many of them reach it.
 *
 * @param candidates how many actions were tried (those that move no score are left out of {@code actions})
 */
public record Plan(CourtResult base, int planDay, int lastDay, int candidates, List<PlannedAction> actions,
                   List<TargetReach> targets) {
    public Plan {
        actions = List.copyOf(actions);
        targets = List.copyOf(targets);
    }
}
