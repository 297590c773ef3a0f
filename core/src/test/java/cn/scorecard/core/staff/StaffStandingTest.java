package cn.scorecard.core.staff;

import static cn.scorecard.core.staff.StaffFixture.incident;
import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.core.data.Discipline;
import cn.scorecard.core.data.StaffRole;
import cn.scorecard.core.data.StateCompensation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Vetoes, award eligibility, interviews and accountability, mid-month joiners, ranks, teams, clerks' quarters. */
class StaffStandingTest {
    private final StaffFixture f = new StaffFixture();

    /** An incident set costing 11.5 points (一.1 capped at 10, 一.3 1.5): the month fails with 88.5. */
    private static List<StaffInputs.Incident> failing(int person, String month) {
        return List.of(incident("F" + person + month, person, month + "-05", "IMPROPER_ENFORCEMENT", 25),
                incident("G" + person + month, person, month + "-06", "DUTY_NOT_FULFILLED", 3));
    }

    @Test
    void aVetoLeavesTheMonthUnscoredUnrankedAndTheYearWithoutAwardEligibility() {
        int j1 = f.person("J1", StaffRole.JUDGE, "一团队");
        f.person("J2", StaffRole.JUDGE, "一团队");
        StaffInputs inputs = new StaffInputs(List.of(), List.of(),
                List.of(new StaffInputs.VetoRecord("V1", j1, LocalDate.of(2024, 3, 15), "FALSIFICATION", "虚报结案")), List.of());
        StaffAssessor a = f.assessor(inputs);
        PersonResult feb = a.assess(YearMonth.of(2024, 2)).person("J1");
        assertThat(feb.awardEligible()).isTrue();
        MonthlyAssessment march = a.assess(YearMonth.of(2024, 3));
        PersonResult r = march.person("J1");
        assertThat(r.outcome()).isEqualTo(Outcome.VETOED);
        assertThat(r.total()).isNull();
        assertThat(r.rank()).isNull();
        assertThat(r.awardEligible()).isFalse();
        assertThat(r.vetoes()).extracting(VetoEvent::condition).containsExactly("执行数据弄虚作假的");
        assertThat(march.person("J2").rank()).isEqualTo(1);
        assertThat(march.interviews()).isEmpty(); // a veto is not a fail
        PersonResult april = a.assess(YearMonth.of(2024, 4)).person("J1");
        assertThat(april.total()).isEqualTo(100.0);
        assertThat(april.awardEligible()).isFalse();
        assertThat(a.assess(YearMonth.of(2025, 1)).person("J1").awardEligible()).isTrue();
    }

    @Test
    void disciplineAndStateCompensationRecordsRaiseVetoesByThemselves() {
        int j1 = f.person("J1", StaffRole.JUDGE, "一团队");
        int c1 = f.person("C1", StaffRole.CLERK, "一团队");
        int c2 = f.person("C2", StaffRole.CLERK, "一团队");
        f.disciplines.add(new Discipline(0, j1, StaffFixture.day("2024-05-10"), "党纪处分", true));
        f.compensations.add(new StateCompensation(0, "（2024）豫13委赔1号", StaffFixture.day("2024-05-20"), true, c1));
        f.compensations.add(new StateCompensation(0, "（2024）豫13委赔2号", StaffFixture.day("2024-05-20"), false, c2));
        MonthlyAssessment may = f.assess("2024-05", StaffInputs.empty());
        assertThat(may.person("J1").vetoes()).extracting(VetoEvent::conditionCode).containsExactly("DISCIPLINE");
        assertThat(may.person("C1").vetoes()).extracting(VetoEvent::source).containsExactly("国家赔偿 （2024）豫13委赔1号");
        assertThat(may.person("C2").vetoed()).isFalse(); // not caused by enforcement
    }

