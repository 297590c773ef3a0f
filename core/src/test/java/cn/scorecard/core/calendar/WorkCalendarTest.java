package cn.scorecard.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkCalendarTest {
    private final WorkCalendar calendar = WorkCalendar.bundled();

    @Test
    void holidaysAreOffAndMakeUpSaturdaysAreWorkDays() throws Exception {
        assertThat(calendar.isWorkDay(LocalDate.of(2024, 10, 1))).isFalse();   // 国庆节
        assertThat(calendar.isWorkDay(LocalDate.of(2024, 10, 12))).isTrue();   // 调休 Saturday
        assertThat(calendar.isWorkDay(LocalDate.of(2024, 9, 29))).isTrue();    // 调休 Sunday
        assertThat(calendar.isWorkDay(LocalDate.of(2024, 9, 28))).isFalse();   // ordinary Saturday
        assertThat(calendar.isWorkDay(LocalDate.of(2024, 10, 8))).isTrue();
    }

    @Test
    void fiveWorkDaysAcrossNationalDay() {
        // received Fri 2024-09-27: Sun 9-29 (调休) 1, Mon 9-30 2, holiday 10-1..10-7, 10-8 3, 10-9 4, 10-10 5
        assertThat(calendar.addWorkDays(LocalDate.of(2024, 9, 27), 5)).isEqualTo(LocalDate.of(2024, 10, 10));
    }

    @Test
    void tenWorkDaysCountTheMakeUpSaturday() {
        // from Mon 2024-09-30: 10-8..10-11 (4), Sat 10-12 调休 (5), 10-14..10-18 (10)
        assertThat(calendar.addWorkDays(LocalDate.of(2024, 9, 30), 10)).isEqualTo(LocalDate.of(2024, 10, 18));
    }

    @Test
    void springFestival2024() {
        // Thu 2024-02-08: Fri 2-9 (1), 2-10..2-17 off, Sun 2-18 调休 (2), 2-19 (3), 2-20 (4), 2-21 (5)
        assertThat(calendar.addWorkDays(LocalDate.of(2024, 2, 8), 5)).isEqualTo(LocalDate.of(2024, 2, 21));
        assertThat(calendar.workDaysBetween(LocalDate.of(2024, 2, 8), LocalDate.of(2024, 2, 21))).isEqualTo(5);
    }

    @Test
    void anAdministratorAddsNextYearWithoutCodeChange() throws Exception {
        Map<LocalDate, Boolean> extra = WorkCalendar.parse(new StringReader("日期,休息\n2027-01-01,1\n2027-01-02,0\n"), "节假日.csv");
        WorkCalendar extended = calendar.with(extra);
        assertThat(extended.isWorkDay(LocalDate.of(2027, 1, 1))).isFalse(); // Friday made a holiday
        assertThat(extended.isWorkDay(LocalDate.of(2027, 1, 2))).isTrue();  // Saturday made a work day
        assertThat(calendar.isWorkDay(LocalDate.of(2027, 1, 1))).isTrue();  // the original is unchanged
    }
}
