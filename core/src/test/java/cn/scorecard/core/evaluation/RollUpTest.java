package cn.scorecard.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.scorecard.core.catalog.Applicability;
import cn.scorecard.core.catalog.Catalog;
import cn.scorecard.core.catalog.IndicatorKind;
import cn.scorecard.core.catalog.IndicatorNode;
import cn.scorecard.core.catalog.Scoring;
import cn.scorecard.core.catalog.ScoringRule;
import cn.scorecard.core.cases.ClosingMethod;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.data.EvidenceRecord;
import cn.scorecard.core.data.EvidenceStatus;
import cn.scorecard.core.metric.MetricRegistry;
import cn.scorecard.core.metric.Period;
import cn.scorecard.core.testing.TestProvince;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scoring rules, N/A renormalisation, 无此类案件, peer min–max and the roll-up on a small catalog; every
 * expected number is worked out by hand in the comments.
 */
class RollUpTest {
    static EvaluationResult result;

    static IndicatorNode leaf(String code, double weight, IndicatorKind kind, String metric, Scoring s) {
        return new IndicatorNode(code, code, weight, kind, "", metric, s, Applicability.ALWAYS, List.of());
    }

    static IndicatorNode group(String code, double weight, Applicability a, IndicatorNode... children) {
        return new IndicatorNode(code, code, weight, IndicatorKind.GROUP, "", null, Scoring.weighted(), a, List.of(children));
    }

    static Scoring rule(ScoringRule r, double target, double required, boolean higher, boolean noCasesFullMarks) {
        return new Scoring(r, target, required, higher, 0, noCasesFullMarks);
    }

    static final Scoring MET = rule(ScoringRule.MET, 0, 0, true, false);
    static final Scoring MEAN = rule(ScoringRule.SUBORDINATE_MEAN, 0, 0, true, false);

    @BeforeAll
    static void evaluate() {
        Catalog basic = new Catalog("t", CourtLevel.BASIC, "基层", List.of(
                group("B1", 60, Applicability.ALWAYS,
                        leaf("B1.1", 50, IndicatorKind.COMPUTED, "fulfilment_rate", rule(ScoringRule.PEER, 0, 0, true, false)),
                        leaf("B1.2", 50, IndicatorKind.COMPUTED, "objection_closure_rate", rule(ScoringRule.TARGET, 0.9, 0, true, true))),
                group("B2", 40, Applicability.ALWAYS, leaf("B2.1", 100, IndicatorKind.EVIDENCE, null, MET))));
        Catalog intermediate = new Catalog("t", CourtLevel.INTERMEDIATE, "中级", List.of(
                group("I1", 75, Applicability.ALWAYS,
                        leaf("I1.1", 50, IndicatorKind.EVIDENCE, null, MET),
                        group("I1.2", 50, Applicability.NOT_MUNICIPALITY, leaf("I1.2.1", 100, IndicatorKind.EVIDENCE, null, MET))),
                leaf("I2", 25, IndicatorKind.SUBORDINATE_MEAN, null, MEAN)));
        Catalog high = new Catalog("t", CourtLevel.HIGH, "高级", List.of(
                group("H1", 60, Applicability.ALWAYS,
                        leaf("H1.1", 100, IndicatorKind.FREQUENCY, null, rule(ScoringRule.FREQUENCY, 0, 2, true, false))),
                leaf("H2", 40, IndicatorKind.SUBORDINATE_MEAN, null, MEAN)));

        TestProvince p = new TestProvince().court("H", CourtLevel.HIGH, null)
                .court("I1", CourtLevel.INTERMEDIATE, "H").court("I2", CourtLevel.INTERMEDIATE, "H", true, false)
                .court("B1", CourtLevel.BASIC, "I1").court("B2", CourtLevel.BASIC, "I1")
                .court("B3", CourtLevel.BASIC, "I2").court("B4", CourtLevel.BASIC, "I2");
        // 执行完毕率: B1 1/2, B2 1/1, B3 0/2, B4 none (N/A)
        p.addCase("B1", "（2024）江0101执1号", "2024-01-02", "2024-03-01", ClosingMethod.FULFILLED);
        p.addCase("B1", "（2024）江0101执2号", "2024-01-02", "2024-06-01", ClosingMethod.TERMINATED_THIS_ROUND);
        p.addCase("B2", "（2024）江0102执1号", "2024-01-02", "2024-03-01", ClosingMethod.FULFILLED);
        p.addCase("B3", "（2024）江0103执1号", "2024-01-02", "2024-06-01", ClosingMethod.TERMINATED_THIS_ROUND);
        p.addCase("B3", "（2024）江0103执2号", "2024-01-02", "2024-06-01", ClosingMethod.TERMINATED);
        // 执行异议结案率: B1 1/1 → 100; B2 none → 无此类案件 100; B3 1/2 → 0.5/0.9 → 55.56; B4 none → 100
        p.addCase("B1", "（2024）江0101执异1号", "2024-02-01", "2024-03-01", ClosingMethod.CONCLUDED);
        p.addCase("B3", "（2024）江0103执异1号", "2024-02-01", "2024-03-01", ClosingMethod.CONCLUDED);
        p.addCase("B3", "（2024）江0103执异2号", "2024-11-01", null, null);
        int b1 = p.courtIndex("B1"), b2 = p.courtIndex("B2"), b3 = p.courtIndex("B3");
        p.evidence.add(new EvidenceRecord(b1, 2024, "B2.1", EvidenceStatus.MET, null, null, null, null));
        p.evidence.add(new EvidenceRecord(b2, 2024, "B2.1", EvidenceStatus.NOT_MET, null, null, null, null));
        p.evidence.add(new EvidenceRecord(b3, 2024, "B2.1", EvidenceStatus.PARTIAL, null, 60.0, "场所与审判庭合用", null));
        int i1 = p.courtIndex("I1"), i2 = p.courtIndex("I2");
        p.evidence.add(new EvidenceRecord(i1, 2024, "I1.1", EvidenceStatus.MET, null, null, null, null));
        p.evidence.add(new EvidenceRecord(i1, 2024, "I1.2.1", EvidenceStatus.MET, null, null, null, null));
        p.evidence.add(new EvidenceRecord(i2, 2024, "I1.1", EvidenceStatus.NOT_MET, null, null, null, null));
        p.evidence.add(new EvidenceRecord(p.courtIndex("H"), 2024, "H1.1", EvidenceStatus.MET, 1, null, null, null));
        result = new Evaluator(MetricRegistry.bundled()).evaluate(p.build(),
                Map.of(CourtLevel.BASIC, basic, CourtLevel.INTERMEDIATE, intermediate, CourtLevel.HIGH, high),
                Period.year(2024));
    }

