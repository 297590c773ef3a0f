package cn.scorecard.core.explain;

import static cn.scorecard.core.cases.StepType.APPLICANT_INFORMED;
import static cn.scorecard.core.cases.StepType.CONSUMPTION_RESTRICTION;
import static cn.scorecard.core.cases.StepType.DISHONEST_LISTED;
import static cn.scorecard.core.cases.StepType.EXECUTION_NOTICE;
import static cn.scorecard.core.cases.StepType.OFFLINE_CONTROL;
import static cn.scorecard.core.cases.StepType.OFFLINE_PROPERTY_FOUND;
import static cn.scorecard.core.cases.StepType.ONLINE_SEARCH_START;
import static cn.scorecard.core.cases.StepType.PROPERTY_REPORT_ORDER;
import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.core.cases.CaseCategory;
import cn.scorecard.core.cases.CaseFlag;
import cn.scorecard.core.cases.ClosingMethod;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.data.Matter;
import cn.scorecard.core.data.MatterType;
import cn.scorecard.core.metric.EvaluationContext;
import cn.scorecard.core.metric.MetricRegistry;
import cn.scorecard.core.metric.MetricValue;
import cn.scorecard.core.metric.Period;
import cn.scorecard.core.testing.TestProvince;
import org.junit.jupiter.api.Test;

/** Reasons computed by hand on small provinces (the figures in the comments are the hand computation). */
class ReasonsTest {
    private final MetricRegistry registry = MetricRegistry.bundled();
    private final TestProvince p = new TestProvince().court("H", CourtLevel.HIGH, null).court("I", CourtLevel.INTERMEDIATE, "H")
            .court("B", CourtLevel.BASIC, "I");

    private Reason reason(EvaluationContext ctx, String metric, int row) {
        MetricValue v = registry.get(metric).compute(ctx, p.courtIndex("B"));
        assertThat(v.denominatorRecords().contains(row)).as("counted in the denominator").isTrue();
        return Reasons.of(ctx).of(metric, v).explain(row);
    }

    @Test
    void tenWorkingDaysAcrossTheSpringFestival() {
        // found Fri 2025-01-24: 1-26 (调休 Sun) 1, 1-27 2, 1-28…2-4 off, 2-5 3, 2-6 4, 2-7 5, 2-8 (调休 Sat) 6,
        // 2-10 7, 2-11 8, 2-12 9, 2-13 10 → due 2025-02-13; controlled Mon 2-17: 2-14 and 2-17 → 2 working days late
        int late = p.addCase("B", "（2025）江0101执1号", "2025-01-02", null, null);
        p.step(late, OFFLINE_PROPERTY_FOUND, "2025-01-24 09:00").step(late, OFFLINE_CONTROL, "2025-02-17 10:00");
        int inTime = p.addCase("B", "（2025）江0101执2号", "2025-01-02", null, null);
        p.step(inTime, OFFLINE_PROPERTY_FOUND, "2025-01-24 09:00").step(inTime, OFFLINE_CONTROL, "2025-02-13 17:30");
        EvaluationContext ctx = new EvaluationContext(p.build(), Period.year(2025));

        Reason r = reason(ctx, "offline_control_within_10_workdays", p.row(late));
        assertThat(r.met()).isFalse();
        assertThat(r.verdict()).isEqualTo("未达标");
        assertThat(r.cells()).containsExactly("发现需线下控制财产", "2025-01-24 09:00", "10个工作日", "2025-02-13",
                "2025-02-17 10:00", "超期 2 个工作日");
        assertThat(r.summary()).isEqualTo("应控制 2025-02-13 · 实际控制 2025-02-17 10:00 · 超期 2 个工作日");
        assertThat(r.details()).contains("节假日不计：2025-01-28 至 2025-02-04（8 日）", "调休上班日计入：2025-01-26、2025-02-08");
        Reason ok = reason(ctx, "offline_control_within_10_workdays", p.row(inTime));
        assertThat(ok.met()).isTrue();
        assertThat(ok.cells().get(5)).isEqualTo("期限内");
    }

    @Test
    void statutoryDeadlineWithTwoDeductedIntervalsAndAnExtension() {
        // 2024-01-10 + 6 months = 2024-07-10; + 公告 20 days + 评估 31 days + 延长 30 days = +81 → 2024-09-29;
        // closed 2024-10-05 → 6 days over
        int r = p.addCase("B", "（2024）江0101执7号", "2024-01-10", "2024-10-05", ClosingMethod.FULFILLED);
        p.deduction(r, "2024-02-01", "2024-02-20", "公告").deduction(r, "2024-03-01", "2024-03-31", "评估")
                .extension(r, "2024-07-01", "2024-07-30", "案情复杂，经院长批准延长");
        EvaluationContext ctx = new EvaluationContext(p.build(), Period.year(2024));

        Reason reason = reason(ctx, "statutory_period_closure_rate", p.row(r));
        assertThat(reason.met()).isFalse();
        assertThat(reason.cells()).containsExactly("2024-01-10", "51 日", "30 日", "2024-09-29", "2024-10-05", "超期 6 日");
        assertThat(reason.details()).containsExactly(
                "立案 2024-01-10 起 6 个月：至 2024-07-10",
                "扣除期间 2024-02-01 至 2024-02-20 公告 扣除 20 日",
                "扣除期间 2024-03-01 至 2024-03-31 评估 扣除 31 日",
                "延长期限 2024-07-01 至 2024-07-30 案情复杂，经院长批准延长 延长 30 日",
                "扣除合计 51 日（重叠的期间只计一次）",
                "经批准延长合计 30 日",
                "法定期限届满日 2024-09-29");
    }

