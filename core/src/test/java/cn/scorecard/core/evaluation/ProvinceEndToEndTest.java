package cn.scorecard.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.scorecard.core.catalog.Catalog;
import cn.scorecard.core.catalog.CatalogSet;
import cn.scorecard.core.catalog.IndicatorNode;
import cn.scorecard.core.catalog.ScoringRule;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.data.EvidenceRecord;
import cn.scorecard.core.data.EvidenceStatus;
import cn.scorecard.core.data.StateCompensation;
import cn.scorecard.core.metric.MetricRegistry;
import cn.scorecard.core.metric.Period;
import cn.scorecard.core.testing.TestProvince;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled 2019 catalogs end to end on a province of 1 high, 2 intermediate (one of a municipality) and
 * 4 basic courts, where every evidence item is met and almost no case exists: most computed indicators are
 * N/A and their weight is shared out, 无此类案件 scores full marks, must-be-zero counts score 100, and a
 * required count of 0 scores 0. Hand computation:
 * <pre>
 * BASIC  B1 规范执行: applicable B1.01 (5) 100, B1.02 (5) 0 [报告财产令 N/A, 制裁案例 0 of 1], B1.07 (5) 100,
 *                    B1.11 (3) 0 [移送破产 0 of 1], B1.12 (10) 100 → 2000/28 = 71.428571
 *        B2, B3, B4 = 100 (only evidence, zero counts and must-be-zero apply)
 *        total = .40×2000/28 + 5 + 15 + 40 = 620/7 = 88.571429                              (court B1)
 *   B2: one 执行异议 case still open → B4.06 = 0 → B4 = (5×0 + 5×100 + 20×100)/30 = 83.333333
 *       total = 200/7 + 20 + 40×83.333333/100 = 81.904762
 *   B3: 执行规范性文件公开 not met → B2 area = 0 → total = 620/7 − 5 = 83.571429
 *   B4: one 国家赔偿 → B4.07 = 0 → B4 = 20×100/25 = 80 → total = 200/7 + 20 + 32 = 80.571429
 * INTERMEDIATE own areas: I1 = 2000/28, I2 = 100, I3 = (100×70 + 10×50)/80 = 93.75 [I3.05 N/A; I3.06.2
 *   no subordinate auction → 0; 执协/执监/执请 无此类案件 100; 执复 N/A], I4 = 100 (I2 municipality: I4.06
 *   N/A), I5 = 100 (only 国家赔偿 applies) → .2×71.428571 + 5 + 9.375 + 15 + 25 = 68.660714
 *   I1 = 68.660714 + .25 × (88.571429 + 81.904762)/2 = 89.970238
 *   I2 = 68.660714 + .25 × (83.571429 + 80.571429)/2 = 89.178571
 * HIGH H1 = 100, H2 = (100×60 + 70×20)/80 = 92.5 [H2.04 N/A; H2.05 = (20+30+20)×100/100 + 30×0 = 70 with
 *   点对总 N/A outside key cities], H3 = 100 → 20 + 18.5 + 20 + .4 × (89.970238 + 89.178571)/2 = 94.329762
 * </pre>
 */
class ProvinceEndToEndTest {
    static EvaluationResult result;

