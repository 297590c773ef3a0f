package cn.scorecard.core.staff;

import static cn.scorecard.core.staff.StaffFixture.incident;
import static cn.scorecard.core.staff.StaffFixture.incidents;
import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.core.cases.CaseType;
import cn.scorecard.core.cases.ClosingMethod;
import cn.scorecard.core.cases.Times;
import cn.scorecard.core.data.Matter;
import cn.scorecard.core.data.MatterType;
import cn.scorecard.core.data.StaffRole;
import org.junit.jupiter.api.Test;

/** The common items 一.1–一.6 (incidents and records) and the clerk items 三.1–三.5. */
class StaffCommonAndClerkItemsTest {
    private final StaffFixture f = new StaffFixture();
    private final int judge = f.person("J1", StaffRole.JUDGE, "一团队");
    private final int clerk = f.person("C1", StaffRole.CLERK, "一团队");

    @Test
    void incidentDeductionsStopAtTheItemsPoints() {
        PersonResult r = f.assess("2024-03", incidents(
                incident("E1", judge, "2024-03-05", "消极执行、违法执行、选择性执行", 25),
                incident("E2", judge, "2024-03-06", "DUTY_NOT_FULFILLED", 3),
                incident("E3", judge, "2024-02-28", "DUTY_NOT_FULFILLED", 1))) // February: not this month
                .person("J1");
        ItemResult i1 = r.item("一.1");
        // 25 × 0.5 = 12.5 stopping at 10
        assertThat(i1.reasons().get(0).points()).isEqualTo(-12.5);
        assertThat(i1.reasons().get(0).refs()).containsExactly("E1");
        assertThat(i1.deductions()).isEqualTo(10);
        assertThat(i1.score()).isZero();
        assertThat(r.item("一.3").score()).isEqualTo(3.5);
        assertThat(r.total()).isEqualTo(88.5); // 100 − 10 − 1.5
        assertThat(r.failed()).isTrue();
    }

    @Test
    void petitionsAndSupervisedMattersAreDerivedFromRecordsAndIncidentsAddToThem() {
        f.petition("P1", judge, "2024-03-04", false, null, false, true);          // misconduct: 0.5
        f.petition("P2", judge, "2024-03-08", true, null, false, true);           // to Beijing: 1 (once)
        f.petition("P3", judge, "2024-01-10", false, null, false, false);         // 60 days end 03-10: unresolved 0.5
        f.petition("P4", judge, "2024-01-01", false, "2024-02-15", true, false);  // resolved in time
        f.petition("P5", judge, "2024-02-10", false, null, false, false);         // not misconduct, not yet overdue
        f.petition("P6", clerk, "2024-03-04", false, null, false, true);          // someone else's
        f.matters.add(new Matter("M1", 0, MatterType.SUPERVISED, f.day("2024-03-01"), f.day("2024-03-20"), f.day("2024-03-25"), null, judge));
        f.matters.add(new Matter("M2", 0, MatterType.SUPERVISED, f.day("2024-03-01"), f.day("2024-03-20"), f.day("2024-03-18"), null, judge));
        f.matters.add(new Matter("M3", 0, MatterType.DELEGATION, f.day("2024-03-01"), f.day("2024-03-20"), Times.NONE, null, judge));
        ItemResult item = f.assess("2024-03", incidents(incident("E1", judge, "2024-03-12", "违法执行引发信访", 1)))
                .person("J1").item("一.2");
        assertThat(item.reasons()).extracting(Reason::rule).containsExactly("因违法执行、不规范执行等引发执行信访案件",
                "进京访案件", "信访案件未及时化解", "督办案件未按要求报告并办结");
        assertThat(item.reasons().get(0).refs()).containsExactlyInAnyOrder("P1", "E1");
        assertThat(item.reasons().get(1).refs()).containsExactly("P2");
        assertThat(item.reasons().get(2).refs()).containsExactly("P3");
        assertThat(item.reasons().get(3).refs()).containsExactly("M1");
        // 2 × 0.5 + 1 + 0.5 + 0.5 = 3
        assertThat(item.deductions()).isEqualTo(3);
        assertThat(item.score()).isEqualTo(7);
    }

