package cn.scorecard.bench;

import cn.scorecard.core.demo.DemoSpecs;
import cn.scorecard.core.demo.DemoDirectory;
import cn.scorecard.core.demo.DemoSpec;
import cn.scorecard.core.staff.StaffRuleSets;
import java.nio.file.Path;

/**
 * Writes a demo province as a data directory, as the product's {@code scorecard demo-data} does (the same spec,
 * evidence for every documentary indicator), without needing the application jar: the end-to-end benchmark's
 * input, generated once outside the repository.
 */
final class DemoDataWriter {
    private DemoDataWriter() {
    }

    static void run(Bench.Options o, Path out) {
        DemoSpec spec = DemoSpecs.withCatalogEvidence(o.seed(), o.intermediate(), o.basic(), o.cases());
        long t0 = System.nanoTime();
        DemoDirectory.Summary s = DemoDirectory.write(spec, StaffRuleSets.bundled(), out, (done, total) ->
                System.err.printf("%d / %d cases, %d s%n", done, total, (System.nanoTime() - t0) / 1_000_000_000L));
        System.err.printf("%d courts, %d staff, %d cases → %s (%.1f s)%n", s.courts(), s.staff(), s.cases(),
                out.toAbsolutePath(), (System.nanoTime() - t0) / 1e9);
    }
}
