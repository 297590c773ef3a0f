package cn.scorecard.app.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.scorecard.app.staff.versions.AdjustedMonth;
import cn.scorecard.app.staff.versions.ScoreAdjustment;
import cn.scorecard.core.data.StaffRole;
import cn.scorecard.core.staff.Interview;
import cn.scorecard.core.staff.ItemResult;
import cn.scorecard.core.staff.MonthlyAssessment;
import cn.scorecard.core.staff.Outcome;
import cn.scorecard.core.staff.PersonResult;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How adjustments of upheld objections move items, totals, outcomes, ranks, teams, interviews and the year's fails. */
class StaffWebAdjustmentTest {
    static final YearMonth MARCH = YearMonth.of(2025, 3);
    final AdjustedMonth adjuster = new AdjustedMonth(90, 3);

    static PersonResult person(int i, String id, String team, double closures, double bonus, int fails) {
        double d = 20 - Math.min(20, closures);
        List<ItemResult> items = List.of(
                new ItemResult("一.1", "消极执行", 10, 0, 0, 10, List.of()),
                new ItemResult("二.1", "完成结案指标数", 20, d, bonus, 20 - d + bonus, List.of()),
                new ItemResult("二.2", "其余各项", 70, 0, 0, 70, List.of()));
        double total = 10 + 20 - d + bonus + 70;
        Outcome o = total >= 90 ? Outcome.PASSED : Outcome.FAILED;
        return new PersonResult(i, id, "人员" + i, 0, StaffRole.JUDGE, team, MARCH, MARCH.atDay(1), MARCH.atEndOfMonth(), items,
                total, o, List.of(), null, fails, fails > 3, true);
    }

    static MonthlyAssessment month(PersonResult... people) {
        List<Interview> interviews = java.util.Arrays.stream(people).filter(PersonResult::failed)
                .map(p -> new Interview(p.staff(), p.staffId(), p.name(), 0, p.role(), MARCH, p.total(), p.failsInYear(), p.accountability()))
                .toList();
        return new MonthlyAssessment(MARCH, "v", List.of(people), List.of(), interviews);
    }

    static ScoreAdjustment adj(String id, String item, double points) {
        return new ScoreAdjustment(7, id, MARCH, item, points, "复核");
    }

    @Test
    void aPositiveAdjustmentGivesBackDeductionsFirstThenAddsBonus() {
        // A: 二.1 lost 16 (4 closures short of the points): total 84, failed (1st fail); B: 104 with 4 bonus, passed
        MonthlyAssessment m = month(person(0, "A", "一组", 4, 0, 1), person(1, "B", "一组", 20, 4, 0));
        MonthlyAssessment out = adjuster.apply(m, List.of(adj("A", "二.1", 18)), Map.of());
        PersonResult a = out.person("A");
        ItemResult item = a.item("二.1");
        assertThat(item.deductions()).isZero();
        assertThat(item.bonus()).isEqualTo(2);
        assertThat(item.score()).isEqualTo(22);
        assertThat(item.reasons()).singleElement().satisfies(r -> {
            assertThat(r.rule()).isEqualTo(AdjustedMonth.RULE);
            assertThat(r.detail()).contains("第 7 号异议", "加 18 分", "复核");
            assertThat(r.points()).isEqualTo(18);
        });
        assertThat(a.total()).isEqualTo(102);
        assertThat(a.passed()).isTrue();
        assertThat(a.failsInYear()).isZero();
        assertThat(out.interviews()).isEmpty();
        assertThat(a.rank()).isEqualTo(2);
        assertThat(out.person("B").rank()).isEqualTo(1);
        assertThat(out.teams()).singleElement().satisfies(t -> assertThat(t.mean()).isEqualTo(103));
    }

    @Test
    void aNegativeAdjustmentTakesBackBonusFirstAndStopsAtTheItemsPoints() {
        MonthlyAssessment m = month(person(0, "A", "一组", 20, 4, 3));   // 二.1 = 24 with 4 bonus, total 104
        PersonResult a = adjuster.apply(m, List.of(adj("A", "二.1", -30)), Map.of()).person("A");
        assertThat(a.item("二.1").bonus()).isZero();
        assertThat(a.item("二.1").deductions()).isEqualTo(20);
        assertThat(a.item("二.1").score()).isZero();
        assertThat(a.total()).isEqualTo(80);
        // a 4th fail in the year: accountability (more than 3)
        assertThat(a.failed()).isTrue();
        assertThat(a.failsInYear()).isEqualTo(4);
        assertThat(a.accountability()).isTrue();
    }

    @Test
    void earlierMonthsAdjustmentsChangeTheYearsFails() {
        MonthlyAssessment m = month(person(0, "A", "一组", 4, 0, 2));   // 84: the year's 2nd fail
        PersonResult a = adjuster.apply(m, List.of(), Map.of("A", -1)).person("A");
        assertThat(a.total()).isEqualTo(84);
        assertThat(a.failsInYear()).isEqualTo(1);
        assertThat(adjuster.failChange(m, List.of(adj("A", "一.1", 6)))).isEqualTo(Map.of("A", -1));
        assertThat(adjuster.apply(m, List.of(), Map.of())).isSameAs(m);
    }

    @Test
    void anUnknownItemIsRefused() {
        MonthlyAssessment m = month(person(0, "A", "一组", 20, 0, 0));
        assertThatThrownBy(() -> adjuster.apply(m, List.of(adj("A", "三.1", 1)), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("三.1");
    }
}
