package cn.scorecard.bench;

import cn.scorecard.core.catalog.Catalog;
import cn.scorecard.core.catalog.CatalogSet;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.deadline.DeadlineRules;
import cn.scorecard.core.demo.DemoProvince;
import cn.scorecard.core.demo.DemoSpec;
import cn.scorecard.core.evaluation.CourtResult;
import cn.scorecard.core.evaluation.EvaluationResult;
import cn.scorecard.core.evaluation.Evaluator;
import cn.scorecard.core.evaluation.NodeResult;
import cn.scorecard.core.explain.CaseDeadlines;
import cn.scorecard.core.explain.CaseIndicators;
import cn.scorecard.core.explain.CaseTimeline;
import cn.scorecard.core.explain.Reasons;
import cn.scorecard.core.explain.RecordExplainer;
import cn.scorecard.core.metric.EvaluationContext;
import cn.scorecard.core.metric.MetricRegistry;
import cn.scorecard.core.metric.Period;
import cn.scorecard.core.metric.RecordSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The reasons (issue 10, point 1) and the case page's parts on the generated province: computed on demand, so what
 * counts is one page of a list (50 records of every computed leaf of the largest basic court) and one case page.
 * The evaluation itself is timed as in the evaluate benchmark, to show it is unchanged.
 */
final class ReasonBench {
    private static final int PAGE = 50;

    private ReasonBench() {
    }

    static void run(Bench.Options o) throws Exception {
        DemoSpec spec = DemoSpec.defaults(o.seed()).withCases(o.cases()).withCourts(o.intermediate(), o.basic());
        ProvinceData data = DemoProvince.generate(spec);
        MetricRegistry registry = MetricRegistry.bundled();
        CatalogSet set = CatalogSet.bundled(registry.ids());
        Map<CourtLevel, Catalog> catalogs = new EnumMap<>(CourtLevel.class);
        for (CourtLevel l : CourtLevel.values()) catalogs.put(l, set.latest(l));
        Period period = Period.year(spec.endYear());
        Evaluator evaluator = new Evaluator(registry);
        Timer.Result<EvaluationResult> eval = Timer.time(3, o.runs(), () -> evaluator.evaluate(data, catalogs, period));
        System.out.printf("province: %d cases; three-level evaluation: median %.1f ms, best %.1f ms%n",
                data.cases().size(), eval.medianMs(), eval.bestMs());

        int court = largestBasic(data);
        CourtResult result = eval.last().court(data.courts().get(court).code());
        List<NodeResult> leaves = new ArrayList<>();
        collect(result.areas(), leaves);
        DeadlineRules rules = DeadlineRules.bundled();
        Timer.Result<Reasons> context = Timer.time(1, o.runs(), () -> new Reasons(new EvaluationContext(data, period), registry, rules));
        Reasons reasons = context.last();
        Timer.Result<Integer> pages = Timer.time(3, o.runs(), () -> {
            int n = 0;
            for (NodeResult leaf : leaves) {
                RecordSet missed = leaf.explanation().denominatorRecords().minus(leaf.explanation().numeratorRecords());
                RecordExplainer e = reasons.of(leaf.node().metric(), leaf.explanation());
                for (int r : missed.indexes().limit(PAGE).toArray()) {
                    e.explain(r);
                    n++;
                }
            }
            return n;
        });
        System.out.printf("court %s (%d cases): reasons context %.1f ms; a %d-row page of every computed leaf "
                        + "(%d leaves, %d reasons): median %.1f ms, best %.1f ms (%.1f µs a reason)%n",
                data.courts().get(court).code(), data.cases().courtEnd(court) - data.cases().courtStart(court),
                context.medianMs(), PAGE, leaves.size(), pages.last(), pages.medianMs(), pages.bestMs(),
                pages.medianMs() * 1000 / Math.max(1, pages.last()));
        int[] rows = sample(data, court, 10);
        Timer.Result<Integer> cases = Timer.time(3, o.runs(), () -> {
            int n = 0;
            for (int r : rows) {
                n += CaseIndicators.of(result, reasons, r).size();
                n += CaseTimeline.of(reasons.context(), r).size();
                n += CaseDeadlines.of(reasons.context(), rules, r, period.endDay()).size();
            }
            return n;
        });
        System.out.printf("case page parts (indicators with reasons, timeline, deadlines) of %d cases: median %.1f ms, "
                + "best %.1f ms (%.2f ms a case)%n", rows.length, cases.medianMs(), cases.bestMs(), cases.medianMs() / rows.length);
    }

    private static void collect(List<NodeResult> nodes, List<NodeResult> out) {
        for (NodeResult n : nodes) {
            if (n.children().isEmpty() && n.explanation() != null && n.explanation().denominatorRecords() != null) out.add(n);
            collect(n.children(), out);
        }
    }

    private static int largestBasic(ProvinceData data) {
        int best = -1;
        for (int c = 0; c < data.courts().size(); c++) {
            if (data.courts().get(c).level() != CourtLevel.BASIC) continue;
            int size = data.cases().courtEnd(c) - data.cases().courtStart(c);
            if (best < 0 || size > data.cases().courtEnd(best) - data.cases().courtStart(best)) best = c;
        }
        return best;
    }

    /** Evenly spread cases of the court. */
    private static int[] sample(ProvinceData data, int court, int n) {
        int start = data.cases().courtStart(court);
        int size = data.cases().courtEnd(court) - start;
        int[] out = new int[n];
        for (int i = 0; i < n; i++) out[i] = start + (int) ((long) size * i / n);
        return out;
    }
}
