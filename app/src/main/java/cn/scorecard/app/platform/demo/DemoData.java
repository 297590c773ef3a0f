package cn.scorecard.app.platform.demo;

import cn.scorecard.core.catalog.CatalogSet;
import cn.scorecard.core.catalog.IndicatorNode;
import cn.scorecard.core.catalog.ScoringRule;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.demo.DemoSpec;
import cn.scorecard.core.metric.MetricRegistry;
import java.util.ArrayList;
import java.util.List;

/** The demo specification with evidence for every documentary indicator of the bundled catalogs. */
public final class DemoData {
    private DemoData() {
    }

    public static DemoSpec spec(long seed, int intermediateCourts, int basicCourts, int cases) {
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
        return DemoSpec.defaults(seed).withCourts(intermediateCourts, basicCourts).withCases(cases)
                .withEvidence(evidence, frequency);
    }
}
