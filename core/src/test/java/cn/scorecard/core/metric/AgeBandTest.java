package cn.scorecard.core.metric;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.data.StaffMember;
import cn.scorecard.core.data.StaffRole;
import cn.scorecard.core.testing.TestProvince;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 年龄结构's age band is data (rules/metrics.yaml parameters): changing it changes the value. */
class AgeBandTest {
    @Test
    void theAgeBandIsTheDeclarationsParameters() {
        TestProvince p = new TestProvince().court("B", CourtLevel.BASIC, null);
        int b = p.courtIndex("B");
        for (String born : new String[] {"1994-06-01", "1979-06-01", "1969-06-01"}) { // 30, 45, 55 at 2024-12-31
            p.staff.add(new StaffMember("S" + born, "人员", b, StaffRole.JUDGE, null, LocalDate.parse(born), true, true,
                    null, null));
        }
        ProvinceData data = p.build();
        EvaluationContext ctx = new EvaluationContext(data, Period.year(2024));
        MetricDefinition bundled = ((DefinedMetric) MetricRegistry.bundled().get("age_structure_share")).declaration();
        assertThat(bundled.parameters()).isEqualTo(Map.of("minAge", 22.0, "maxAge", 50.0));
        MetricValue seed = new AgeStructureMetric(bundled).compute(ctx, b);
        assertThat(seed.numerator()).isEqualTo(2);
        assertThat(seed.denominator()).isEqualTo(3);

        MetricDefinition narrower = new MetricDefinition(bundled.id(), bundled.name(), bundled.numerator(),
                bundled.denominator(), bundled.formula(), bundled.records(), bundled.denominatorRecords(),
                bundled.higherIsBetter(), bundled.reads(), Map.of("minAge", 22.0, "maxAge", 40.0));
        MetricValue changed = new AgeStructureMetric(narrower).compute(ctx, b);
        assertThat(changed.numerator()).isEqualTo(1);
        assertThat(changed.value()).isEqualTo(1.0 / 3);
    }
}
