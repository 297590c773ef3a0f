package cn.scorecard.core.demo;

import cn.scorecard.core.catalog.CatalogSet;
import cn.scorecard.core.catalog.IndicatorNode;
import cn.scorecard.core.catalog.ScoringRule;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.metric.MetricRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo specification the application's first start, the demo-data command and the benchmarks share: evidence
 * for every leaf of the bundled catalogs that takes evidence (documentary leaves, and those computed from data with an
 * evidence fallback).
 */
public final class DemoSpecs {
    private DemoSpecs() {
    }

    public static DemoSpec withCatalogEvidence(long seed, int intermediateCourts, int basicCourts, int cases) {
        CatalogSet catalogs = CatalogSet.bundled(MetricRegistry.bundled().ids());
        List<String> evidence = new ArrayList<>();
        List<String> frequency = new ArrayList<>();
        for (CourtLevel level : CourtLevel.values()) {
            for (IndicatorNode n : catalogs.latest(level).allNodes()) {
                if (!n.takesEvidence()) continue;
                if (!evidence.contains(n.code())) evidence.add(n.code());
                if (n.scoring().rule() == ScoringRule.FREQUENCY && !frequency.contains(n.code())) frequency.add(n.code());
            }
        }
        return DemoSpec.defaults(seed).withCourts(intermediateCourts, basicCourts).withCases(cases)
                .withEvidence(evidence, frequency);
    }
}
