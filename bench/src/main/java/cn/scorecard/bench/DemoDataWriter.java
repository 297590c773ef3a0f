package cn.scorecard.bench;

import cn.scorecard.core.catalog.CatalogSet;
import cn.scorecard.core.catalog.IndicatorNode;
import cn.scorecard.core.catalog.ScoringRule;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.demo.DemoDirectory;
import cn.scorecard.core.demo.DemoSpec;
import cn.scorecard.core.metric.MetricRegistry;
import cn.scorecard.core.staff.StaffRuleSets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a demo province as a data directory, as the product's {@code scorecard demo-data} does (the same spec,
 * evidence for every documentary indicator), without needing the application jar: the end-to-end benchmark's
 * input, generated once outside the repository.
 */
final class DemoDataWriter {
    private DemoDataWriter() {
    }

    static void run(Bench.Options o, Path out) {
        DemoSpec spec = spec(o.seed(), o.intermediate(), o.basic(), o.cases());
        long t0 = System.nanoTime();
        DemoDirectory.Summary s = DemoDirectory.write(spec, StaffRuleSets.bundled(), out, (done, total) ->
                System.err.printf("%d / %d cases, %d s%n", done, total, (System.nanoTime() - t0) / 1_000_000_000L));
        System.err.printf("%d courts, %d staff, %d cases → %s (%.1f s)%n", s.courts(), s.staff(), s.cases(),
                out.toAbsolutePath(), (System.nanoTime() - t0) / 1e9);
    }

    /** Same as the application's DemoData.spec: evidence for every documentary leaf of the bundled catalogs. */
    static DemoSpec spec(long seed, int intermediate, int basic, int cases) {
        CatalogSet catalogs = CatalogSet.bundled(MetricRegistry.bundled().ids());
        List<String> evidence = new ArrayList<>();
        List<String> frequency = new ArrayList<>();
        for (CourtLevel level : CourtLevel.values()) {
            for (IndicatorNode n : catalogs.latest(level).allNodes()) {
                if (!n.isLeaf() || n.metric() != null || n.scoring().rule() == ScoringRule.SUBORDINATE_MEAN) continue;
                if (!evidence.contains(n.code())) evidence.add(n.code());
                if (n.scoring().rule() == ScoringRule.FREQUENCY && !frequency.contains(n.code())) frequency.add(n.code());
            }
        }
        return DemoSpec.defaults(seed).withCourts(intermediate, basic).withCases(cases).withEvidence(evidence, frequency);
    }
}
