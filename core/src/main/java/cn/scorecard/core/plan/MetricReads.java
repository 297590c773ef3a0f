package cn.scorecard.core.plan;

import cn.scorecard.core.evaluation.CourtResult;
import cn.scorecard.core.evaluation.NodeResult;
import cn.scorecard.core.metric.MetricValue;
import cn.scorecard.core.metric.RecordKind;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which metrics an action can move, so that only those are measured again: a metric reads the kinds of records its
 * numerator and denominator are made of (a case closing cannot move 执行款发放及时率, a petition cannot move 执行完毕率).
 * A leaf whose kinds are not known (no explanation) is measured again for every action.
 */
final class MetricReads {
    private final Map<String, Set<RecordKind>> kinds = new HashMap<>();

    MetricReads(CourtResult base) {
        for (NodeResult a : base.areas()) collect(a);
    }

    private void collect(NodeResult n) {
        if (n.children().isEmpty()) {
            String metric = n.node().metric();
            if (metric == null) return;
            MetricValue e = n.explanation();
            Set<RecordKind> k = e == null || e.numeratorRecords() == null || e.denominatorRecords() == null
                    ? EnumSet.allOf(RecordKind.class)
                    : EnumSet.of(e.numeratorRecords().kind(), e.denominatorRecords().kind());
            kinds.merge(metric, k, (x, y) -> {
                Set<RecordKind> both = EnumSet.copyOf(x);
                both.addAll(y);
                return both;
            });
            return;
        }
        for (NodeResult c : n.children()) collect(c);
    }

    /** The kinds of record an action changes: a payment release changes the payment and what its case reads of it. */
    static Set<RecordKind> kindsOf(ActionKind a) {
        return switch (a) {
            case CLOSE_CASE, DO_STEP -> EnumSet.of(RecordKind.CASE);
            case CONCLUDE_PETITION -> EnumSet.of(RecordKind.PETITION);
            case CONCLUDE_MATTER -> EnumSet.of(RecordKind.MATTER);
            // 关键节点平均超期数 reads the release of a case's payments
            case RELEASE_PAYMENT -> EnumSet.of(RecordKind.PAYMENT, RecordKind.CASE);
        };
    }

    /** The metrics that any of the actions may move. */
    Predicate<String> touchedBy(Collection<Action> actions) {
        Set<RecordKind> read = EnumSet.noneOf(RecordKind.class);
        for (Action a : actions) read.addAll(kindsOf(a.kind()));
        return metric -> {
            Set<RecordKind> k = kinds.get(metric);
            if (k == null) return true;
            for (RecordKind r : k) {
                if (read.contains(r)) return true;
            }
            return false;
        };
    }
}
