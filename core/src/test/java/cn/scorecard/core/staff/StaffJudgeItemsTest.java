package cn.scorecard.core.staff;

import static cn.scorecard.core.staff.StaffFixture.quotas;
import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.core.cases.CaseType;
import cn.scorecard.core.cases.ClosingMethod;
import cn.scorecard.core.cases.StepType;
import cn.scorecard.core.data.StaffRole;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Items 二.1 to 二.6 (员额法官、法官助理), each computed by hand; March 2024 has 21 working days. */
class StaffJudgeItemsTest {
    private final StaffFixture f = new StaffFixture();
    private final int judge = f.person("J1", StaffRole.JUDGE, "一团队");

    @Test
    void aPersonWithNothingAgainstThemScores100() {
        PersonResult r = f.assess("2024-03", StaffInputs.empty()).person("J1");
        assertThat(r.total()).isEqualTo(100.0);
        assertThat(r.outcome()).isEqualTo(Outcome.PASSED);
        assertThat(r.rank()).isEqualTo(1);
        assertThat(r.item("二.1").reasons().get(0).detail()).contains("未设定本月结案指标");
        assertThat(r.item("二.2").reasons().get(0).detail()).contains("上月末无存量");
    }

    @Test
    void closuresShortOfTheQuotaCostThreePointsEach() {
        f.closedCase("2024-02-01", "2024-03-05", judge);
        f.closedCase("2024-02-01", "2024-03-06", judge);
        f.closedCase("2024-02-01", "2024-03-07", judge);
        f.closedCase("2024-02-01", "2024-02-28", judge); // February: not this month's
        ItemResult item = f.assess("2024-03", quotas(new StaffInputs.ClosureQuota(judge, YearMonth.of(2024, 3), 5)))
                .person("J1").item("二.1");
        // 5 − 3 = 2 short → −6
        assertThat(item.deductions()).isEqualTo(6);
        assertThat(item.score()).isEqualTo(14);
        assertThat(item.reasons().get(0).count()).isEqualTo(2);
        assertThat(item.reasons().get(0).points()).isEqualTo(-6);
        assertThat(item.reasons().get(0).refs()).hasSize(3);
    }

    @Test
    void theQuotaDeductionStopsAtTheItemsTwentyPoints() {
        f.closedCase("2024-02-01", "2024-03-05", judge);
        ItemResult item = f.assess("2024-03", quotas(new StaffInputs.ClosureQuota(judge, null, 12)))
                .person("J1").item("二.1");
        // 11 short → 33 points, stopping at 20
        assertThat(item.reasons().get(0).points()).isEqualTo(-33);
        assertThat(item.deductions()).isEqualTo(20);
        assertThat(item.score()).isEqualTo(0);
    }

    @Test
    void closuresOverTheQuotaGainTwoPointsEachAndTakeTheTotalAbove100() {
        for (int i = 1; i <= 6; i++) f.closedCase("2024-02-01", "2024-03-1" + i, judge);
        PersonResult r = f.assess("2024-03", quotas(new StaffInputs.ClosureQuota(judge, null, 2))).person("J1");
        // 6 − 2 = 4 over → +8, uncapped
        assertThat(r.item("二.1").bonus()).isEqualTo(8);
        assertThat(r.item("二.1").score()).isEqualTo(28);
        assertThat(r.total()).isEqualTo(108.0);
        assertThat(r.passed()).isTrue();
    }