    @BeforeAll
    static void evaluate() {
        MetricRegistry registry = MetricRegistry.bundled();
        CatalogSet set = CatalogSet.bundled(registry.ids());
        Map<CourtLevel, Catalog> catalogs = new EnumMap<>(CourtLevel.class);
        for (CourtLevel l : CourtLevel.values()) catalogs.put(l, set.get("2019", l));
        TestProvince p = new TestProvince().court("H", CourtLevel.HIGH, null)
                .court("I1", CourtLevel.INTERMEDIATE, "H").court("I2", CourtLevel.INTERMEDIATE, "H", true, false)
                .court("B1", CourtLevel.BASIC, "I1").court("B2", CourtLevel.BASIC, "I1")
                .court("B3", CourtLevel.BASIC, "I2").court("B4", CourtLevel.BASIC, "I2");
        for (String code : new String[] {"H", "I1", "I2", "B1", "B2", "B3", "B4"}) {
            int court = p.courtIndex(code);
            Catalog c = catalogs.get(p.courts().get(court).level());
            for (IndicatorNode n : c.allNodes()) {
                // every leaf that takes evidence, including those computed from data with an evidence fallback (流程系统,
                // 一案一账号: assessed from this evidence where the court, or the courts below, have no data)
                if (!n.takesEvidence()) continue;
                boolean met = !(code.equals("B3") && n.code().equals("B2.04.1"));
                Integer count = n.scoring().rule() == ScoringRule.FREQUENCY ? (int) n.scoring().required() : null;
                p.evidence.add(new EvidenceRecord(court, 2024, n.code(), met ? EvidenceStatus.MET : EvidenceStatus.NOT_MET,
                        count, null, null, null));
            }
        }
        p.addCase("B2", "（2024）江0102执异1号", "2024-03-01", null, null);
        p.compensations.add(new StateCompensation(p.courtIndex("B4"), "（2024）江01法赔1号", TestProvince.day("2024-06-01"), true, -1));
        result = new Evaluator(registry).evaluate(p.build(), catalogs, Period.year(2024));
    }

    private static double total(String court) {
        return result.court(court).total();
    }

    @Test
    void basicCourts() {
        assertThat(result.court("B1").find("B1").score()).isCloseTo(2000.0 / 28, within(1e-9));
        assertThat(total("B1")).isCloseTo(620.0 / 7, within(1e-9));
        assertThat(total("B2")).isCloseTo(200.0 / 7 + 20 + 40 * (2500.0 / 30) / 100, within(1e-9));
        assertThat(total("B3")).isCloseTo(620.0 / 7 - 5, within(1e-9));
        assertThat(total("B4")).isCloseTo(200.0 / 7 + 20 + 32, within(1e-9));
    }

    @Test
    void notApplicableAndNoSuchCases() {
        CourtResult b1 = result.court("B1");
        assertThat(b1.find("B1.09").applicable()).isFalse();   // 终本合格率: no 终本 case in three years
        assertThat(b1.find("B4.06.1").applicable()).isFalse(); // 执行异议: no case, and no 无此类案件 clause
        assertThat(result.court("B2").find("B4.06.1").score()).isZero();
        CourtResult i1 = result.court("I1");
        assertThat(i1.find("I3.01.2").score()).isEqualTo(100.0);  // 执行协调类: 无此类案件
        assertThat(i1.find("I3.01.1").applicable()).isFalse();    // 执行复议类: N/A
        assertThat(i1.find("I3.01").score()).isCloseTo(100.0, within(1e-9));
    }

    @Test
    void intermediateCourts() {
        double own = 0.2 * 2000.0 / 28 + 5 + 9.375 + 15 + 25;
        assertThat(result.court("I1").find("I3").score()).isCloseTo(93.75, within(1e-9));
        assertThat(total("I1")).isCloseTo(own + 0.25 * (total("B1") + total("B2")) / 2, within(1e-9));
        assertThat(total("I1")).isCloseTo(89.970238, within(1e-6));
        assertThat(result.court("I2").find("I4.06").applicable()).isFalse(); // 直辖市的中院
        assertThat(total("I2")).isCloseTo(89.178571, within(1e-6));
    }

    @Test
    void highCourt() {
        assertThat(result.court("H").find("H2").score()).isCloseTo(92.5, within(1e-9));
        assertThat(result.court("H").find("H2.05.3.a").applicable()).isFalse(); // 点对总: not a key city
        assertThat(total("H")).isCloseTo(58.5 + 0.4 * (total("I1") + total("I2")) / 2, within(1e-9));
        assertThat(total("H")).isCloseTo(94.329762, within(1e-6));
    }
}
