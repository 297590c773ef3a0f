package cn.scorecard.bench;

import cn.scorecard.core.catalog.Catalog;
import cn.scorecard.core.catalog.CatalogSet;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.demo.DemoProvince;
import cn.scorecard.core.demo.DemoSpec;
import cn.scorecard.core.evaluation.EvaluationResult;
import cn.scorecard.core.evaluation.Evaluator;
import cn.scorecard.core.metric.EvaluationContext;
import cn.scorecard.core.metric.MetricRegistry;
import cn.scorecard.core.metric.Period;
import java.util.EnumMap;
import java.util.Map;

/**
 * The whole three-level evaluation of a generated province, and the five 执行质效 rates against DuckDB.
 * Targets (issue: court evaluation engine): evaluation ≤ 1 s; five rates ≥ 4× faster than DuckDB; heap ≤ 2 GB.
 */
final class EvaluationBench {
    private EvaluationBench() {
    }

    static void run(Bench.Options o) throws Exception {
        long t0 = System.nanoTime();
        DemoSpec spec = DemoSpec.defaults(o.seed()).withCases(o.cases()).withCourts(o.intermediate(), o.basic());
        ProvinceData data = DemoProvince.generate(spec);
        int year = spec.endYear();
        long first = java.util.stream.IntStream.range(0, data.cases().size())
                .filter(r -> data.cases().typeOrdinal(r) == 0).count();
        System.out.printf("province: %d courts, %d cases (%d first-enforcement), generated in %.1f s%n",
                data.courts().size(), data.cases().size(), first, (System.nanoTime() - t0) / 1e9);
        System.out.printf("heap used with the data loaded: %d MB (max %d MB)%n", Timer.usedHeapMb(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));

        MetricRegistry registry = MetricRegistry.bundled();
        CatalogSet set = CatalogSet.bundled(registry.ids());
        Map<CourtLevel, Catalog> catalogs = new EnumMap<>(CourtLevel.class);
        for (CourtLevel l : CourtLevel.values()) catalogs.put(l, set.latest(l));
        Evaluator evaluator = new Evaluator(registry);
        Period period = Period.year(year);
        Timer.Result<EvaluationResult> eval = Timer.time(3, o.runs(), () -> evaluator.evaluate(data, catalogs, period));
        System.out.printf("three-level evaluation (every indicator, %d courts): median %.1f ms, best %.1f ms%n",
                data.courts().size(), eval.medianMs(), eval.bestMs());
        System.out.printf("heap used after evaluating: %d MB%n", Timer.usedHeapMb());

        // a fresh period context per run, so the per-period index is built inside the timed region
        EvaluationContext ctx = new EvaluationContext(data, period);
        Timer.Result<double[][]> ours = Timer.time(5, o.runs(), () -> FiveRates.compute(ctx.forPeriod(period), registry));
        try (DuckDbPeer duck = new DuckDbPeer()) {
            long l0 = System.nanoTime();
            duck.load(data.cases());
            System.out.printf("DuckDB load: %.1f s%n", (System.nanoTime() - l0) / 1e9);
            Timer.Result<double[][]> peer = Timer.time(3, o.runs(), () -> duck.fiveRates(period, data.courts().size()));
            int mismatches = compare(ours.last(), peer.last());
            System.out.printf("five rates: scorecard median %.1f ms (best %.1f), DuckDB median %.1f ms (best %.1f), ratio %.1f×%n",
                    ours.medianMs(), ours.bestMs(), peer.medianMs(), peer.bestMs(), peer.medianMs() / ours.medianMs());
            System.out.println(mismatches == 0 ? "five rates agree for every court"
                    : "MISMATCH: " + mismatches + " values differ");
            if (mismatches != 0) System.exit(1);
        }
    }

    private static int compare(double[][] a, double[][] b) {
        int bad = 0;
        for (int c = 0; c < a.length; c++) {
            for (int i = 0; i < a[c].length; i++) {
                boolean bothNaN = Double.isNaN(a[c][i]) && Double.isNaN(b[c][i]);
                if (!bothNaN && !(Math.abs(a[c][i] - b[c][i]) <= 1e-9)) {
                    if (bad < 10) System.out.printf("  court %d %s: scorecard %s, DuckDB %s%n", c, FiveRates.IDS.get(i), a[c][i], b[c][i]);
                    bad++;
                }
            }
        }
        return bad;
    }
}
