package cn.scorecard.core.metric;

import static cn.scorecard.core.cases.ClosingMethod.FULFILLED;
import static cn.scorecard.core.cases.ClosingMethod.SETTLEMENT_FULFILLED;
import static cn.scorecard.core.cases.ClosingMethod.TERMINATED;
import static cn.scorecard.core.cases.ClosingMethod.TERMINATED_THIS_ROUND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.scorecard.core.cases.CaseCategory;
import cn.scorecard.core.cases.CaseFlag;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.testing.TestProvince;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The five 执行质效 rates on ten hand-made cases; expected values worked out in the comments. */
class QualityMetricsTest {
    private final MetricRegistry registry = MetricRegistry.bundled();
    private TestProvince p;
    private ProvinceData data;
    private EvaluationContext ctx;
    private int court;
    private int case5;

    @BeforeEach
    void setUp() {
        p = new TestProvince().court("H", CourtLevel.HIGH, null).court("I", CourtLevel.INTERMEDIATE, "H")
                .court("B", CourtLevel.BASIC, "I");
        // 1: fulfilled in time, delivered 100%
        p.addCase("B", "（2024）江0101执1号", "2024-01-10", "2024-05-20", FULFILLED, CaseCategory.CIVIL_COMMERCIAL, 1_000_000, 1_000_000);
        // 2: 终本 after the 6-month deadline 2024-07-15, delivered 25%
        p.addCase("B", "（2024）江0101执2号", "2024-01-15", "2024-09-01", TERMINATED_THIS_ROUND, CaseCategory.CIVIL_COMMERCIAL, 2_000_000, 500_000);
        // 3: deadline 2024-08-01 + 60 deducted days + 1 extension day = 2024-10-01: closed on that very day
        int c3 = p.addCase("B", "（2024）江0101执3号", "2024-02-01", "2024-10-01", SETTLEMENT_FULFILLED, CaseCategory.CIVIL_COMMERCIAL, 1_000_000, 800_000);
        p.deduction(c3, "2024-03-01", "2024-03-31").deduction(c3, "2024-03-15", "2024-04-29").extension(c3, 1);
        // 4: 终结执行 of a 2023 criminal case, past its deadline
        p.addCase("B", "（2023）江0101执4号", "2023-03-01", "2024-03-15", TERMINATED, CaseCategory.CRIMINAL, 500_000, 0);
        // 5: open, online auction → absolute period 12 months ends 2024-12-01 < 2024-12-31
        case5 = p.addCase("B", "（2023）江0101执5号", "2023-12-01", null, null);
        p.flag(case5, CaseFlag.ONLINE_AUCTION);
        // 6: open, absolute deadline 2025-02-01 not yet passed
        p.addCase("B", "（2024）江0101执6号", "2024-08-01", null, null);
        // 7: 恢复执行 — not a first-enforcement case
        p.addCase("B", "（2024）江0101执恢7号", "2024-02-01", "2024-03-01", FULFILLED);
        // 8: closed in 2023 — outside the period
        p.addCase("B", "（2023）江0101执8号", "2023-05-01", "2023-12-01", FULFILLED);
        // 9: administrative enforcement — excluded from 执行到位率 only
        p.addCase("B", "（2024）江0101执9号", "2024-03-01", "2024-04-01", FULFILLED, CaseCategory.ADMINISTRATIVE, 500_000, 500_000);
        // 10: no applied amount recorded — excluded from 执行到位率 only
        p.addCase("B", "（2024）江0101执10号", "2024-03-05", "2024-06-30", FULFILLED, CaseCategory.CIVIL_COMMERCIAL, -1, -1);
        data = p.build();
        court = p.courtIndex("B");
        ctx = new EvaluationContext(data, Period.year(2024));
    }

    private MetricValue value(String id) {
        return registry.get(id).compute(ctx, court);
    }

    @Test
    void actualClosureRateCountsEverythingButTermination() {
        // closed 执 in 2024: 1,2,3,4,9,10 = 6; all but 2 (终本) actually closed
        MetricValue v = value("actual_closure_rate");
        assertThat(v.numerator()).isEqualTo(5);
        assertThat(v.denominator()).isEqualTo(6);
        assertThat(v.denominatorRecords().indexes().mapToObj(data.cases()::number))
                .containsExactlyInAnyOrder("（2024）江0101执1号", "（2024）江0101执2号", "（2024）江0101执3号",
                        "（2023）江0101执4号", "（2024）江0101执9号", "（2024）江0101执10号");
        assertThat(v.denominatorRecords().minus(v.numeratorRecords()).indexes().mapToObj(data.cases()::number))
                .containsExactly("（2024）江0101执2号");
    }

    @Test
    void fulfilmentRate() {
        MetricValue v = value("fulfilment_rate");
        assertThat(v.value()).isEqualTo(3.0 / 6); // 1, 9, 10
    }

    @Test
    void deliveryRateIsTheMeanOfPerCaseRatios() {
        // 1 → 1.0, 2 → 0.25; 3 (和解) and 4 (终结) by method, 9 by category, 10 without amount are excluded
        MetricValue v = value("delivery_rate");
        assertThat(v.denominator()).isEqualTo(2);
        assertThat(v.value()).isCloseTo(0.625, within(1e-12));
    }

    @Test
    void statutoryPeriodCountsDeductionsOnceAndExtensions() {
        assertThat(data.cases().deductedDays(p.row(2))).isEqualTo(60); // 03-01..04-29 merged
        // within: 1, 3 (on its deadline day), 9, 10; late: 2, 4
        MetricValue v = value("statutory_period_closure_rate");
        assertThat(v.numerator()).isEqualTo(4);
        assertThat(v.denominator()).isEqualTo(6);
    }

    @Test
    void assetCasesRateAddsOpenCasesPastTheAbsolutePeriod() {
        // numerator: 1, 3, 9, 10; denominator: actual closures 1,3,4,9,10 + open 5 (12-month period over)
        MetricValue v = value("asset_cases_statutory_actual_closure_rate");
        assertThat(v.numerator()).isEqualTo(4);
        assertThat(v.denominator()).isEqualTo(6);
        assertThat(v.denominatorRecords().contains(p.row(case5))).isTrue();
    }

    @Test
    void withoutTheOnlineAuctionTheOpenCaseWouldCountEarlier() {
        // the 6-month absolute period of case 6 (filed 2024-08-01) ends 2025-02-01: not counted in 2024
        EvaluationContext next = ctx.forPeriod(Period.year(2025));
        MetricValue v = registry.get("asset_cases_statutory_actual_closure_rate").compute(next, court);
        assertThat(v.denominator()).isEqualTo(2); // cases 5 and 6 both overdue and open at 2025-12-31
        assertThat(v.numerator()).isZero();
    }
}