    @Test
    void peerMinMaxWithinTheLevel() {
        assertThat(result.court("B1").find("B1.1").score()).isCloseTo(50, within(1e-9));
        assertThat(result.court("B2").find("B1.1").score()).isCloseTo(100, within(1e-9));
        assertThat(result.court("B3").find("B1.1").score()).isCloseTo(0, within(1e-9));
    }

    @Test
    void targetAndNoSuchCasesFullMarks() {
        assertThat(result.court("B3").find("B1.2").score()).isCloseTo(100 * 0.5 / 0.9, within(1e-9));
        assertThat(result.court("B2").find("B1.2").score()).isEqualTo(100.0);
        assertThat(result.court("B2").find("B1.2").note()).contains("无此类案件");
    }

    @Test
    void basicTotals() {
        assertThat(result.court("B1").total()).isCloseTo(85, within(1e-9));        // .6×75 + .4×100
        assertThat(result.court("B2").total()).isCloseTo(60, within(1e-9));        // .6×100 + .4×0
        assertThat(result.court("B3").total()).isCloseTo(0.6 * (100 * 0.5 / 0.9) / 2 + 0.4 * 60, within(1e-9));
    }

    @Test
    void notApplicableWeightIsSharedOut() {
        NodeResult area = result.court("B4").find("B1");
        assertThat(area.find("B1.1").applicable()).isFalse();
        assertThat(area.find("B1.1").effectiveWeight()).isZero();
        assertThat(area.find("B1.2").effectiveWeight()).isEqualTo(100.0);
        assertThat(result.court("B4").total()).isCloseTo(60, within(1e-9)); // no evidence → B2 scores 0
    }

    @Test
    void intermediateTotalsIncludeTheMeanOfTheirBasicCourts() {
        assertThat(result.court("I1").total()).isCloseTo(0.75 * 100 + 0.25 * (85 + 60) / 2, within(1e-9));
        // I2 is a municipality court: I1.2 is N/A, I1.1 carries the whole area
        double b3 = 0.6 * (100 * 0.5 / 0.9) / 2 + 0.4 * 60;
        assertThat(result.court("I2").find("I1.2").applicable()).isFalse();
        assertThat(result.court("I2").total()).isCloseTo(0.25 * (b3 + 60) / 2, within(1e-9));
    }

    @Test
    void highTotalIncludesFortyPercentOfTheIntermediateMean() {
        double i1 = 0.75 * 100 + 0.25 * (85 + 60) / 2;
        double b3 = 0.6 * (100 * 0.5 / 0.9) / 2 + 0.4 * 60;
        double i2 = 0.25 * (b3 + 60) / 2;
        assertThat(result.court("H").find("H1.1").score()).isEqualTo(50.0); // 1 of 2 reports
        assertThat(result.court("H").total()).isCloseTo(0.6 * 50 + 0.4 * (i1 + i2) / 2, within(1e-9));
    }

    @Test
    void effectiveWeightsOfApplicableSiblingsAddUpTo100() {
        for (CourtResult c : result.courts()) {
            double sum = c.areas().stream().mapToDouble(NodeResult::effectiveWeight).sum();
            assertThat(sum).isCloseTo(100, within(1e-9));
            double total = c.areas().stream().filter(a -> a.score() != null)
                    .mapToDouble(a -> a.effectiveWeight() * a.score() / 100).sum();
            assertThat(c.total()).isCloseTo(total, within(1e-9));
        }
    }
}
