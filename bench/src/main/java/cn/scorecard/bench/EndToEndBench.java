package cn.scorecard.bench;

import cn.scorecard.core.demo.DemoSpecs;
import cn.scorecard.core.catalog.Catalog;
import cn.scorecard.core.catalog.CatalogSet;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.evaluation.EvaluationResult;
import cn.scorecard.core.evaluation.Evaluator;
import cn.scorecard.core.io.DataDirectoryReader;
import cn.scorecard.core.io.DataImportException;
import cn.scorecard.core.io.ImportError;
import cn.scorecard.core.io.InterchangeReader;
import cn.scorecard.core.io.KnownKeys;
import cn.scorecard.core.io.ProvinceAssembler;
import cn.scorecard.core.io.ReadProgress;
import cn.scorecard.core.io.ReadRules;
import cn.scorecard.core.io.RecordType;
import cn.scorecard.core.io.TableInput;
import cn.scorecard.core.metric.EvaluationContext;
import cn.scorecard.core.metric.MetricRegistry;
import cn.scorecard.core.metric.Period;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * End to end from a data directory, in the same run: the scorecard reads every file, validates, assembles and
 * evaluates every indicator of the three levels; DuckDB reads 案件.csv and 流程节点.csv with read_csv and computes
 * the five 执行质效 rates in SQL from the raw rows ({@link DuckDbFiles}). Both are timed from files to results,
 * the values compared, the ratio printed. The in-memory kernel comparison ({@link DuckDbPeer}) runs beside it.
 * Target (issue 11): the scorecard's whole evaluation ≤ DuckDB's five rates.
 */
final class EndToEndBench {
    /** -Dscorecard.strictReadOnly=true measures the strict reader alone (the state before issue 11). */
    private static final boolean STRICT = Boolean.getBoolean("scorecard.strictReadOnly");

    private EndToEndBench() {
    }

