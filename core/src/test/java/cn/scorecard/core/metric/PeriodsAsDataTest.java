package cn.scorecard.core.metric;

import static cn.scorecard.core.cases.ClosingMethod.FULFILLED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.scorecard.core.cases.CaseFlag;
import cn.scorecard.core.cases.PeriodRules;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.data.Petition;
import cn.scorecard.core.data.PetitionSource;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.deadline.DeadlineRules;
import cn.scorecard.core.testing.TestProvince;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The statutory and absolute periods (rules/periods.yaml) and the petition conclusion window (rules/metrics.yaml
 * graceDays) are data: a rules file with other values changes the result. Expected values by hand in the comments.
 */
class PeriodsAsDataTest {
    private final MetricRegistry registry = MetricRegistry.bundled();

    @Test
    void theBundledPeriodsAreTheSeeds() {
        PeriodRules p = PeriodRules.bundled();
        assertThat(p.statutoryMonths()).isEqualTo(6);
        assertThat(p.absoluteMonths(false)).isEqualTo(6);
        assertThat(p.absoluteMonths(true)).isEqualTo(12);
    }

    @Test
    void sevenStatutoryMonthsMakeACaseClosedAfterSixAndAHalfTimely() {
        TestProvince p = new TestProvince().court("B", CourtLevel.BASIC, null);
        // filed 2024-01-10; 6 months end 2024-07-10, 7 months 2024-08-10; closed 2024-07-25 (6.5 months)
        p.addCase("B", "（2024）江0101执1号", "2024-01-10", "2024-07-25", FULFILLED);
        ProvinceData bundled = p.build();
        int b = p.courtIndex("B");
        MetricValue six = value(bundled, "statutory_period_closure_rate", b);
        assertThat(six.numerator()).isZero();
        assertThat(six.denominator()).isEqualTo(1);
        assertThat(LocalDate.ofEpochDay(bundled.cases().statutoryDeadline(0))).isEqualTo(LocalDate.of(2024, 7, 10));

        ProvinceData seven = withPeriods(bundled, periods(7, 6, 12));
        assertThat(LocalDate.ofEpochDay(seven.cases().statutoryDeadline(0))).isEqualTo(LocalDate.of(2024, 8, 10));
        MetricValue timely = value(seven, "statutory_period_closure_rate", b);
        assertThat(timely.numerator()).isEqualTo(1);
        assertThat(timely.value()).isEqualTo(1.0);
        // 有财产可供执行案件法定期限内实际执结率: the same case is actually closed; within 7 months → 1 ÷ 1
        assertThat(value(bundled, "asset_cases_statutory_actual_closure_rate", b).value()).isZero();
        assertThat(value(seven, "asset_cases_statutory_actual_closure_rate", b).value()).isEqualTo(1.0);
    }

    @Test
    void theAbsolutePeriodsDecideWhichOpenCasesJoinTheDenominator() {
        TestProvince p = new TestProvince().court("B", CourtLevel.BASIC, null);
        // closed within 6 months: numerator and denominator
        p.addCase("B", "（2024）江0101执1号", "2024-01-10", "2024-05-10", FULFILLED);
        // open, filed 2024-05-15: 6 months end 2024-11-15 < 2024-12-31 → counted; 8 months end 2025-01-15 → not
        p.addCase("B", "（2024）江0101执2号", "2024-05-15", null, null);
        // open with an online auction, filed 2023-11-20: 12 months end 2024-11-20 → counted; 14 months 2025-01-20 → not
        int auction = p.addCase("B", "（2023）江0101执3号", "2023-11-20", null, null);
        p.flag(auction, CaseFlag.ONLINE_AUCTION);
        ProvinceData bundled = p.build();
        int b = p.courtIndex("B");
        MetricValue seed = value(bundled, "asset_cases_statutory_actual_closure_rate", b);
        assertThat(seed.numerator()).isEqualTo(1);
        assertThat(seed.denominator()).isEqualTo(3); // 1 ÷ (1 + 2)

        MetricValue longer = value(withPeriods(bundled, periods(6, 8, 12)), "asset_cases_statutory_actual_closure_rate", b);
        assertThat(longer.denominator()).isEqualTo(2); // the 6-month open case is no longer past its period
        MetricValue longerAuction = value(withPeriods(bundled, periods(6, 6, 14)), "asset_cases_statutory_actual_closure_rate", b);
        assertThat(longerAuction.denominator()).isEqualTo(2); // the auctioned case is no longer past its period
        MetricValue both = value(withPeriods(bundled, periods(6, 8, 14)), "asset_cases_statutory_actual_closure_rate", b);
        assertThat(both.value()).isEqualTo(1.0); // 1 ÷ 1
    }

