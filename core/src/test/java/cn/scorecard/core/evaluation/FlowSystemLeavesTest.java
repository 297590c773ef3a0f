package cn.scorecard.core.evaluation;

import static cn.scorecard.core.cases.ClosingMethod.FULFILLED;
import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.core.cases.CaseFlag;
import cn.scorecard.core.catalog.Catalog;
import cn.scorecard.core.catalog.CatalogSet;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.data.EvidenceRecord;
import cn.scorecard.core.data.EvidenceStatus;
import cn.scorecard.core.metric.MetricRegistry;
import cn.scorecard.core.metric.Period;
import cn.scorecard.core.testing.TestProvince;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The five leaves about the case-flow system and 一案一账号 are computed from data where it exists and assessed from
 * evidence where it does not, and the note says which (依据：案件数据 / 下级法院数据 / 佐证材料). By hand, year 2024:
 * <pre>
 * H ── I1 ── B1  2 cases, one 未纳入流程系统            B1.12.1: 1 ÷ 2 outside → 0
 *    │     └─ B2  1 case in the system                B1.12.1: 0 ÷ 1 → 100
 *    └─ I2 ── B3  no cases, evidence B1.12.1 达标      B1.12.1: evidence → 100
 *                                                     I1.12.1 of I1, I2 (no cases): evidence 未达标 / none → 0
 * I3.06.1  I1: B1 has such a case: 1 ÷ 2 courts → 0;  I2: B3 has no cases → I2's evidence 达标 → 100
 * H2.05.2  H: courts below with cases B1, B2; B1 outside → 1 ÷ 2 → 0
 * H2.05.1  H: findings on 新收案件是否一案一账号: I1 (I1.07.1) 达标, B1, B2 (B1.07.1) 达标, B3 未达标 → 1 ÷ 4 → 0;
 *          with B3 达标 → 0 ÷ 4 → 100; with no findings below → H's evidence.
 * </pre>
 */
class FlowSystemLeavesTest {
    static final MetricRegistry REGISTRY = MetricRegistry.bundled();
    static final CatalogSet SET = CatalogSet.bundled(REGISTRY.ids());
    static final Period YEAR = Period.year(2024);

    private final TestProvince p = new TestProvince().court("H", CourtLevel.HIGH, null)
            .court("I1", CourtLevel.INTERMEDIATE, "H").court("B1", CourtLevel.BASIC, "I1").court("B2", CourtLevel.BASIC, "I1")
            .court("I2", CourtLevel.INTERMEDIATE, "H").court("B3", CourtLevel.BASIC, "I2");

    private void cases() {
        int outside = p.addCase("B1", "（2024）江0101执1号", "2024-02-01", null, null);
        p.flag(outside, CaseFlag.OUTSIDE_SYSTEM);
        p.addCase("B1", "（2024）江0101执2号", "2024-03-01", "2024-06-01", FULFILLED);
        p.addCase("B2", "（2024）江0102执1号", "2024-03-01", "2024-06-01", FULFILLED);
        // closed before the year: not handled in 2024, so its flag does not count
        int old = p.addCase("B2", "（2023）江0102执9号", "2023-01-05", "2023-05-01", FULFILLED);
        p.flag(old, CaseFlag.OUTSIDE_SYSTEM);
    }

    private void evidence(String court, String code, EvidenceStatus status) {
        p.evidence.add(new EvidenceRecord(p.courtIndex(court), 2024, code, status, null, null, null, null));
    }

    private static Map<CourtLevel, Catalog> catalogs() {
        Map<CourtLevel, Catalog> out = new EnumMap<>(CourtLevel.class);
        for (CourtLevel l : CourtLevel.values()) out.put(l, SET.get("2019", l));
        return out;
    }

    private EvaluationResult evaluate() {
        return new Evaluator(REGISTRY).evaluate(p.build(), catalogs(), YEAR);
    }

    @Test
    void aBasicCourtsOwnCasesDecideItsLeafAndACourtWithoutCasesItsEvidence() {
        cases();
        evidence("B3", "B1.12.1", EvidenceStatus.MET);
        evidence("B1", "B1.12.1", EvidenceStatus.MET); // data exists: B1's evidence is not used
        evidence("I1", "I1.12.1", EvidenceStatus.NOT_MET);
        EvaluationResult r = evaluate();

        NodeResult b1 = r.court("B1").find("B1.12.1");
        assertThat(b1.score()).isZero();
        assertThat(b1.numerator()).isEqualTo(1);
        assertThat(b1.denominator()).isEqualTo(2);
        assertThat(b1.note()).startsWith("依据：案件数据；");

        NodeResult b2 = r.court("B2").find("B1.12.1");
        assertThat(b2.score()).isEqualTo(100);
        assertThat(b2.denominator()).isEqualTo(1);
        assertThat(b2.note()).startsWith("依据：案件数据；");

        NodeResult b3 = r.court("B3").find("B1.12.1");
        assertThat(b3.score()).isEqualTo(100);
        assertThat(b3.note()).isEqualTo("依据：佐证材料（无案件数据）；佐证材料：达标");

        NodeResult i1 = r.court("I1").find("I1.12.1");
        assertThat(i1.score()).isZero();
        assertThat(i1.note()).isEqualTo("依据：佐证材料（无案件数据）；佐证材料：未达标");
        NodeResult i2 = r.court("I2").find("I1.12.1");
        assertThat(i2.score()).isZero();
        assertThat(i2.note()).isEqualTo("依据：佐证材料（无案件数据）；未提交佐证材料，按未达标计");
    }