    @Test
    void over12MonthStockReducedBy10Point9PercentGainsOnePoint() {
        // 110 cases older than 12 months at 2024-02-29; 12 closed in March → 98: 10.909% − 8% = 2.9 → 2 points × 0.5
        for (int i = 0; i < 110; i++) {
            if (i < 12) f.closedCase("2023-01-15", "2024-03-10", judge);
            else f.openCase("2023-01-15", judge);
        }
        f.addCase(CaseType.PRESERVATION, "2022-05-01", null, null, judge, -1, -1); // 执保: not in the stock
        ItemResult item = f.assess("2024-03", StaffInputs.empty()).person("J1").item("二.2");
        assertThat(item.bonus()).isEqualTo(1.0);
        assertThat(item.score()).isEqualTo(9.0);
        Reason reason = item.reasons().get(0);
        assertThat(reason.count()).isEqualTo(2);
        assertThat(reason.refs()).hasSize(98);
        assertThat(reason.detail()).contains("上月末存量110件", "本月末存量98件", "消化率10.91%");
    }

    @Test
    void over12MonthStockReducedBy5Point5PercentLosesOnePointTruncatedTowardZero() {
        // 200 → 189: 5.5% − 8% = −2.5 → −2 points × 0.5 = −1
        for (int i = 0; i < 200; i++) {
            if (i < 11) f.closedCase("2023-01-15", "2024-03-10", judge);
            else f.openCase("2023-01-15", judge);
        }
        ItemResult item = f.assess("2024-03", StaffInputs.empty()).person("J1").item("二.2");
        assertThat(item.deductions()).isEqualTo(1.0);
        assertThat(item.score()).isEqualTo(7.0);
    }

    @Test
    void aCaseTurningTwelveMonthsOldThisMonthWithNoStockLastMonthGivesFullPointsAndNoBonus() {
        f.openCase("2023-03-10", judge); // older than 12 months from 2024-03-11
        ItemResult item = f.assess("2024-03", StaffInputs.empty()).person("J1").item("二.2");
        assertThat(item.score()).isEqualTo(8);
        assertThat(item.bonus()).isZero();
        assertThat(item.reasons().get(0).refs()).hasSize(1);
    }

    @Test
    void awaitingDisposalStockCountsControlledButUndisposedCases() {
        // 20 controlled cases at 2024-02-29; 3 disposed in March → 17: 15% − 5% = 10 points → +5
        for (int i = 0; i < 20; i++) {
            int row = f.openCase("2023-11-01", judge);
            f.step(row, i % 2 == 0 ? StepType.ONLINE_CONTROL : StepType.OFFLINE_CONTROL, "2024-01-10");
            if (i < 3) f.step(row, StepType.DISPOSAL, "2024-03-05");
        }
        int disposedEarlier = f.openCase("2023-11-01", judge);
        f.step(disposedEarlier, StepType.ONLINE_CONTROL, "2024-01-10");
        f.step(disposedEarlier, StepType.DISPOSAL, "2024-02-10");
        f.openCase("2023-11-01", judge); // never controlled
        ItemResult item = f.assess("2024-03", StaffInputs.empty()).person("J1").item("二.3");
        assertThat(item.bonus()).isEqualTo(5.0);
        assertThat(item.score()).isEqualTo(13.0);
    }

    @Test
    void terminationReadyStockCountsOpenCasesMeetingThe终本ConditionsAfterThreeMonths() {
        // 10 ready at 2024-02-29; 3 closed by compliant 终本 in March; 1 turns three months old on 2024-03-16 → 8
        for (int i = 0; i < 10; i++) {
            int row = i < 3
                    ? f.addCase(CaseType.FIRST_ENFORCEMENT, "2023-10-01", "2024-03-10", ClosingMethod.TERMINATED_THIS_ROUND, judge, -1, -1)
                    : f.openCase("2023-10-01", judge);
            f.terminationSteps(row, "2023-11-20");
        }
        f.terminationSteps(f.openCase("2023-12-15", judge), "2024-01-20");
        int notInformed = f.openCase("2023-10-01", judge);
        f.terminationStepsExcept(notInformed, "2023-11-20", StepType.APPLICANT_INFORMED);
        f.openCase("2023-10-01", judge); // no steps at all
        PersonResult r = f.assess("2024-03", StaffInputs.empty()).person("J1");
        // 20% − 5% = 15 points → +7.5
        assertThat(r.item("二.4").bonus()).isEqualTo(7.5);
        assertThat(r.item("二.4").score()).isEqualTo(15.5);
        assertThat(r.item("二.4").reasons().get(0).detail()).contains("上月末存量10件", "本月末存量8件");
        assertThat(r.item("二.5").score()).isEqualTo(8); // the three 终本 closings are compliant
    }