    @Test
    void aLongerPetitionWindowFlipsAPetitionConcludedAfterThePeriod() {
        TestProvince p = new TestProvince().court("B", CourtLevel.BASIC, null);
        int b = p.courtIndex("B");
        // registered 2024-12-01, concluded 2025-01-05: 5 days after the period's end
        p.petitions.add(new Petition("P1", b, null, TestProvince.day("2024-12-01"), PetitionSource.SPC_ASSIGNED, false,
                TestProvince.day("2025-01-05"), false, false, -1));
        // concluded within the year
        p.petitions.add(new Petition("P2", b, null, TestProvince.day("2024-03-01"), PetitionSource.SPC_ASSIGNED, false,
                TestProvince.day("2024-03-20"), false, false, -1));
        ProvinceData data = p.build();
        assertThat(value(data, "petition_conclusion_rate", b).value()).isEqualTo(0.5);
        assertThat(value(data, "petition_spc_conclusion_rate", b).value()).isEqualTo(0.5);

        MetricRegistry tenDays = registryWithGraceDays(10);
        EvaluationContext ctx = new EvaluationContext(data, Period.year(2024));
        assertThat(tenDays.get("petition_conclusion_rate").compute(ctx, b).value()).isEqualTo(1.0);
        assertThat(tenDays.get("petition_spc_conclusion_rate").compute(ctx, b).value()).isEqualTo(1.0);
        MetricRegistry fourDays = registryWithGraceDays(4);
        assertThat(fourDays.get("petition_conclusion_rate").compute(ctx, b).value()).isEqualTo(0.5);
    }

    @Test
    void aBadPeriodsFileNamesTheFileAndTheField() {
        assertThatThrownBy(() -> PeriodRules.load(yaml("statutory: {months: 0}\nabsolute: {months: 6, monthsWithOnlineAuction: 12}\n"), "x/periods.yaml"))
                .hasMessageContaining("x/periods.yaml").hasMessageContaining("statutory.months");
        assertThatThrownBy(() -> PeriodRules.load(yaml("statutory: {months: 6}\nabsolute: {months: 6, monthsWithAuction: 12}\n"), "x/periods.yaml"))
                .hasMessageContaining("x/periods.yaml").hasMessageContaining("absolute.monthsWithAuction");
        assertThatThrownBy(() -> PeriodRules.load(yaml("statutory: {months: 6}\nabsolute: {months: 六, monthsWithOnlineAuction: 12}\n"), "x/periods.yaml"))
                .hasMessageContaining("x/periods.yaml").hasMessageContaining("absolute.months");
        assertThatThrownBy(() -> PeriodRules.load(yaml("statutory: {months: 6}\n"), "x/periods.yaml"))
                .hasMessageContaining("x/periods.yaml").hasMessageContaining("absolute");
        assertThatThrownBy(() -> registryWithGraceDays(-1)).hasMessageContaining("graceDays");
    }

    private static PeriodRules periods(int statutory, int absolute, int withAuction) {
        return PeriodRules.load(yaml("statutory: {months: " + statutory + "}\nabsolute: {months: " + absolute
                + ", monthsWithOnlineAuction: " + withAuction + "}\n"), "test/periods.yaml");
    }

    private static InputStream yaml(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static ProvinceData withPeriods(ProvinceData d, PeriodRules rules) {
        return new ProvinceData(d.calendar(), d.courts(), d.staff(), d.cases().withPeriods(rules), d.payments(),
                d.fieldActions(), d.petitions(), d.matters(), d.compensations(), d.disciplines(), d.evidence(),
                d.statistics(), d.terminationOverrides());
    }

    private MetricValue value(ProvinceData data, String metric, int court) {
        return registry.get(metric).compute(new EvaluationContext(data, Period.year(2024)), court);
    }

    private static MetricRegistry registryWithGraceDays(int days) {
        String text;
        try (InputStream in = MetricDefinitions.class.getResourceAsStream("/rules/metrics.yaml")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String changed = text.replace("parameters: {graceDays: 0}", "parameters: {graceDays: " + days + "}");
        assertThat(changed).isNotEqualTo(text);
        return new MetricRegistry(DeadlineRules.bundled(), MetricDefinitions.parse("test/metrics.yaml", new StringReader(changed)));
    }
}