    @Test
    void aSubordinatesCaseOutsideTheSystemFailsTheCourtsAbove() {
        cases();
        evidence("I1", "I3.06.1", EvidenceStatus.MET); // data exists below I1: not used
        evidence("I2", "I3.06.1", EvidenceStatus.MET);
        evidence("H", "H2.05.2", EvidenceStatus.MET);
        EvaluationResult r = evaluate();

        NodeResult i1 = r.court("I1").find("I3.06.1");
        assertThat(i1.score()).isZero();
        assertThat(i1.numerator()).isEqualTo(1);
        assertThat(i1.denominator()).isEqualTo(2);
        assertThat(i1.note()).startsWith("依据：下级法院数据；");

        NodeResult i2 = r.court("I2").find("I3.06.1");
        assertThat(i2.score()).isEqualTo(100);
        assertThat(i2.note()).isEqualTo("依据：佐证材料（无下级法院数据）；佐证材料：达标");

        NodeResult h = r.court("H").find("H2.05.2");
        assertThat(h.score()).isZero();
        assertThat(h.numerator()).isEqualTo(1);
        assertThat(h.denominator()).isEqualTo(2); // B1, B2: the courts below with cases
        assertThat(h.note()).startsWith("依据：下级法院数据；");
    }

    @Test
    void allSubordinatesInTheSystemMeetTheLeaf() {
        p.addCase("B2", "（2024）江0102执1号", "2024-03-01", null, null);
        p.addCase("B3", "（2024）江0103执1号", "2024-03-01", null, null);
        evidence("H", "H2.05.2", EvidenceStatus.NOT_MET); // data exists: H's evidence is not used
        EvaluationResult r = evaluate();
        assertThat(r.court("H").find("H2.05.2").score()).isEqualTo(100);
        assertThat(r.court("H").find("H2.05.2").denominator()).isEqualTo(2);
        assertThat(r.court("I1").find("I3.06.1").score()).isEqualTo(100);
        assertThat(r.court("I1").find("I3.06.1").denominator()).isEqualTo(1); // B1 has no cases: not counted
    }

    @Test
    void oneAccountPerCaseFollowsTheSubordinatesOwnFindings() {
        evidence("I1", "I1.07.1", EvidenceStatus.MET);
        evidence("B1", "B1.07.1", EvidenceStatus.MET);
        evidence("B2", "B1.07.1", EvidenceStatus.MET);
        evidence("B3", "B1.07.1", EvidenceStatus.NOT_MET);
        evidence("H", "H2.05.1", EvidenceStatus.MET); // findings below exist: not used
        NodeResult failed = evaluate().court("H").find("H2.05.1");
        assertThat(failed.score()).isZero();
        assertThat(failed.numerator()).isEqualTo(1);
        assertThat(failed.denominator()).isEqualTo(4);
        assertThat(failed.note()).startsWith("依据：下级法院数据；");

        p.evidence.remove(3);
        evidence("B3", "B1.07.1", EvidenceStatus.MET);
        NodeResult met = evaluate().court("H").find("H2.05.1");
        assertThat(met.score()).isEqualTo(100);
        assertThat(met.denominator()).isEqualTo(4);
    }

    @Test
    void withoutFindingsBelowTheHighCourtsOwnEvidenceDecides() {
        evidence("H", "H2.05.1", EvidenceStatus.MET);
        evidence("H", "H2.05.2", EvidenceStatus.NOT_MET);
        EvaluationResult r = evaluate();
        assertThat(r.court("H").find("H2.05.1").score()).isEqualTo(100);
        assertThat(r.court("H").find("H2.05.1").note()).isEqualTo("依据：佐证材料（无下级法院数据）；佐证材料：达标");
        assertThat(r.court("H").find("H2.05.2").score()).isZero();
        assertThat(r.court("H").find("H2.05.2").note()).isEqualTo("依据：佐证材料（无下级法院数据）；佐证材料：未达标");
    }

    @Test
    void aCourtMayStillMarkTheLeafNotApplicable() {
        cases();
        p.evidence.add(new EvidenceRecord(p.courtIndex("B1"), 2024, "B1.12.1", EvidenceStatus.NOT_APPLICABLE, null, null,
                "试点法院", null));
        NodeResult b1 = evaluate().court("B1").find("B1.12.1");
        assertThat(b1.applicable()).isFalse();
        assertThat(b1.score()).isNull();
    }
}
