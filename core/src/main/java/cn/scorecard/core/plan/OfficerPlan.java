package cn.scorecard.core.plan;

import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.metric.EvaluationContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * An officer's own planner (执行干警): the court's planned actions on the officer's own cases, each with its gain for
 * the court and its effect on the officer's monthly assessment, both computed on the data with the action applied.
 * The assessment is the caller's (the staff rules and the assessment group's records live outside the core).
 */
public final class OfficerPlan {
    private OfficerPlan() {
    }

    /** One action: its gain for the court, and the officer's monthly total before and after (null: not assessed). */
    public record Item(PlannedAction planned, Double staffBefore, Double staffAfter) {
        public Double staffChange() {
            return staffBefore == null || staffAfter == null ? null : staffAfter - staffBefore;
        }
    }

    /**
     * Every one of the officer's actions gets its effect on the officer's month (the assessment of one person is
     * arithmetic over the cases that name them, see {@code StaffAssessor.totalOf}).
     *
     * @param staff        the officer's index in the staff roster
     * @param officerTotal the officer's monthly total on given data (the month of the planning day)
     */
    public static List<Item> of(Plan plan, EvaluationContext ctx, int staff, Function<ProvinceData, Double> officerTotal) {
        List<PlannedAction> own = plan.actions().stream().filter(p -> p.action().staff() == staff).toList();
        Double before = own.isEmpty() ? null : officerTotal.apply(ctx.data());
        Hypothesis h = new Hypothesis(ctx);
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < own.size(); i++) {
            PlannedAction p = own.get(i);
            h.apply(p.action());
            Double after = officerTotal.apply(h.data());
            h.reset();
            out.add(new Item(p, before, after));
        }
        // the court's gain first; where two are equal, the larger effect on the officer's own month
        out.sort(Comparator.comparingDouble((Item it) -> it.planned().gain()).reversed()
                .thenComparing(it -> it.staffChange() == null ? 0 : -it.staffChange()));
        return out;
    }
}