    @Test
    void noncompliant终本ClosingsCostHalfAPointEach() {
        int compliant = f.addCase(CaseType.FIRST_ENFORCEMENT, "2023-10-01", "2024-03-10", ClosingMethod.TERMINATED_THIS_ROUND, judge, -1, -1);
        f.terminationSteps(compliant, "2023-11-20");
        int noApplicantInformed = f.addCase(CaseType.FIRST_ENFORCEMENT, "2023-10-01", "2024-03-11", ClosingMethod.TERMINATED_THIS_ROUND, judge, -1, -1);
        f.step(noApplicantInformed, StepType.EXECUTION_NOTICE, "2023-10-05");
        f.addCase(CaseType.FIRST_ENFORCEMENT, "2024-01-10", "2024-03-12", ClosingMethod.TERMINATED_THIS_ROUND, judge, -1, -1);
        f.addCase(CaseType.FIRST_ENFORCEMENT, "2023-10-01", "2024-02-12", ClosingMethod.TERMINATED_THIS_ROUND, judge, -1, -1); // February
        ItemResult item = f.assess("2024-03", StaffInputs.empty()).person("J1").item("二.5");
        assertThat(item.deductions()).isEqualTo(1.0);
        assertThat(item.reasons().get(0).refs()).containsExactly("（2023）豫1302执2号", "（2023）豫1302执3号");
    }

    @Test
    void casesClosedLateOrBecomingOverdueThisMonthCostHalfAPointEach() {
        f.openCase("2023-09-10", judge);                      // deadline 2024-03-10, overdue from 03-11: counts
        f.closedCase("2023-08-01", "2024-03-05", judge);       // deadline 2024-02-01, closed late in March: counts
        int extended = f.openCase("2023-09-10", judge);        // extended 30 days → 2024-04-09: not yet
        f.cases.extension(extended, 30);
        f.openCase("2023-07-01", judge);                      // overdue since January: counted then, not now
        f.closedCase("2023-09-20", "2024-03-15", judge);       // within 2024-03-20
        int deducted = f.openCase("2023-09-05", judge);        // 2024-03-05 + 10 deducted days = 03-15: counts
        f.cases.deduction(deducted, f.day("2023-10-01"), f.day("2023-10-10"));
        ItemResult item = f.assess("2024-03", StaffInputs.empty()).person("J1").item("二.6");
        assertThat(item.reasons().get(0).count()).isEqualTo(3);
        assertThat(item.deductions()).isEqualTo(1.5);
        assertThat(item.score()).isEqualTo(6.5);
    }

    @Test
    void anAssistantIsAssessedOnTheCasesWhereTheyAreThe法官助理() {
        int assistant = f.person("A1", StaffRole.ASSISTANT, "一团队");
        f.addCase(CaseType.FIRST_ENFORCEMENT, "2024-02-01", "2024-03-05", ClosingMethod.FULFILLED, judge, assistant, -1);
        f.addCase(CaseType.FIRST_ENFORCEMENT, "2024-02-01", "2024-03-06", ClosingMethod.FULFILLED, assistant, -1, -1); // wrong column
        MonthlyAssessment m = f.assess("2024-03", quotas(new StaffInputs.ClosureQuota(assistant, null, 2),
                new StaffInputs.ClosureQuota(judge, null, 2)));
        assertThat(m.person("A1").item("二.1").score()).isEqualTo(17); // 1 of 2
        assertThat(m.person("J1").item("二.1").score()).isEqualTo(17); // the judge's column only: 1 of 2
    }
}