    @Test
    void theFourthFailInACalendarYearFlagsAccountability() {
        int j1 = f.person("J1", StaffRole.JUDGE, "一团队");
        List<StaffInputs.Incident> incidents = new ArrayList<>();
        for (String m : List.of("2023-12", "2024-01", "2024-02", "2024-03", "2024-04")) incidents.addAll(failing(j1, m));
        StaffAssessor a = f.assessor(new StaffInputs(incidents, List.of(), List.of(), List.of()));
        MonthlyAssessment march = a.assess(YearMonth.of(2024, 3));
        assertThat(march.person("J1").failsInYear()).isEqualTo(3); // December 2023 is another year
        assertThat(march.person("J1").accountability()).isFalse();
        assertThat(march.interviews()).singleElement()
                .satisfies(i -> assertThat(i.total()).isEqualTo(88.5))
                .satisfies(i -> assertThat(i.accountability()).isFalse());
        MonthlyAssessment april = a.assess(YearMonth.of(2024, 4));
        assertThat(april.person("J1").failsInYear()).isEqualTo(4);
        assertThat(april.person("J1").accountability()).isTrue();
        assertThat(april.interviews()).singleElement().satisfies(i -> assertThat(i.accountability()).isTrue());
        assertThat(april.accountable()).extracting(PersonResult::staffId).containsExactly("J1");
        MonthlyAssessment may = a.assess(YearMonth.of(2024, 5));
        assertThat(may.person("J1").passed()).isTrue();
        assertThat(may.interviews()).isEmpty();
        assertThat(may.person("J1").accountability()).isTrue(); // still four fails this year
        assertThat(may.person("J1").awardEligible()).isTrue(); // fails do not cost award eligibility
    }

    @Test
    void aPersonWhoJoinedMidMonthAnswersForTheirActiveDaysAndAProRatedQuota() {
        int j = f.person("J9", StaffRole.JUDGE, "一团队", 0, LocalDate.of(2024, 3, 18), null);
        f.person("J0", StaffRole.JUDGE, "一团队", 0, LocalDate.of(2024, 4, 1), null); // not yet active
        f.closedCase("2024-02-01", "2024-03-10", j);  // before joining
        f.closedCase("2024-02-01", "2024-03-20", j);
        f.closedCase("2024-02-01", "2024-03-21", j);
        StaffInputs inputs = new StaffInputs(List.of(incident("E1", j, "2024-03-05", "DUTY_NOT_FULFILLED", 1),
                incident("E2", j, "2024-03-25", "DUTY_NOT_FULFILLED", 1)),
                List.of(new StaffInputs.ClosureQuota(j, null, 6)), List.of(), List.of());
        MonthlyAssessment m = f.assess("2024-03", inputs);
        PersonResult r = m.person("J9");
        assertThat(r.activeFrom()).isEqualTo(LocalDate.of(2024, 3, 18));
        // 6 × 10 working days (03-18 … 03-29) / 21 = 2.86 → 3; 2 closures → 1 short → −3
        assertThat(r.item("二.1").score()).isEqualTo(17);
        assertThat(r.item("二.1").reasons().get(0).detail()).contains("按在岗工作日10/21折算");
        assertThat(r.item("一.3").reasons().get(0).refs()).containsExactly("E2");
        assertThat(m.person("J0")).isNull();

        StaffInputs explicit = new StaffInputs(List.of(), List.of(new StaffInputs.ClosureQuota(j, null, 6),
                new StaffInputs.ClosureQuota(j, YearMonth.of(2024, 3), 2)), List.of(), List.of());
        assertThat(f.assess("2024-03", explicit).person("J9").item("二.1").score()).isEqualTo(20);
    }

    @Test
    void quotasAreProRatedRoundingHalfUp() {
        assertThat(QuotaBook.prorate(6, 10, 21)).isEqualTo(3);
        assertThat(QuotaBook.prorate(5, 10, 20)).isEqualTo(3);  // 2.5 → 3
        assertThat(QuotaBook.prorate(5, 9, 20)).isEqualTo(2);   // 2.25 → 2
        assertThat(QuotaBook.prorate(7, 21, 21)).isEqualTo(7);
    }

