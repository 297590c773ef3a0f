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
import cn.scorecard.core.metric.EvaluationContext;
import cn.scorecard.core.metric.MetricRegistry;
import cn.scorecard.core.metric.Period;
import cn.scorecard.core.plan.Action;
import cn.scorecard.core.plan.Plan;
import cn.scorecard.core.plan.PlannedAction;
import cn.scorecard.core.plan.Planner;
import cn.scorecard.core.plan.WhatIf;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The planner (提分计划) for the basic court with the most cases of a generated province, planned on 2025-12-01 for
 * the year 2025, and a what-if of its ten largest actions (issue 10). Each run builds the plan from the evaluation
 * (the court's leaves measured once, then every candidate action tried on the scratch data); the what-if runs are
 * timed after one warm-up.
 */
final class PlannerBench {
    private PlannerBench() {
    }

    static void run(Bench.Options o) {
        long t0 = System.nanoTime();
        // the province of `scorecard demo-data --seed S --intermediate-courts N --basic-courts N --cases N`: its evidence too
        MetricRegistry ids = MetricRegistry.bundled();
        CatalogSet catalogSet = CatalogSet.bundled(ids.ids());
        List<String> evidence = new java.util.ArrayList<>();
        List<String> frequency = new java.util.ArrayList<>();
        for (CourtLevel level : CourtLevel.values()) {
            for (cn.scorecard.core.catalog.IndicatorNode n : catalogSet.latest(level).allNodes()) {
                var rule = n.scoring().rule();
                if (!n.isLeaf() || n.metric() != null || rule == cn.scorecard.core.catalog.ScoringRule.SUBORDINATE_MEAN) continue;
                if (!evidence.contains(n.code())) evidence.add(n.code());
                if (rule == cn.scorecard.core.catalog.ScoringRule.FREQUENCY && !frequency.contains(n.code())) frequency.add(n.code());
            }
        }
        DemoSpec spec = DemoSpec.defaults(o.seed()).withCourts(o.intermediate(), o.basic()).withCases(o.cases())
                .withEvidence(evidence, frequency);
        ProvinceData data = DemoProvince.generate(spec);
        System.out.printf("province: %d courts, %d cases, generated in %.1f s%n", data.courts().size(), data.cases().size(),
                (System.nanoTime() - t0) / 1e9);
        MetricRegistry registry = MetricRegistry.bundled();
        CatalogSet set = CatalogSet.bundled(registry.ids());
        Map<CourtLevel, Catalog> catalogs = new EnumMap<>(CourtLevel.class);
        for (CourtLevel l : CourtLevel.values()) catalogs.put(l, set.latest(l));
        Period period = Period.year(2025);
        long e0 = System.nanoTime();
        EvaluationResult result = new Evaluator(registry).evaluate(data, catalogs, period);
        EvaluationContext ctx = new EvaluationContext(data, period);
        System.out.printf("evaluation of the province: %.0f ms%n", (System.nanoTime() - e0) / 1e6);
        CourtResult court = result.courts().stream().filter(c -> c.court().level() == CourtLevel.BASIC)
                .max((a, b) -> Integer.compare(size(data, a), size(data, b))).orElseThrow();
        int planDay = (int) LocalDate.of(2025, 12, 1).toEpochDay();
        Planner planner = new Planner(registry, DeadlineRules.bundled());
        Catalog basic = catalogs.get(CourtLevel.BASIC);
        Plan plan = null;
        for (int run = 1; run <= o.runs(); run++) {
            long a = System.nanoTime();
            plan = planner.plan(basic, result, ctx, court.courtIndex(), planDay, period.endDay());
            System.out.printf("planner run %d: %s (%d cases), %d candidates, %d actions that raise the total, %.0f ms%n", run,
                    court.court().code(), size(data, court), plan.candidates(), plan.actions().size(), (System.nanoTime() - a) / 1e6);
        }
        List<Action> ten = plan.actions().stream().limit(10).map(PlannedAction::action).toList();
        WhatIf whatIf = new WhatIf(registry);
        whatIf.apply(basic, result, ctx, court.courtIndex(), ten); // warm-up
        for (int run = 1; run <= o.runs(); run++) {
            long a = System.nanoTime();
            WhatIf.Outcome out = whatIf.apply(basic, result, ctx, court.courtIndex(), ten);
            System.out.printf("what-if run %d: %d actions, total %.4f → %.4f, rank %d → %d of %d, %.0f ms%n", run, ten.size(),
                    out.before().total(), out.after().total(), out.rankBefore(), out.rankAfter(), out.peers(),
                    (System.nanoTime() - a) / 1e6);
        }
        System.out.printf("heap used %d MB%n", Timer.usedHeapMb());
    }

    private static int size(ProvinceData data, CourtResult c) {
        return data.cases().courtEnd(c.courtIndex()) - data.cases().courtStart(c.courtIndex());
    }
}