    static void run(Bench.Options o, Path dir, int yearOption) throws Exception {
        int year = year(yearOption, o.seed());
        Period period = Period.year(year);
        MetricRegistry registry = MetricRegistry.bundled();
        CatalogSet set = CatalogSet.bundled(registry.ids());
        Map<CourtLevel, Catalog> catalogs = new EnumMap<>(CourtLevel.class);
        for (CourtLevel l : CourtLevel.values()) catalogs.put(l, set.latest(l));
        System.out.printf("data %s, period %s, %d run(s), %d processors, max heap %d MB, collectors %s%n", dir, period,
                o.runs(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                        .map(java.lang.management.GarbageCollectorMXBean::getName).toList());
        double[] oursMs = new double[o.runs()];
        double[] duckMs = new double[o.runs()];
        ProvinceData data = null;
        for (int run = 0; run < o.runs(); run++) {
            data = null;
            System.gc();
            Timer.resetPeaks();
            long t0 = System.nanoTime();
            long t1;
            if (STRICT) { // the strict reader alone, split into reading + validating and assembling
                ProvinceAssembler assembler = new ProvinceAssembler();
                List<ImportError> errors = InterchangeReader.read(inputs(dir), KnownKeys.NONE, ReadRules.bundled(),
                        assembler, ReadProgress.NONE);
                if (!errors.isEmpty()) throw new DataImportException(errors);
                t1 = System.nanoTime();
                data = assembler.build();
            } else { // as evaluate --data: the fast reader (reading and assembling overlap), strict on any doubt
                data = DataDirectoryReader.read(dir);
                t1 = System.nanoTime();
                String miss = DataDirectoryReader.lastFastReadMiss();
                if (miss != null) System.out.println("  the fast reader gave up (" + miss + "): read strictly");
            }
            long t2 = System.nanoTime();
            EvaluationResult result = new Evaluator(registry).evaluate(data, catalogs, period);
            double[][] ours = FiveRates.compute(new EvaluationContext(data, period), registry);
            long t3 = System.nanoTime();
            oursMs[run] = (t3 - t0) / 1e6;
            long peak = Timer.peakHeapMb();
            long heap = Timer.usedHeapMb();

            long d0 = System.nanoTime();
            double[][] duck;
            try (DuckDbFiles files = new DuckDbFiles()) {
                duck = files.fiveRates(dir, period, data.courts());
            }
            duckMs[run] = (System.nanoTime() - d0) / 1e6;
            int mismatches = compare(ours, duck);
            System.out.printf("run %d: scorecard %.0f ms (%s %.0f, assemble %.0f, evaluate %d courts × all"
                            + " indicators %.0f; %d cases, heap pools' peak %d MB, live after %d MB); DuckDB read_csv + SQL %.0f ms; ratio DuckDB/scorecard %.2f; %s%n",
                    run + 1, oursMs[run], STRICT ? "strict read+validate" : "read+validate+assemble", (t1 - t0) / 1e6, (t2 - t1) / 1e6, data.courts().size(), (t3 - t2) / 1e6,
                    data.cases().size(), peak, heap, duckMs[run], duckMs[run] / oursMs[run],
                    mismatches == 0 ? "five rates agree for every court" : "MISMATCH: " + mismatches + " values differ");
            if (mismatches != 0) System.exit(1);
            if (result.courts().isEmpty()) throw new IllegalStateException("no court evaluated");
        }
        Arrays.sort(oursMs);
        Arrays.sort(duckMs);
        System.out.printf("end to end: scorecard %.0f–%.0f ms, DuckDB %.0f–%.0f ms over %d runs%n",
                oursMs[0], oursMs[oursMs.length - 1], duckMs[0], duckMs[duckMs.length - 1], o.runs());
        kernel(data, period, registry, o.runs());
        data = null; // the snapshot's first read builds the province again: at 10M cases two do not fit in 4 GB
        fromSnapshot(dir, catalogs, registry, period, o.runs());
    }

    /** The year asked for, or the last year of the demo province of that seed. */
    static int year(int option, long seed) {
        return option != 0 ? option : DemoSpecs.withCatalogEvidence(seed, 1, 1, 1).endYear();
    }

    /** The province from its snapshot (written by the first read), evaluation included: target ≤ 1 s at 1M cases. */
    private static void fromSnapshot(Path dir, Map<CourtLevel, Catalog> catalogs, MetricRegistry registry, Period period,
                                     int runs) throws Exception {
        Path snapshot = Files.createTempDirectory("scorecard-bench").resolve("cases.snapshot");
        long w0 = System.nanoTime();
        DataDirectoryReader.read(dir, ReadRules.bundled(), snapshot);
        System.out.printf("snapshot: read the files and wrote %d MB in %.0f ms%n", Files.size(snapshot) >> 20,
                (System.nanoTime() - w0) / 1e6);
        double[] ms = new double[runs];
        for (int run = 0; run < runs; run++) {
            System.gc();
            long t0 = System.nanoTime();
            ProvinceData data = DataDirectoryReader.read(dir, ReadRules.bundled(), snapshot);
            long t1 = System.nanoTime();
            if (!DataDirectoryReader.lastSnapshotUsed()) throw new IllegalStateException("the snapshot was not used");
            new Evaluator(registry).evaluate(data, catalogs, period);
            ms[run] = (System.nanoTime() - t0) / 1e6;
            System.out.printf("run %d from the snapshot: %.0f ms (load %.0f, evaluate %.0f)%n", run + 1, ms[run],
                    (t1 - t0) / 1e6, (System.nanoTime() - t1) / 1e6);
        }
        Arrays.sort(ms);
        System.out.printf("from the snapshot, all indicators: %.0f–%.0f ms over %d runs%n", ms[0], ms[runs - 1], runs);
        Files.delete(snapshot);
    }

    /** The in-memory comparison: the product's five metrics against DuckDB on the same derived columns. */
    private static void kernel(ProvinceData data, Period period, MetricRegistry registry, int runs) throws Exception {
        EvaluationContext ctx = new EvaluationContext(data, period);
        Timer.Result<double[][]> ours = Timer.time(3, runs, () -> FiveRates.compute(ctx.forPeriod(period), registry));
        try (DuckDbPeer duck = new DuckDbPeer()) {
            duck.load(data.cases());
            Timer.Result<double[][]> peer = Timer.time(2, runs, () -> duck.fiveRates(period, data.courts().size()));
            System.out.printf("kernel (data in memory): scorecard median %.1f ms, DuckDB median %.1f ms, ratio %.1f×, %s%n",
                    ours.medianMs(), peer.medianMs(), peer.medianMs() / ours.medianMs(),
                    compare(ours.last(), peer.last()) == 0 ? "agree" : "MISMATCH");
        }
    }

    private static Map<RecordType, List<TableInput>> inputs(Path dir) {
        Map<RecordType, List<TableInput>> inputs = new EnumMap<>(RecordType.class);
        for (RecordType type : RecordType.values()) {
            Path file = dir.resolve(type.fileName());
            if (!type.isStaffInput() && Files.isRegularFile(file)) inputs.put(type, List.of(TableInput.csv(file)));
        }
        return inputs;
    }

    static int compare(double[][] a, double[][] b) {
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
