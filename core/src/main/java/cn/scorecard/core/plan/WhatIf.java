package cn.scorecard.core.plan;

import cn.scorecard.core.catalog.Catalog;
import cn.scorecard.core.evaluation.CourtRecompute;
import cn.scorecard.core.evaluation.CourtResult;
import cn.scorecard.core.evaluation.EvaluationResult;
import cn.scorecard.core.metric.EvaluationContext;
import cn.scorecard.core.metric.MetricRegistry;
import java.util.List;

/**
 * What-if (模拟): a set of actions applied together to a scratch copy of the data and the court's result recomputed
 * (the leaves the actions can move measured again, everything outside the court held fixed). The data never changes.
 */
public final class WhatIf {
    private final MetricRegistry metrics;

    public WhatIf(MetricRegistry metrics) {
        this.metrics = metrics;
    }

    /**
     * The court before and after, every node that changes (old → new), and its rank among the courts of its level
     * (their totals as evaluated).
     */
    public record Outcome(CourtResult before, CourtResult after, List<NodeChange> changes, int rankBefore,
                          int rankAfter, int peers) {
        public Double gain() {
            return before.total() == null || after.total() == null ? null : after.total() - before.total();
        }
    }

    public Outcome apply(Catalog catalog, EvaluationResult result, EvaluationContext ctx, int court, List<Action> actions) {
        CourtRecompute recompute = new CourtRecompute(metrics, catalog, result, ctx, court);
        CourtResult before = recompute.base();
        Hypothesis h = new Hypothesis(ctx);
        for (Action a : actions) h.apply(a);
        CourtResult after = actions.isEmpty() ? before
                : recompute.recompute(h.context(), new MetricReads(before).touchedBy(actions));
        List<CourtResult> peers = result.courts().stream().filter(c -> c.court().level() == before.court().level()).toList();
        return new Outcome(before, after, NodeChange.between(before.areas(), after.areas(), false),
                rank(peers, court, before.total()), rank(peers, court, after.total()), peers.size());
    }

    /** 1 + the number of other courts of the level with a higher total. */
    static int rank(List<CourtResult> peers, int court, Double total) {
        if (total == null) return peers.size();
        int rank = 1;
        for (CourtResult c : peers) {
            if (c.courtIndex() != court && c.total() != null && c.total() > total + 1e-12) rank++;
        }
        return rank;
    }
}
