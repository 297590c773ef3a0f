package cn.scorecard.core.staff;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.core.cases.CaseCategory;
import cn.scorecard.core.cases.CaseType;
import cn.scorecard.core.cases.ClosingMethod;
import cn.scorecard.core.data.StaffRole;
import java.io.StringReader;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * Two basic courts assessed in the same month under two rule sets: R1 under 宛法〔2023〕127号, R2 under the demo's
 * second method 澄西法〔2024〕15号 (完成结案指标数 16 points, −2 per case short, +1 per case over capped at 5, and an
 * item 二.7 执行款及时发放 of 4 points).
 */
class StaffTwoRuleSetsTest {
    static final StaffRuleSet CHENGXI = StaffRuleSets.parse("chengxi-2024-15.yaml",
            new StringReader(StaffRuleSets.resourceText("/staff/chengxi-2024-15.yaml")));
    final StaffFixture f = new StaffFixture();
    final int wancheng = f.person("J1", StaffRole.JUDGE, "一组", 0, null, null);
    final int chengxi = f.person("J2", StaffRole.JUDGE, "一组", 1, null, null);
    final StaffRulesByCourt byCourt = (court, month) -> court.equals("R2") ? CHENGXI : StaffFixture.RULES;

    @Test
    void theSecondMethodIsBundledAndDiffersWhereRealMethodsDiffer() {
        assertThat(CHENGXI.label()).isEqualTo("澄西法〔2024〕15号");
        assertThat(CHENGXI.item("二.1").points()).isEqualTo(16);
        assertThat(CHENGXI.item("二.1").bonusCap()).isEqualTo(5);
        assertThat(CHENGXI.item("二.7").name()).isEqualTo("执行款及时发放");
        assertThat(StaffFixture.RULES.item("二.7")).isNull();
        assertThat(StaffRuleSets.bundledFiles()).extracting(StaffRuleSets.BundledFile::court).containsExactly("", "江0103");
    }

    @Test
    void eachCourtsJudgeIsScoredUnderItsCourtsRuleSetInTheSameMonth() {
        for (int i = 1; i <= 9; i++) {
            closed(0, wancheng, "2024-03-0" + i);
            closed(1, chengxi, "2024-03-0" + i);
        }
        StaffInputs quotas = StaffFixture.quotas(new StaffInputs.ClosureQuota(wancheng, null, 2),
                new StaffInputs.ClosureQuota(chengxi, null, 2));
        MonthlyAssessment m = new StaffAssessor(f.data(), byCourt, quotas).assess(YearMonth.of(2024, 3));

        PersonResult j1 = m.person("J1");
        PersonResult j2 = m.person("J2");
        // 9 − 2 = 7 over the quota: 宛法 +2 each, uncapped → 20 + 14 = 34; 澄西法 +1 each, capped at 5 → 16 + 5 = 21
        assertThat(j1.item("二.1").score()).isEqualTo(34);
        assertThat(j2.item("二.1").bonus()).isEqualTo(5);
        assertThat(j2.item("二.1").score()).isEqualTo(21);
        assertThat(j1.item("二.7")).isNull();
        assertThat(j2.item("二.7").score()).isEqualTo(4);
        // everything else full: 宛法 100 + 14 = 114; 澄西法 100 + 5 = 105
        assertThat(j1.total()).isEqualTo(114);
        assertThat(j2.total()).isEqualTo(105);
        assertThat(m.ruleSetVersion()).isEqualTo("wancheng-2023-127、chengxi-2024-15");
    }

    @Test
    void aShortfallCostsEachCourtItsOwnRate() {
        closed(0, wancheng, "2024-03-05");
        closed(1, chengxi, "2024-03-05");
        StaffInputs quotas = StaffFixture.quotas(new StaffInputs.ClosureQuota(wancheng, null, 5),
                new StaffInputs.ClosureQuota(chengxi, null, 5));
        MonthlyAssessment m = new StaffAssessor(f.data(), byCourt, quotas).assess(YearMonth.of(2024, 3));
        // 4 short: 宛法 −3 each → 20 − 12 = 8; 澄西法 −2 each → 16 − 8 = 8 (of 16)
        assertThat(m.person("J1").item("二.1").deductions()).isEqualTo(12);
        assertThat(m.person("J2").item("二.1").deductions()).isEqualTo(8);
        assertThat(m.person("J2").item("二.1").points()).isEqualTo(16);
    }

    private void closed(int court, int judge, String day) {
        f.cases.addCase(court, "（2024）豫130" + (court + 2) + "执" + (day.hashCode() & 0xffff) + judge + "号",
                CaseType.FIRST_ENFORCEMENT, StaffFixture.day("2024-02-01"), StaffFixture.day(day),
                ClosingMethod.FULFILLED, CaseCategory.CIVIL_COMMERCIAL, 100_00, 0, judge, -1, -1);
    }

}
