package cn.scorecard.core.explain;

import static cn.scorecard.core.cases.StepType.EXECUTION_NOTICE;
import static cn.scorecard.core.cases.StepType.ONLINE_SEARCH_START;
import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.core.cases.ClosingMethod;
import cn.scorecard.core.catalog.Catalog;
import cn.scorecard.core.catalog.CatalogSet;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.deadline.DeadlineRules;
import cn.scorecard.core.evaluation.CourtResult;
import cn.scorecard.core.evaluation.Evaluator;
import cn.scorecard.core.metric.EvaluationContext;
import cn.scorecard.core.metric.MetricRegistry;
import cn.scorecard.core.metric.Period;
import cn.scorecard.core.testing.TestProvince;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The case page's parts on one hand-made case: closed 6 days after a deadline of two deductions and an extension. */
class CaseProfilePartsTest {
    private final TestProvince p = new TestProvince().court("H", CourtLevel.HIGH, null).court("I", CourtLevel.INTERMEDIATE, "H")
            .court("B", CourtLevel.BASIC, "I");
    private ProvinceData data;
    private int row;

    @BeforeEach
    void build() {
        int r = p.addCase("B", "（2024）江0101执7号", "2024-01-10", "2024-10-05", ClosingMethod.FULFILLED);
        p.deduction(r, "2024-02-01", "2024-02-20", "公告").deduction(r, "2024-03-01", "2024-03-31", "评估")
                .extension(r, "2024-07-01", "2024-07-30", "经院长批准延长");
        // 执行通知 on day 4 (due by the end of 1-13: 3 days), 网络查控 in time on 1-12
        p.step(r, EXECUTION_NOTICE, "2024-01-14 09:00").step(r, ONLINE_SEARCH_START, "2024-01-12 10:00");
        int other = p.addCase("B", "（2024）江0101执8号", "2024-01-10", "2024-05-10", ClosingMethod.FULFILLED);
        p.step(other, EXECUTION_NOTICE, "2024-01-10 09:00");
        data = p.build();
        row = p.row(r);
    }

    @Test
    void theTimelineIsInTimeOrderWithTheClosingLastOnItsDay() {
        List<CaseEvent> events = CaseTimeline.of(new EvaluationContext(data, Period.year(2024)), row);
        assertThat(events).extracting(CaseEvent::label).containsExactly("立案", "网络查控发起", "执行通知", "扣除期间", "扣除期间",
                "延长期限", "结案");
        assertThat(events.get(0).time()).isEqualTo("2024-01-10");
        assertThat(events.get(2).time()).isEqualTo("2024-01-14 09:00");
        assertThat(events.get(3).note()).isEqualTo("扣除期间 2024-02-01 至 2024-02-20 公告 扣除 20 日");
        assertThat(events.get(6).time()).isEqualTo("2024-10-05");
    }

    @Test
    void theDeadlinesShowTheStatutoryPeriodTheAbsoluteOneAndTheNodes() {
        List<CaseDeadline> d = CaseDeadlines.of(new EvaluationContext(data, Period.year(2024)), DeadlineRules.bundled(), row,
                TestProvince.day("2024-12-31"));
        assertThat(d.get(0).due()).isEqualTo("2024-09-29");
        assertThat(d.get(0).status()).isEqualTo("超期 6 日结案");
        assertThat(d.get(0).details()).contains("扣除期间 2024-03-01 至 2024-03-31 评估 扣除 31 日");
        assertThat(d.get(1).due()).isEqualTo("2024-07-10");
        CaseDeadline notice = d.stream().filter(x -> x.name().startsWith("执行通知")).findFirst().orElseThrow();
        assertThat(List.of(notice.due(), notice.done(), notice.status())).containsExactly("2024-01-13", "2024-01-14 09:00", "超期 1 日");
    }

    @Test
    void everyIndicatorInWhichTheCaseCountsWithItsReason() {
        MetricRegistry registry = MetricRegistry.bundled();
        CatalogSet set = CatalogSet.bundled(registry.ids());
        Map<CourtLevel, Catalog> catalogs = new EnumMap<>(CourtLevel.class);
        for (CourtLevel l : CourtLevel.values()) catalogs.put(l, set.get("2019", l));
        CourtResult court = new Evaluator(registry).evaluate(data, catalogs, Period.year(2024)).court("B");
        Reasons reasons = Reasons.of(new EvaluationContext(data, Period.year(2024)));
        List<CaseIndicator> in = CaseIndicators.of(court, reasons, row);
        CaseIndicator statutory = in.stream().filter(i -> "statutory_period_closure_rate".equals(i.metric())).findFirst().orElseThrow();
        assertThat(statutory.code()).isEqualTo("B4.04.1");
        assertThat(statutory.numerator()).isFalse();
        assertThat(statutory.reason().summary()).isEqualTo("法定期限届满 2024-09-29 · 结案 2024-10-05 · 超期 6 日");
        CaseIndicator fulfilled = in.stream().filter(i -> "fulfilment_rate".equals(i.metric())).findFirst().orElseThrow();
        assertThat(fulfilled.numerator()).isTrue();
        assertThat(fulfilled.reason().met()).isTrue();
        CaseIndicator keyNodes = in.stream().filter(i -> "key_node_mean_overdue".equals(i.metric())).findFirst().orElseThrow();
        assertThat(keyNodes.reason().met()).isFalse();
        assertThat(keyNodes.reason().cells().get(2)).contains("执行通知");
        // the other case closed within its period: counted in the numerator of B4.04.1, never in this case's list
        assertThat(in).allMatch(i -> i.record() == row);
    }
}
