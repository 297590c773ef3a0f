package cn.scorecard.core.metric;

import static cn.scorecard.core.cases.StepType.CLUE_PROVIDED;
import static cn.scorecard.core.cases.StepType.EXECUTION_NOTICE;
import static cn.scorecard.core.cases.StepType.ONLINE_CONTROL;
import static cn.scorecard.core.cases.StepType.ONLINE_PROPERTY_FOUND;
import static cn.scorecard.core.cases.StepType.ONLINE_SEARCH_START;
import static cn.scorecard.core.cases.StepType.PROPERTY_REPORT_ORDER;
import static cn.scorecard.core.cases.StepType.TRADITIONAL_SEARCH;
import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.core.cases.ClosingMethod;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.testing.TestProvince;
import org.junit.jupiter.api.Test;

/**
 * The readings of the second round (domain decisions): a step answers its trigger only at or after it, every
 * occurrence of a repeatable step is kept so that the answering one is found, and every key node counts as
 * overdue the same way. Hand-made 2025 cases; the expected counts are worked out in the comments.
 */
class StepTriggerReadingsTest {
    private final MetricRegistry registry = MetricRegistry.bundled();

    private static TestProvince province() {
        return new TestProvince().court("H", CourtLevel.HIGH, null).court("I", CourtLevel.INTERMEDIATE, "H")
                .court("B", CourtLevel.BASIC, "I");
    }

    private MetricValue value(TestProvince p, String metric) {
        EvaluationContext ctx = new EvaluationContext(p.build(), Period.year(2025));
        return registry.get(metric).compute(ctx, p.courtIndex("B"));
    }

    @Test
    void aQueryBeforeTheClueDoesNotAnswerIt() {
        TestProvince p = province();
        // clue 4-11 → 1个月: due 5-11 (the first late minute is 5-12 00:00)
        int t1 = p.addCase("B", "（2025）江0101执1号", "2025-03-01", null, null);
        p.step(t1, TRADITIONAL_SEARCH, "2025-03-16 10:00").step(t1, CLUE_PROVIDED, "2025-04-11 10:00");
        int t2 = p.addCase("B", "（2025）江0101执2号", "2025-03-01", null, null);
        p.step(t2, TRADITIONAL_SEARCH, "2025-03-16 10:00").step(t2, CLUE_PROVIDED, "2025-04-11 10:00")
                .step(t2, TRADITIONAL_SEARCH, "2025-05-06 10:00");
        int t3 = p.addCase("B", "（2025）江0101执3号", "2025-03-01", null, null);
        p.step(t3, CLUE_PROVIDED, "2025-04-11 10:00").step(t3, TRADITIONAL_SEARCH, "2025-05-12 09:00");
        // recorded in any order: the first query at or after the clue is 5-12, late, though 5-20 follows
        int t4 = p.addCase("B", "（2025）江0101执4号", "2025-03-01", null, null);
        p.step(t4, TRADITIONAL_SEARCH, "2025-05-20 10:00").step(t4, CLUE_PROVIDED, "2025-04-11 10:00")
                .step(t4, TRADITIONAL_SEARCH, "2025-03-16 10:00").step(t4, TRADITIONAL_SEARCH, "2025-05-12 09:00");
        // t1 unanswered and overdue at the year's end, t2 on time (5-06), t3 and t4 late
        MetricValue v = value(p, "traditional_search_within_1_month");
        assertThat(v.numerator()).isEqualTo(1);
        assertThat(v.denominator()).isEqualTo(4);
        assertThat(v.numeratorRecords().indexes().boxed().toList()).containsExactly(p.row(t2));
    }