    @Test
    void otherCommonItemsCountHalfAPointPerOccurrence() {
        PersonResult r = f.assess("2024-03", incidents(
                incident("E1", clerk, "2024-03-05", "交办事项贯彻不力", 2),
                incident("E2", clerk, "2024-03-05", "群体性事件", 1),
                incident("E3", clerk, "2024-03-05", "重大事项未及时上报", 1),
                incident("E4", clerk, "2024-03-05", "因执行不当或作风不实工作被上级法院通报批评的", 1))).person("C1");
        assertThat(r.item("一.4").score()).isEqualTo(4);
        assertThat(r.item("一.5").score()).isEqualTo(4);
        assertThat(r.item("一.6").score()).isEqualTo(4.5);
        assertThat(r.total()).isEqualTo(97.5);
    }

    @Test
    void clerkIncidentItems() {
        PersonResult r = f.assess("2024-03", incidents(
                incident("E1", clerk, "2024-03-05", "未及时纳入节点管理", 2),
                incident("E2", clerk, "2024-03-05", "卷宗超期流转", 1),
                incident("E3", clerk, "2024-03-05", "文书差错", 1),
                incident("E4", clerk, "2024-03-05", "文书未及时送达", 3),
                incident("E5", clerk, "2024-03-05", "未及时报结", 4))).person("C1");
        assertThat(r.item("三.1").score()).isEqualTo(10.5);
        assertThat(r.item("三.2").deductions()).isEqualTo(1.1); // 0.5 + 3 × 0.2
        assertThat(r.item("三.2").score()).isEqualTo(10.9);
        assertThat(r.item("三.4").score()).isEqualTo(10);
        assertThat(r.total()).isEqualTo(95.4); // 100 − 1.5 − 1.1 − 2
    }

    @Test
    void casesPastTheStatutoryPeriodWithoutAnExtensionCostTheClerkOnePointEach() {
        f.addCase(CaseType.FIRST_ENFORCEMENT, "2023-09-10", null, null, judge, -1, clerk);         // overdue from 03-11
        f.addCase(CaseType.FIRST_ENFORCEMENT, "2023-07-01", null, null, judge, -1, clerk);         // overdue since January, still open
        f.addCase(CaseType.FIRST_ENFORCEMENT, "2023-08-01", "2024-03-05", ClosingMethod.FULFILLED, judge, -1, clerk); // late closing
        int extended = f.addCase(CaseType.FIRST_ENFORCEMENT, "2023-07-01", null, null, judge, -1, clerk);
        f.cases.extension(extended, 90);                                                          // approved: not counted
        f.addCase(CaseType.FIRST_ENFORCEMENT, "2023-07-01", "2024-02-20", ClosingMethod.FULFILLED, judge, -1, clerk); // closed in February
        f.addCase(CaseType.FIRST_ENFORCEMENT, "2023-09-20", null, null, judge, -1, clerk);         // deadline 03-20, overdue from 03-21
        ItemResult item = f.assess("2024-03", StaffInputs.empty()).person("C1").item("三.3");
        // the last case is also overdue from 03-21 (open at the month's end): 4 × 1
        assertThat(item.reasons().get(0).count()).isEqualTo(4);
        assertThat(item.score()).isEqualTo(8);
    }

    @Test
    void noncompliant终本ClosingsCostTheClerkTwoPointsEach() {
        f.addCase(CaseType.FIRST_ENFORCEMENT, "2023-10-01", "2024-03-10", ClosingMethod.TERMINATED_THIS_ROUND, judge, -1, clerk);
        f.addCase(CaseType.RESUMED_ENFORCEMENT, "2023-10-01", "2024-03-11", ClosingMethod.TERMINATED_THIS_ROUND, judge, -1, clerk);
        int ok = f.addCase(CaseType.FIRST_ENFORCEMENT, "2023-10-01", "2024-03-12", ClosingMethod.TERMINATED_THIS_ROUND, judge, -1, clerk);
        f.terminationSteps(ok, "2023-12-01");
        MonthlyAssessment m = f.assess("2024-03", StaffInputs.empty());
        assertThat(m.person("C1").item("三.5").deductions()).isEqualTo(4);
        assertThat(m.person("C1").item("三.5").score()).isEqualTo(8);
        assertThat(m.person("J1").item("二.5").score()).isEqualTo(7); // the judge: 2 × 0.5
    }
}