    @Test
    void theAbsolutePeriodOfTheAssetRateIsTwelveMonthsWithAnOnlineAuction() {
        // filed 2024-03-01 with an online auction: absolute period to 2025-03-01; open at 2025-12-31 → 305 days over
        int r = p.addCase("B", "（2024）江0101执8号", "2024-03-01", null, null);
        p.flag(r, CaseFlag.ONLINE_AUCTION);
        EvaluationContext ctx = new EvaluationContext(p.build(), Period.year(2025));
        Reason reason = reason(ctx, "asset_cases_statutory_actual_closure_rate", p.row(r));
        assertThat(reason.met()).isFalse();
        assertThat(reason.cells()).containsExactly("2024-03-01", "2024-09-01", "12个月（有网络拍卖）", "2025-03-01", "未结",
                "—", "期末未结，超过绝对期限 305 日");
    }

    @Test
    void aTerminationFailingExactlyOneConditionNamesItsSpcRule() {
        int r = p.addCase("B", "（2024）江0101执9号", "2024-01-10", "2024-05-10", ClosingMethod.TERMINATED_THIS_ROUND);
        p.step(r, EXECUTION_NOTICE, "2024-01-10").step(r, PROPERTY_REPORT_ORDER, "2024-01-10")
                .step(r, ONLINE_SEARCH_START, "2024-01-11").step(r, CONSUMPTION_RESTRICTION, "2024-01-12")
                .step(r, DISHONEST_LISTED, "2024-01-12").step(r, APPLICANT_INFORMED, "2024-05-08"); // no 线下查询
        int overridden = p.addCase("B", "（2024）江0101执10号", "2024-01-10", "2024-05-10", ClosingMethod.TERMINATED_THIS_ROUND);
        p.override(overridden, true, "线下查询记录在纸质卷宗中，已核实");
        EvaluationContext ctx = new EvaluationContext(p.build(), Period.year(2024));

        Reason reason = reason(ctx, "termination_compliance_rate", p.row(r));
        assertThat(reason.met()).isFalse();
        assertThat(reason.cells()).containsExactly("2024-05-10", "已采取传统调查措施（线下查询）",
                "第一条第（三）项、第三条第一款第（一）（三）项", "—");
        assertThat(reason.details()).hasSize(1);
        assertThat(reason.details().get(0)).contains("《关于严格规范终结本次执行程序的规定（试行）》")
                .contains("已穷尽财产调查措施").contains("“线下查询”");
        Reason o = reason(ctx, "termination_compliance_rate", p.row(overridden));
        assertThat(o.met()).isTrue();
        assertThat(o.cells().get(3)).isEqualTo("认定合格：线下查询记录在纸质卷宗中，已核实（评估组）");
        assertThat(o.details()).hasSizeGreaterThan(1); // the failed conditions stay visible beside the override
    }

    @Test
    void deliveryRatioPerCase() {
        int r = p.addCase("B", "（2024）江0101执11号", "2024-01-10", "2024-05-10", ClosingMethod.FULFILLED,
                CaseCategory.CIVIL_COMMERCIAL, 10_000_00, 4_500_00);
        EvaluationContext ctx = new EvaluationContext(p.build(), Period.year(2024));
        Reason reason = reason(ctx, "delivery_rate", p.row(r));
        assertThat(reason.verdict()).isEqualTo("部分到位");
        assertThat(reason.cells()).containsExactly("10000.00", "4500.00", "45.00%");
    }

    @Test
    void aDelegatedMatterOnItsOwnDates() {
        p.matters.add(new Matter("W-1", p.courtIndex("B"), MatterType.DELEGATION, TestProvince.day("2024-03-01"),
                TestProvince.day("2024-03-31"), TestProvince.day("2024-04-04"), null, -1));
        EvaluationContext ctx = new EvaluationContext(p.build(), Period.year(2024));
        MetricValue v = registry.get("delegation_on_time_rate").compute(ctx, p.courtIndex("B"));
        Reason reason = Reasons.of(ctx).of("delegation_on_time_rate", v).explain(0);
        assertThat(reason.met()).isFalse();
        assertThat(reason.cells()).containsExactly("W-1", "事项委托", "2024-03-01", "2024-03-31", "2024-04-04", "超期 4 日办结");
    }
}