    @Test
    void aControlBeforeTheFindingDoesNotAnswerIt() {
        TestProvince p = province();
        // found 3-10 09:00 → 48 hours: in time up to 3-12 09:00
        int c1 = p.addCase("B", "（2025）江0101执1号", "2025-03-01", null, null);
        p.step(c1, ONLINE_PROPERTY_FOUND, "2025-03-10 09:00").step(c1, ONLINE_CONTROL, "2025-03-10 08:00");
        int c2 = p.addCase("B", "（2025）江0101执2号", "2025-03-01", null, null);
        p.step(c2, ONLINE_PROPERTY_FOUND, "2025-03-10 09:00").step(c2, ONLINE_CONTROL, "2025-03-10 08:00")
                .step(c2, ONLINE_CONTROL, "2025-03-11 10:00");
        int c3 = p.addCase("B", "（2025）江0101执3号", "2025-03-01", null, null);
        p.step(c3, ONLINE_PROPERTY_FOUND, "2025-03-10 09:00").step(c3, ONLINE_CONTROL, "2025-03-10 09:00");
        int c4 = p.addCase("B", "（2025）江0101执4号", "2025-03-01", null, null);
        p.step(c4, ONLINE_PROPERTY_FOUND, "2025-03-10 09:00").step(c4, ONLINE_CONTROL, "2025-03-10 08:00")
                .step(c4, ONLINE_CONTROL, "2025-03-12 09:01");
        // c1 unanswered (overdue), c2 on time, c3 at the very minute of the finding (on time), c4 one minute late
        MetricValue v = value(p, "online_control_within_48_hours");
        assertThat(v.numerator()).isEqualTo(2);
        assertThat(v.denominator()).isEqualTo(4);
        assertThat(v.numeratorRecords().indexes().boxed().toList()).containsExactlyInAnyOrder(p.row(c2), p.row(c3));
    }

    @Test
    void everyKeyNodeIsOverdueWhenDoneLateOrNotDoneByADeadlineOnOrBeforeTheClosingDay() {
        TestProvince p = province();
        // K1: filed Mon 3-03, closed 3-06 = the last day for 执行通知 and 报告财产令 (3日), neither issued → 2
        int k1 = p.addCase("B", "（2025）江0101执1号", "2025-03-03", "2025-03-06", ClosingMethod.FULFILLED);
        p.step(k1, ONLINE_SEARCH_START, "2025-03-04 10:00");
        // K2: closed 3-05, before any deadline (notices 3-06, search 3-08), nothing done → 0
        p.addCase("B", "（2025）江0101执2号", "2025-03-03", "2025-03-05", ClosingMethod.WITHDRAWN);
        // K3: closed 6-10 → 4: search 3-10 (due 3-08, late); control 08:00 before the finding 3-12 09:00 and none
        // after (due 3-14); query 3-20 before the clue 4-01 and none after (due 5-01); 执行款 of 4-01 released 5-10
        // (due 5-01, not approved). The approved late release of 5-01 is not counted.
        int k3 = p.addCase("B", "（2025）江0101执3号", "2025-03-03", "2025-06-10", ClosingMethod.FULFILLED);
        notices(p, k3, "2025-03-03");
        p.step(k3, ONLINE_SEARCH_START, "2025-03-10 09:00").step(k3, ONLINE_PROPERTY_FOUND, "2025-03-12 09:00")
                .step(k3, ONLINE_CONTROL, "2025-03-12 08:00").step(k3, TRADITIONAL_SEARCH, "2025-03-20 10:00")
                .step(k3, CLUE_PROVIDED, "2025-04-01 10:00");
        p.payment(k3, "2025-04-01 10:00", "2025-05-10 10:00", false, 100_00);
        p.payment(k3, "2025-05-01 10:00", "2025-06-20 10:00", true, 100_00);
        // K4: everything in time → 0
        int k4 = p.addCase("B", "（2025）江0101执4号", "2025-01-06", "2025-02-20", ClosingMethod.FULFILLED);
        notices(p, k4, "2025-01-06");
        p.step(k4, ONLINE_SEARCH_START, "2025-01-07 10:00");
        // a resumed case is not a first-enforcement case: not counted at all
        p.addCase("B", "（2025）江0101执恢5号", "2025-03-03", "2025-06-10", ClosingMethod.FULFILLED);
        // (2 + 0 + 4 + 0) overdue nodes ÷ 4 closed first-enforcement cases
        MetricValue v = value(p, "key_node_mean_overdue");
        assertThat(v.numerator()).isEqualTo(6);
        assertThat(v.denominator()).isEqualTo(4);
        assertThat(v.value()).isEqualTo(1.5);
        assertThat(v.numeratorRecords().indexes().boxed().toList()).containsExactlyInAnyOrder(p.row(k1), p.row(k3));
    }

    private static void notices(TestProvince p, int row, String day) {
        p.step(row, EXECUTION_NOTICE, day + " 10:00").step(row, PROPERTY_REPORT_ORDER, day + " 10:00");
    }
}
