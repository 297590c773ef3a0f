package cn.scorecard.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.scorecard.core.catalog.Catalog;
import cn.scorecard.core.catalog.CatalogSet;
import cn.scorecard.core.catalog.ScoringRule;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.demo.DemoProvince;
import cn.scorecard.core.demo.DemoSpec;
import cn.scorecard.core.evaluation.CourtResult;
import cn.scorecard.core.evaluation.EvaluationResult;
import cn.scorecard.core.evaluation.Evaluator;
import cn.scorecard.core.evaluation.NodeResult;
import cn.scorecard.core.metric.MetricRegistry;
import cn.scorecard.core.metric.Period;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Lost points on the hand-computed province of {@code ProvinceEndToEndTest} (see {@link PlanProvinces#endToEnd()}):
 * <pre>
 * B1: B1 area 40% of the total; within it the applicable weights are 5 + 5 + 5 + 3 + 10 = 28.
 *     B1.02.2 制裁案例 scores 0 (0 of 1 required), the only applicable leaf of B1.02: 100 × 0.40 × 5/28 = 7.142857
 *     B1.11.1 移送破产 scores 0: 100 × 0.40 × 3/28 = 4.285714; every other leaf scores 100 (0 lost)
 *     total 620/7 = 88.571429 → 88.571429 + 7.142857 + 4.285714 = 100
 * H:  所辖中院均值 40%, I1 89.970238 and I2 89.178571: (100 − 89.970238) ÷ 2 × 0.40 = 2.005952 and
 *     (100 − 89.178571) ÷ 2 × 0.40 = 2.164286, together 4.170238 for the leaf
 * </pre>
 */
class LostPointsTest {
    @Test
    void basicCourtByHand() {
        EvaluationResult r = PlanProvinces.endToEndResult();
        LostPoints.Sheet sheet = LostPoints.of(r, "B1");
        List<LostPoint> costly = sheet.points().stream().filter(p -> p.points() > 1e-9).toList();
        assertThat(costly).extracting(LostPoint::code).containsExactly("B1.02.2", "B1.11.1");
        assertThat(costly.get(0).points()).isCloseTo(100 * 0.40 * 5 / 28, within(1e-9));
        assertThat(costly.get(0).share()).isCloseTo(0.40 * 5 / 28, within(1e-12));
        assertThat(costly.get(1).points()).isCloseTo(100 * 0.40 * 3 / 28, within(1e-9));
        assertThat(costly.get(0).shortfall()).isEqualTo(1); // 0 of 1 required: 还差 1 次
        assertThat(sheet.lostTotal() + sheet.total()).isCloseTo(100, within(1e-9));
    }

    @Test
    void highCourtRollUpShare() {
        LostPoints.Sheet sheet = LostPoints.of(PlanProvinces.endToEndResult(), "H");
        LostPoint mean = sheet.points().stream().filter(p -> !p.subordinates().isEmpty()).findFirst().orElseThrow();
        assertThat(mean.subordinates()).extracting(LostPoint.SubordinateShare::courtCode).containsExactly("I2", "I1");
        assertThat(mean.subordinates().get(0).points()).isCloseTo((100 - 89.178571) / 2 * 0.40, within(1e-6));
        assertThat(mean.subordinates().get(1).points()).isCloseTo((100 - 89.970238) / 2 * 0.40, within(1e-6));
        assertThat(mean.points()).isCloseTo(4.170238, within(1e-6));
        assertThat(sheet.lostTotal() + sheet.total()).isCloseTo(100, within(1e-9));
    }

    @Test
    void everyCourtOfTheHandProvinceAddsUpTo100() {
        EvaluationResult r = PlanProvinces.endToEndResult();
        for (CourtResult c : r.courts()) {
            LostPoints.Sheet sheet = LostPoints.of(r, c.court().code());
            assertThat(sheet.lostTotal() + sheet.total()).as(c.court().code()).isCloseTo(100, within(1e-9));
        }
    }

    /** A demo province (1 high, 3 intermediate, 12 basic courts, 6,000 cases): every court adds up to 100. */
    @Test
    void everyCourtOfADemoProvinceAddsUpTo100() {
        EvaluationResult r = demoResult();
        int withLoss = 0;
        for (CourtResult c : r.courts()) {
            LostPoints.Sheet sheet = LostPoints.of(r, c.court().code());
            assertThat(sheet.total()).isNotNull();
            assertThat(sheet.lostTotal() + sheet.total()).as(c.court().code()).isCloseTo(100, within(1e-9));
            if (sheet.points().get(0).points() > 0) withLoss++;
            assertThat(sheet.points()).isSortedAccordingTo((a, b) -> Double.compare(b.points(), a.points()));
        }
        assertThat(withLoss).isEqualTo(r.courts().size());
    }

    /**
     * The peers' best of a peer-compared leaf, found by each leaf's place in the tree, is the best applicable value of
     * that indicator among the courts of the level, as a search of every peer's whole tree by code finds it.
     */
    @Test
    void peerBestIsTheBestValueOfTheLevelFoundBySearchingEveryCourt() {
        EvaluationResult r = demoResult();
        int compared = 0;
        for (CourtResult c : r.courts()) {
            for (LostPoint p : LostPoints.of(r, c.court().code()).points()) {
                if (p.path().get(p.path().size() - 1).node().scoring().rule() != ScoringRule.PEER) continue;
                boolean higher = p.path().get(p.path().size() - 1).node().scoring().higherIsBetter();
                Double best = r.courts().stream().filter(o -> o.court().level() == c.court().level())
                        .map(o -> o.find(p.code())).filter(n -> n != null && n.applicable() && n.value() != null)
                        .map(NodeResult::value).reduce((a, b) -> higher ? Math.max(a, b) : Math.min(a, b)).orElse(null);
                assertThat(p.peerBest()).as(c.court().code() + " " + p.code()).isEqualTo(best);
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(r.courts().size()); // every level has peer-compared leaves
    }

    private static EvaluationResult demoResult() {
        MetricRegistry registry = MetricRegistry.bundled();
        CatalogSet set = CatalogSet.bundled(registry.ids());
        Map<CourtLevel, Catalog> catalogs = new EnumMap<>(CourtLevel.class);
        for (CourtLevel l : CourtLevel.values()) catalogs.put(l, set.get("2019", l));
        return new Evaluator(registry).evaluate(DemoProvince.generate(DemoSpec.defaults(7L).withCases(6_000)),
                catalogs, Period.year(2025));
    }
}
