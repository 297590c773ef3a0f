package cn.scorecard.core.plan;

import cn.scorecard.core.catalog.Catalog;
import cn.scorecard.core.catalog.IndicatorNode;
import cn.scorecard.core.catalog.ScoringRule;
import cn.scorecard.core.deadline.DeadlineRules;
import cn.scorecard.core.evaluation.CourtRecompute;
import cn.scorecard.core.evaluation.CourtResult;
import cn.scorecard.core.evaluation.EvaluationResult;
import cn.scorecard.core.evaluation.NodeResult;
import cn.scorecard.core.metric.EvaluationContext;
import cn.scorecard.core.metric.MetricRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The planner (提分计划): every candidate action is applied alone to a scratch copy of the data, the leaves it can move
 * are measured again by the engine, and the court's tree is scored again with everything outside the court held
 * fixed (the other courts' values of peer-compared indicators included). The gain is the exact change of the total.
 * The candidates are tried side by side on the machine's cores, each slice on its own scratch copy; the result is the
 * same whatever the number of threads.
 */
public final class Planner {
    /** The candidates are tried on this many threads at most (the machine's cores, up to 4). */
    static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    private final MetricRegistry metrics;
    private final DeadlineRules rules;

    public Planner(MetricRegistry metrics, DeadlineRules rules) {
        this.metrics = metrics;
        this.rules = rules;
    }

    /**
     * @param ctx     the context the result was evaluated in (same data and period)
     * @param planDay the first day actions can be taken (epoch day)
     * @param target  the target date (epoch day); actions count up to the earlier of it and the period's end
     */
    public Plan plan(Catalog catalog, EvaluationResult result, EvaluationContext ctx, int court, int planDay, int target) {
        int lastDay = Math.min(target, ctx.periodEnd());
        CourtRecompute recompute = new CourtRecompute(metrics, catalog, result, ctx, court);
        CourtResult base = recompute.base();
        MetricReads reads = new MetricReads(base);
        List<Action> candidates = Candidates.of(ctx, rules, court, planDay, lastDay);
        List<PlannedAction> planned = tryAll(recompute, reads, ctx, base, candidates);
        planned.sort(Comparator.comparingDouble(PlannedAction::gain).reversed()
                .thenComparingInt(p -> p.action().deadlineDay()).thenComparing(p -> p.action().id()));
        List<TargetReach> targets = targets(catalog, base, planned, recompute, new Hypothesis(ctx));
        return new Plan(base, planDay, lastDay, candidates.size(), planned, targets);
    }

    /**
     * Every candidate applied alone, in {@link #THREADS} slices side by side, each on its own scratch data; the actions
     * that raise the total, in the candidates' order (so the result does not depend on the threads).
     */
    static List<PlannedAction> tryAll(CourtRecompute recompute, MetricReads reads, EvaluationContext ctx,
                                      CourtResult base, List<Action> candidates) {
        int slices = Math.max(1, Math.min(THREADS, candidates.size() / 64));
        PlannedAction[] out = new PlannedAction[candidates.size()];
        IntStream.range(0, slices).parallel().forEach(slice -> {
            Hypothesis h = new Hypothesis(ctx);
            for (int i = slice; i < candidates.size(); i += slices) {
                Action a = candidates.get(i);
                h.apply(a);
                CourtResult after = trial(recompute, reads, h, a);
                h.reset();
                double gain = after.total() == null || base.total() == null ? 0 : after.total() - base.total();
                if (gain > 1e-9) out[i] = new PlannedAction(a, gain, NodeChange.between(base.areas(), after.areas(), true));
            }
        });
        List<PlannedAction> planned = new ArrayList<>();
        for (PlannedAction p : out) {
            if (p != null) planned.add(p);
        }
        return planned;
    }

    /**
     * The court with one action applied. A case action (and a payment release, for what the case reads of its payments)
     * changes one case: the sums over cases are updated by that case's part after the change minus its part before (the
     * engine's metrics computed on the one case); the leaves over petitions, matters and payments are measured again in
     * full.
     */
    static CourtResult trial(CourtRecompute recompute, MetricReads reads, Hypothesis h, Action a) {
        int row = h.caseRow(a);
        return row >= 0 ? recompute.recompute(h.context(), reads.touchedBy(List.of(a)), h.rowBefore(row), h.rowAfter(row))
                : recompute.recompute(h.context(), reads.touchedBy(List.of(a)));
    }

    /**
     * Per missed target, the listed actions that raise the indicator are added in order of their own effect on it
     * (then gain) until the target is reached on the data with all of them applied. For a rate, where each action adds
     * at most one record to the numerator and to the denominator, the largest single effects first is the fewest.
     */
    private List<TargetReach> targets(Catalog catalog, CourtResult base, List<PlannedAction> planned,
                                      CourtRecompute recompute, Hypothesis h) {
        List<TargetReach> out = new ArrayList<>();
        for (IndicatorNode n : catalog.allNodes()) {
            ScoringRule rule = n.scoring().rule();
            if (!n.isLeaf() || n.metric() == null || (rule != ScoringRule.TARGET && rule != ScoringRule.MIN_YEARS_TARGET)) continue;
            NodeResult leaf = base.find(n.code());
            if (leaf == null || leaf.score() == null || leaf.value() == null) continue;
            double target = n.scoring().target();
            if (leaf.value() >= target - 1e-12) continue;
            List<PlannedAction> helping = planned.stream().filter(p -> delta(p, n.code()) > 1e-12)
                    .sorted(Comparator.comparingDouble((PlannedAction p) -> delta(p, n.code())).reversed()
                            .thenComparing(Comparator.comparingDouble(PlannedAction::gain).reversed()))
                    .toList();
            double best = leaf.value();
            Integer needed = null;
            List<String> ids = new ArrayList<>();
            for (PlannedAction p : helping) {
                h.apply(p.action());
                ids.add(p.action().id());
                NodeResult now = recompute.recompute(h.context(), n.metric()::equals).find(n.code());
                if (now.value() != null) best = Math.max(best, now.value());
                if (now.value() != null && now.value() >= target - 1e-12) {
                    needed = ids.size();
                    break;
                }
            }
            h.reset();
            out.add(new TargetReach(n.code(), n.name(), target, leaf.value(), needed, best,
                    needed == null ? List.of() : ids));
        }
        return out;
    }

    private static double delta(PlannedAction p, String code) {
        for (NodeChange c : p.changes()) {
            if (c.code().equals(code)) return c.valueDelta();
        }
        return 0;
    }
}
