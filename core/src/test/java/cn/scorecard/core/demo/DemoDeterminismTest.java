package cn.scorecard.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.StepType;
import cn.scorecard.core.data.ProvinceData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoDeterminismTest {
    private static final DemoSpec SPEC = DemoSpec.defaults(42L).withCases(5_000);

    @Test
    void sameSeedGivesIdenticalData() {
        ProvinceData a = DemoProvince.generate(SPEC);
        ProvinceData b = DemoProvince.generate(SPEC);
        assertThat(sample(a.cases())).isEqualTo(sample(b.cases()));
        assertThat(a.staff()).isEqualTo(b.staff());
        assertThat(a.payments()).isEqualTo(b.payments());
        assertThat(a.fieldActions()).isEqualTo(b.fieldActions());
        assertThat(a.petitions()).isEqualTo(b.petitions());
        assertThat(a.matters()).isEqualTo(b.matters());
        assertThat(a.statistics()).isEqualTo(b.statistics());
        assertThat(a.terminationOverrides()).isEqualTo(b.terminationOverrides());
    }

    @Test
    void differentSeedGivesDifferentData() {
        ProvinceData a = DemoProvince.generate(SPEC);
        ProvinceData b = DemoProvince.generate(new DemoSpec(43L, 3, 12, 5_000, 2024, 2025, null, List.of(), List.of()));
        assertThat(a.cases().size()).isEqualTo(b.cases().size());
        assertThat(sample(a.cases())).isNotEqualTo(sample(b.cases()));
    }

    /** Every 37th case: number, dates, amounts, method and a few step times. */
    private static List<String> sample(CaseTable t) {
        List<String> out = new ArrayList<>();
        for (int r = 0; r < t.size(); r += 37) {
            out.add(t.number(r) + "|" + t.court(r) + "|" + t.filed(r) + "|" + t.closed(r) + "|" + t.methodOrdinal(r)
                    + "|" + t.applied(r) + "|" + t.delivered(r) + "|" + t.judge(r) + "|" + t.flagsColumn()[r]
                    + "|" + t.step(r, StepType.ONLINE_SEARCH_START) + "|" + t.step(r, StepType.ONLINE_CONTROL)
                    + "|" + t.deductedDays(r));
        }
        return out;
    }
}