    @Test
    void percentagePointsAreTruncatedTowardZero() {
        assertThat(ReductionRule.pointsFromTarget(110, 98, 8)).isEqualTo(2);    // 10.91% → +2.9
        assertThat(ReductionRule.pointsFromTarget(200, 189, 8)).isEqualTo(-2);  // 5.5% → −2.5
        assertThat(ReductionRule.pointsFromTarget(100, 92, 8)).isZero();        // exactly on target
        assertThat(ReductionRule.pointsFromTarget(3, 3, 5)).isEqualTo(-5);
        assertThat(ReductionRule.pointsFromTarget(100, 110, 8)).isEqualTo(-18); // the stock grew
    }

    @Test
    void peopleAreRankedWithinCourtAndRoleWithTiesSharingARank() {
        int a = f.person("J1", StaffRole.JUDGE, "一团队");
        f.person("J2", StaffRole.JUDGE, "二团队");
        int c = f.person("J3", StaffRole.JUDGE, "三团队");
        f.person("J4", StaffRole.JUDGE, "三团队");
        f.person("C1", StaffRole.CLERK, "一团队");
        f.person("X1", StaffRole.JUDGE, "一团队", 1, null, null); // another court
        f.person("O1", StaffRole.OTHER, "一团队");
        StaffInputs inputs = new StaffInputs(List.of(incident("E1", c, "2024-03-05", "DUTY_NOT_FULFILLED", 10),
                incident("E2", a, "2024-03-05", "DUTY_NOT_FULFILLED", 2)), List.of(), List.of(), List.of());
        MonthlyAssessment m = f.assess("2024-03", inputs);
        // J2 100, J4 100, J1 99, J3 95 → 1, 1, 3, 4
        assertThat(m.person("J2").rank()).isEqualTo(1);
        assertThat(m.person("J4").rank()).isEqualTo(1);
        assertThat(m.person("J1").rank()).isEqualTo(3);
        assertThat(m.person("J3").rank()).isEqualTo(4);
        assertThat(m.person("C1").rank()).isEqualTo(1);
        assertThat(m.person("X1").rank()).isEqualTo(1);
        assertThat(m.person("O1")).isNull();
        // teams of court 0: 一团队 (99 + 100) / 2 = 99.5, 二团队 100, 三团队 (95 + 100) / 2 = 97.5
        assertThat(m.team(0, "二团队").rank()).isEqualTo(1);
        assertThat(m.team(0, "一团队").mean()).isEqualTo(99.5);
        assertThat(m.team(0, "一团队").rank()).isEqualTo(2);
        assertThat(m.team(0, "三团队").rank()).isEqualTo(3);
        assertThat(m.team(1, "一团队").rank()).isEqualTo(1);
    }

    @Test
    void teamsWithEqualMeansShareARankAndVetoedMembersAreLeftOut() {
        int a = f.person("J1", StaffRole.JUDGE, "一团队");
        f.person("C1", StaffRole.CLERK, "一团队");
        f.person("J2", StaffRole.JUDGE, "二团队");
        int c = f.person("J3", StaffRole.JUDGE, "三团队");
        StaffInputs inputs = new StaffInputs(List.of(incident("E1", c, "2024-03-05", "DUTY_NOT_FULFILLED", 2)), List.of(),
                List.of(new StaffInputs.VetoRecord("V1", a, LocalDate.of(2024, 3, 1), "MAJOR_INCIDENT", "")), List.of());
        MonthlyAssessment m = f.assess("2024-03", inputs);
        TeamResult one = m.team(0, "一团队");
        assertThat(one.members()).isEqualTo(2);
        assertThat(one.scoredMembers()).isEqualTo(1);
        assertThat(one.mean()).isEqualTo(100.0);
        assertThat(one.rank()).isEqualTo(1);
        assertThat(m.team(0, "二团队").rank()).isEqualTo(1);
        assertThat(m.team(0, "三团队").rank()).isEqualTo(3);
    }

