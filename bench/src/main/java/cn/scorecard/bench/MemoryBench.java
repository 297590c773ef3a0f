package cn.scorecard.bench;

import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.catalog.Catalog;
import cn.scorecard.core.catalog.CatalogSet;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.demo.DemoSpecs;
import cn.scorecard.core.evaluation.Evaluator;
import cn.scorecard.core.metric.Period;
import cn.scorecard.core.io.DataDirectoryReader;
import cn.scorecard.core.metric.MetricRegistry;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * Memory of a province read from a data directory (no snapshot): the heap pools' peak while reading, the heap live
 * after reading (whole province, then the case table alone) in bytes per case, and the peak and live heap after
 * evaluating every court on every indicator of the three levels.
 */
final class MemoryBench {
    private MemoryBench() {
    }

    static void run(Path dir, int runs, int yearOption) throws Exception {
        int year = yearOption != 0 ? yearOption : DemoSpecs.withCatalogEvidence(3, 1, 1, 1).endYear();
        Period period = Period.year(year);
        MetricRegistry registry = MetricRegistry.bundled();
        CatalogSet set = CatalogSet.bundled(registry.ids());
        Map<CourtLevel, Catalog> catalogs = new EnumMap<>(CourtLevel.class);
        for (CourtLevel l : CourtLevel.values()) catalogs.put(l, set.latest(l));
        System.out.printf("data %s, %d run(s), max heap %d MB%n", dir, runs, Runtime.getRuntime().maxMemory() >> 20);
        for (int run = 0; run < runs; run++) {
            long before = usedBytes();
            Timer.resetPeaks();
            long t0 = System.nanoTime();
            ProvinceData data = DataDirectoryReader.read(dir);
            long readMs = (System.nanoTime() - t0) / 1_000_000;
            long readPeak = Timer.peakHeapMb();
            String miss = DataDirectoryReader.lastFastReadMiss();
            long province = usedBytes() - before;
            if (Boolean.getBoolean("bench.histogram")) System.out.println("province:\n" + histogram(20));
            int n = data.cases().size();
            Timer.resetPeaks();
            long e0 = System.nanoTime();
            new Evaluator(registry).evaluate(data, catalogs, period);
            long evalMs = (System.nanoTime() - e0) / 1_000_000;
            long evalPeak = Timer.peakHeapMb();
            CaseTable cases = data.cases();
            data = null;
            long table = usedBytes() - before;
            System.out.printf("run %d: %d cases read in %d ms%s; heap pools' peak while reading %d MB; live: province %d MB"
                            + " (%.0f bytes/case), case table alone %d MB (%.0f bytes/case); evaluation %d ms, pools' peak %d MB%n",
                    run + 1, n, readMs, miss == null ? "" : " (fast reader gave up: " + miss + ")", readPeak,
                    province >> 20, (double) province / n, table >> 20, (double) table / n, evalMs, evalPeak);
            if (cases.size() != n) throw new IllegalStateException();
            if (Boolean.getBoolean("bench.histogram")) System.out.println("case table:\n" + histogram(20));
        }
    }

    /** The first lines of the live objects' class histogram (as {@code jcmd GC.class_histogram}). */
    private static String histogram(int lines) throws Exception {
        Object text = java.lang.management.ManagementFactory.getPlatformMBeanServer().invoke(
                new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        String[] all = text.toString().split("\n");
        return String.join("\n", java.util.Arrays.copyOf(all, Math.min(lines, all.length)));
    }

    private static long usedBytes() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }
}
