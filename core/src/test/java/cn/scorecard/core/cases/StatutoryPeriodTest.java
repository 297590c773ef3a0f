package cn.scorecard.core.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StatutoryPeriodTest {
    @Test
    void monthTablesAgreeWithLocalDateEverywhere() {
        for (LocalDate d = LocalDate.of(2015, 1, 1); d.isBefore(LocalDate.of(2031, 1, 1)); d = d.plusDays(1)) {
            for (int months : new int[] {1, 3, 6, 12}) {
                assertThat(StatutoryPeriod.plusMonths((int) d.toEpochDay(), months))
                        .isEqualTo((int) d.plusMonths(months).toEpochDay());
            }
        }
    }

    @Test
    void sixMonthsEndOnTheCorrespondingDayClampedToTheMonthEnd() {
        int aug31 = (int) LocalDate.of(2023, 8, 31).toEpochDay();
        assertThat(LocalDate.ofEpochDay(StatutoryPeriod.plusMonths(aug31, 6))).isEqualTo(LocalDate.of(2024, 2, 29));
        int filed = (int) LocalDate.of(2024, 1, 10).toEpochDay();
        assertThat(LocalDate.ofEpochDay(StatutoryPeriod.deadline(filed, 5, 30))).isEqualTo(LocalDate.of(2024, 8, 14));
    }
}
