package cn.scorecard.core.plan;

import cn.scorecard.core.evaluation.CourtResult;
import java.util.List;

/**
 * Forecast (预测): the value at the period's end if nothing more is done, beside today's. Today's values are the
 * court's evaluation of the period up to today; the period's end is the evaluation of the whole period on the same
 * data, where every clock that runs out before the end while its case is still open has become a miss (denominators
 * grow with time: cases passing their statutory or absolute period, node deadlines falling due). Only the leaves
 * whose value or score differs are listed: old = today, new = the period's end.
 */
public final class Forecast {
    private Forecast() {
    }

    public record Sheet(CourtResult today, CourtResult periodEnd, List<NodeChange> changes) {
        public Double totalChange() {
            return today.total() == null || periodEnd.total() == null ? null : periodEnd.total() - today.total();
        }
    }

    public static Sheet of(CourtResult today, CourtResult periodEnd) {
        return new Sheet(today, periodEnd, NodeChange.between(today.areas(), periodEnd.areas(), true));
    }
}
