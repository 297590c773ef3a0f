package cn.scorecard.core.plan;

import cn.scorecard.core.catalog.Catalog;
import cn.scorecard.core.catalog.CatalogSet;
import cn.scorecard.core.catalog.IndicatorNode;
import cn.scorecard.core.catalog.ScoringRule;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.data.EvidenceRecord;
import cn.scorecard.core.data.EvidenceStatus;
import cn.scorecard.core.data.StateCompensation;
import cn.scorecard.core.evaluation.EvaluationResult;
import cn.scorecard.core.evaluation.Evaluator;
import cn.scorecard.core.metric.MetricRegistry;
import cn.scorecard.core.metric.Period;
import cn.scorecard.core.testing.TestProvince;
import java.util.EnumMap;
import java.util.Map;

/** The small provinces of the plan tests, with the bundled 2019 catalogs. */
final class PlanProvinces {
    static final MetricRegistry REGISTRY = MetricRegistry.bundled();
    static final Map<CourtLevel, Catalog> CATALOGS = catalogs();

    private PlanProvinces() {
    }

    private static Map<CourtLevel, Catalog> catalogs() {
        CatalogSet set = CatalogSet.bundled(REGISTRY.ids());
        Map<CourtLevel, Catalog> out = new EnumMap<>(CourtLevel.class);
        for (CourtLevel l : CourtLevel.values()) out.put(l, set.get("2019", l));
        return out;
    }

    /** Courts H → I1 (B1, B2), I2 municipality (B3, B4) with every evidence item met (B3 misses B2.04.1). */
    static TestProvince courtsWithEvidence(int year) {
        TestProvince p = new TestProvince().court("H", CourtLevel.HIGH, null)
                .court("I1", CourtLevel.INTERMEDIATE, "H").court("I2", CourtLevel.INTERMEDIATE, "H", true, false)
                .court("B1", CourtLevel.BASIC, "I1").court("B2", CourtLevel.BASIC, "I1")
                .court("B3", CourtLevel.BASIC, "I2").court("B4", CourtLevel.BASIC, "I2");
        for (String code : new String[] {"H", "I1", "I2", "B1", "B2", "B3", "B4"}) {
            int court = p.courtIndex(code);
            Catalog c = CATALOGS.get(p.courts().get(court).level());
            for (IndicatorNode n : c.allNodes()) {
                // every leaf that takes evidence, including those computed from data with an evidence fallback (流程系统,
                // 一案一账号: assessed from this evidence where the court, or the courts below, have no data)
                if (!n.takesEvidence()) continue;
                boolean met = !(code.equals("B3") && n.code().equals("B2.04.1"));
                Integer count = n.scoring().rule() == ScoringRule.FREQUENCY ? (int) n.scoring().required() : null;
                p.evidence.add(new EvidenceRecord(court, year, n.code(), met ? EvidenceStatus.MET : EvidenceStatus.NOT_MET,
                        count, null, null, null));
            }
        }
        return p;
    }

    /** The province of ProvinceEndToEndTest, whose totals are computed by hand there. */
    static EvaluationResult endToEndResult() {
        TestProvince p = courtsWithEvidence(2024);
        p.addCase("B2", "（2024）江0102执异1号", "2024-03-01", null, null);
        p.compensations.add(new StateCompensation(p.courtIndex("B4"), "（2024）江01法赔1号", TestProvince.day("2024-06-01"), true, -1));
        return new Evaluator(REGISTRY).evaluate(p.build(), CATALOGS, Period.year(2024));
    }
}
