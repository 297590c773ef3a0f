package cn.scorecard.core.metric;

import static cn.scorecard.core.cases.StepType.ASSESSMENT_REPORT_RECEIVED;
import static cn.scorecard.core.cases.StepType.ASSESSMENT_REPORT_SERVED;
import static cn.scorecard.core.cases.StepType.OFFLINE_CONTROL;
import static cn.scorecard.core.cases.StepType.OFFLINE_PROPERTY_FOUND;
import static cn.scorecard.core.cases.StepType.ONLINE_CONTROL;
import static cn.scorecard.core.cases.StepType.ONLINE_PROPERTY_FOUND;
import static cn.scorecard.core.cases.StepType.ONLINE_SEARCH_START;
import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.core.cases.CaseFlag;
import cn.scorecard.core.cases.ClosingMethod;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.testing.TestProvince;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Node deadlines across the 2024 National Day holiday and its make-up working days (9-29 Sun, 10-12 Sat). */
class TimelinessMetricsTest {
    private final MetricRegistry registry = MetricRegistry.bundled();
    private EvaluationContext ctx;
    private int court;

    @BeforeEach
    void setUp() {
        TestProvince p = new TestProvince().court("H", CourtLevel.HIGH, null).court("I", CourtLevel.INTERMEDIATE, "H")
                .court("B", CourtLevel.BASIC, "I");
        int t1 = p.addCase("B", "（2024）江0101执1号", "2024-09-30", null, null);
        int t2 = p.addCase("B", "（2024）江0101执2号", "2024-09-30", null, null);
        int t3 = p.addCase("B", "（2024）江0101执3号", "2024-12-30", null, null);
        int t4 = p.addCase("B", "（2024）江0101执4号", "2024-06-03", "2024-06-05", ClosingMethod.WITHDRAWN);
        int t5 = p.addCase("B", "（2024）江0101执5号", "2024-06-03", null, null);
        // 5日: filed 9-30 → the search is due by the end of 10-05 (calendar days, holiday or not)
        p.step(t1, ONLINE_SEARCH_START, "2024-10-05 23:59").step(t2, ONLINE_SEARCH_START, "2024-10-06 00:00");
        // 10个工作日 from 9-30: 10-8..10-11, 10-12 (调休), 10-14..10-18 → due 10-18
        p.step(t1, OFFLINE_PROPERTY_FOUND, "2024-09-30 09:00").step(t1, OFFLINE_CONTROL, "2024-10-18 17:00");
        p.step(t2, OFFLINE_PROPERTY_FOUND, "2024-09-30 09:00").step(t2, OFFLINE_CONTROL, "2024-10-19 09:00");
        p.step(t3, OFFLINE_PROPERTY_FOUND, "2024-12-01 09:00").flag(t3, CaseFlag.REMOTE_CONTROL);
        // 5个工作日 from Fri 9-27: 9-29 (调休), 9-30, 10-8, 10-9, 10-10 → due 10-10
        p.step(t1, ASSESSMENT_REPORT_RECEIVED, "2024-09-27 10:00").step(t1, ASSESSMENT_REPORT_SERVED, "2024-10-10 16:00");
        p.step(t2, ASSESSMENT_REPORT_RECEIVED, "2024-09-27 10:00").step(t2, ASSESSMENT_REPORT_SERVED, "2024-10-11 09:00");
        // received Sat 12-28: due 2025-01-06 (1-1 is a holiday) → still running at the end of 2024
        p.step(t3, ASSESSMENT_REPORT_RECEIVED, "2024-12-28 10:00");
        // 48小时: exactly 48 h is in time, one minute more is late
        p.step(t5, ONLINE_PROPERTY_FOUND, "2024-06-10 09:00").step(t5, ONLINE_CONTROL, "2024-06-12 09:00");
        p.step(t2, ONLINE_PROPERTY_FOUND, "2024-10-08 09:00").step(t2, ONLINE_CONTROL, "2024-10-10 09:01");
        // 执行款: one month from arrival; late with approval counts as timely; unreleased and not yet due is skipped
        p.payment(t1, "2024-03-15 10:00", "2024-04-15 09:00", false, 100_00);
        p.payment(t2, "2024-03-15 10:00", "2024-04-16 09:00", false, 100_00);
        p.payment(t5, "2024-05-01 10:00", "2024-07-01 09:00", true, 100_00);
        p.payment(t4, "2024-12-20 10:00", null, false, 100_00);
        ctx = new EvaluationContext(p.build(), Period.year(2024));
        court = p.courtIndex("B");
    }

    private MetricValue value(String id) {
        return registry.get(id).compute(ctx, court);
    }

    @Test
    void onlineSearchWithinFiveDays() {
        // t1 on time, t2 late, t3 running (due 2025-01-04), t4 closed before the limit, t5 overdue
        MetricValue v = value("online_search_within_5_days");
        assertThat(v.numerator()).isEqualTo(1);
        assertThat(v.denominator()).isEqualTo(3);
    }

    @Test
    void initiationRateCountsEveryImplementationCaseFiled() {
        MetricValue v = value("online_search_initiation_rate");
        assertThat(v.numerator()).isEqualTo(1);
        assertThat(v.denominator()).isEqualTo(5);
    }

    @Test
    void offlineControlWithinTenWorkDaysCountsTheMakeUpSaturday() {
        MetricValue v = value("offline_control_within_10_workdays");
        assertThat(v.numerator()).isEqualTo(1);
        assertThat(v.denominator()).isEqualTo(2); // t3 is exempt (异地)
    }

    @Test
    void assessmentReportWithinFiveWorkDaysAcrossTheHoliday() {
        MetricValue v = value("assessment_report_served_within_5_workdays");
        assertThat(v.numerator()).isEqualTo(1);
        assertThat(v.denominator()).isEqualTo(2);
    }

    @Test
    void onlineControlWithin48Hours() {
        MetricValue v = value("online_control_within_48_hours");
        assertThat(v.numerator()).isEqualTo(1);
        assertThat(v.denominator()).isEqualTo(2);
    }

    @Test
    void paymentReleaseWithinAMonthOrApproved() {
        MetricValue v = value("payment_release_timeliness");
        assertThat(v.numerator()).isEqualTo(2);
        assertThat(v.denominator()).isEqualTo(3);
    }

    @Test
    void keyNodeOverdueIsNotComputedWithoutClosedCases() {
        // only t4 is closed (销案 on 6-05, before any limit): 0 overdue nodes over 1 case
        MetricValue v = value("key_node_mean_overdue");
        assertThat(v.denominator()).isEqualTo(1);
        assertThat(v.value()).isZero();
    }
}
