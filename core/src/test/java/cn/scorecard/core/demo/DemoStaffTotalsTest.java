package cn.scorecard.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.data.StaffRole;
import cn.scorecard.core.staff.PersonResult;
import cn.scorecard.core.staff.StaffAssessor;
import cn.scorecard.core.staff.StaffRuleSets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The default demo's monthly staff totals, every month of 2024–2025, as documented in docs/demo-data.md: with quotas
 * planned from the months before, about half between 85 and 110, fails below 90 for ordinary reasons (a missed
 * quota, a stock not reduced), a quarter above 110 — not the 140–200 of quotas set below what everyone closes.
 */
class DemoStaffTotalsTest {
    private static final List<PersonResult> OFFICERS = new ArrayList<>();
    private static final List<PersonResult> CLERKS = new ArrayList<>();

    @BeforeAll
    static void assess() {
        ProvinceData data = DemoFixtures.defaultDemo();
        var rules = StaffRuleSets.bundled();
        StaffAssessor assessor = new StaffAssessor(data, rules,
                DemoStaffInputs.generate(DemoFixtures.DEFAULT_DEMO, data, rules));
        for (YearMonth m = YearMonth.of(2024, 1); !m.isAfter(YearMonth.of(2025, 12)); m = m.plusMonths(1)) {
            for (PersonResult p : assessor.assess(m).people()) {
                if (p.total() == null) continue;
                (p.role() == StaffRole.CLERK ? CLERKS : OFFICERS).add(p);
            }
        }
    }

    private static double share(List<PersonResult> results, double from, double to) {
        return results.stream().filter(p -> p.total() >= from && p.total() <= to).count() / (double) results.size();
    }

    @Test
    void judgesAndAssistantsSpreadAroundAHundred() {
        assertThat(OFFICERS).hasSizeGreaterThan(4000);
        assertThat(share(OFFICERS, 85, 110)).isBetween(0.45, 0.65);
        assertThat(share(OFFICERS, 0, 89.999)).isBetween(0.20, 0.35);
        assertThat(share(OFFICERS, 110.001, 1000)).isBetween(0.15, 0.30);
        // the bulk: the middle 80% within about 73–121
        List<Double> sorted = OFFICERS.stream().map(PersonResult::total).sorted().toList();
        assertThat(sorted.get(sorted.size() / 10)).isBetween(68.0, 80.0);
        assertThat(sorted.get(sorted.size() / 2)).isBetween(95.0, 104.0);
        assertThat(sorted.get(sorted.size() * 9 / 10)).isBetween(115.0, 126.0);
    }

    @Test
    void failsComeFromOrdinaryShortfalls() {
        List<PersonResult> fails = OFFICERS.stream().filter(PersonResult::failed).toList();
        // a missed quota is one of the commonest reasons
        long missedQuota = fails.stream().filter(p -> p.item("二.1").score() < p.item("二.1").points()).count();
        assertThat(missedQuota).isGreaterThan(fails.size() / 3);
    }

    @Test
    void clerksScoreBetween85And100() {
        assertThat(share(CLERKS, 85, 110)).isGreaterThan(0.9);
        assertThat(share(CLERKS, 0, 89.999)).isBetween(0.1, 0.4);
    }
}