    @Test
    void aClerksQuarterIsTheEvaluationPlusTheSumOfTheMonths() {
        int c1 = f.person("C1", StaffRole.CLERK, "一团队");
        int c2 = f.person("C2", StaffRole.CLERK, "一团队");
        int c3 = f.person("C3", StaffRole.CLERK, "一团队", 0, LocalDate.of(2024, 2, 1), null);
        List<StaffInputs.ClerkEvaluation> evaluations = List.of(
                new StaffInputs.ClerkEvaluation(c1, 2024, 1, Map.of("SERVICE", 25.0, "TRANSCRIPTION", 20.0, "CASELOAD", 22.0, "ONLINE_FILING", 23.0)),
                new StaffInputs.ClerkEvaluation(c3, 2024, 1, Map.of("SERVICE", 20.0, "TRANSCRIPTION", 20.0, "CASELOAD", 20.0, "ONLINE_FILING", 20.0)),
                new StaffInputs.ClerkEvaluation(c1, 2024, 2, Map.of("SERVICE", 1.0, "TRANSCRIPTION", 1.0, "CASELOAD", 1.0, "ONLINE_FILING", 1.0)));
        StaffInputs inputs = new StaffInputs(List.of(incident("E1", c1, "2024-02-05", "文书差错", 3)), List.of(), List.of(), evaluations);
        List<QuarterlyClerkResult> q = f.assessor(inputs).assessQuarter(2024, 1);
        assertThat(q).extracting(QuarterlyClerkResult::staffId).containsExactly("C1", "C2", "C3");
        QuarterlyClerkResult r1 = q.get(0);
        // 90 + 100 + 98.5 + 100
        assertThat(r1.evaluation()).isEqualTo(90.0);
        assertThat(r1.monthlyScores()).containsExactly(100.0, 98.5, 100.0);
        assertThat(r1.result()).isEqualTo(388.5);
        assertThat(q.get(1).result()).isNull();
        assertThat(q.get(1).note()).isEqualTo("缺少本季度书记员考评");
        assertThat(q.get(2).monthlyScores()).containsExactly(null, 100.0, 100.0);
        assertThat(q.get(2).result()).isEqualTo(280.0);

        StaffRuleSet r = StaffFixture.RULES;
        StaffRuleSet mean = new StaffRuleSet(r.version(), r.title(), r.issuer(), r.source(), r.passMark(),
                r.accountabilityAfterFails(), QuarterlyCombination.MEAN, r.petitionResolutionDays(), r.items(),
                r.clerkQuarterly(), r.vetoes());
        List<QuarterlyClerkResult> qm = new StaffAssessor(f.data(), mean, inputs).assessQuarter(2024, 1);
        assertThat(qm.get(0).result()).isEqualTo(189.5); // 90 + 298.5 / 3
        assertThat(qm.get(0).combination()).isEqualTo(QuarterlyCombination.MEAN);
    }

    @Test
    void aVetoInTheQuarterLeavesTheClerksQuarterWithoutAResult() {
        int c1 = f.person("C1", StaffRole.CLERK, "一团队");
        StaffInputs inputs = new StaffInputs(List.of(), List.of(),
                List.of(new StaffInputs.VetoRecord("V1", c1, LocalDate.of(2024, 5, 3), "弄虚作假", "")),
                List.of(new StaffInputs.ClerkEvaluation(c1, 2024, 2, Map.of("SERVICE", 25.0, "TRANSCRIPTION", 25.0, "CASELOAD", 25.0, "ONLINE_FILING", 25.0))));
        QuarterlyClerkResult r = f.assessor(inputs).assessQuarter(2024, 2).get(0);
        assertThat(r.vetoed()).isTrue();
        assertThat(r.result()).isNull();
        assertThat(r.monthlyScores()).containsExactly(100.0, null, 100.0);
    }
}
