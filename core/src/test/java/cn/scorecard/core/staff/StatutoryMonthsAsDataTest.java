package cn.scorecard.core.staff;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.CaseTableBuilder;
import cn.scorecard.core.cases.CaseType;
import cn.scorecard.core.cases.PeriodRules;
import cn.scorecard.core.cases.Times;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The staff assessment's statutory deadlines follow the periods of the case table (rules/periods.yaml). */
class StatutoryMonthsAsDataTest {
    @Test
    void theStaffDeadlinesUseTheTablesStatutoryMonths() {
        CaseTableBuilder b = new CaseTableBuilder(1);
        int filed = (int) LocalDate.of(2024, 1, 10).toEpochDay();
        b.addCase(0, "（2024）江0101执1号", CaseType.FIRST_ENFORCEMENT, filed, Times.NONE, null, null, -1, -1, -1, -1, -1);
        CaseTable table = b.build();
        assertThat(LocalDate.ofEpochDay(new StatutoryDates(table).deadline(filed, 0, 0))).isEqualTo(LocalDate.of(2024, 7, 10));
        PeriodRules seven = PeriodRules.load(new ByteArrayInputStream(
                "statutory: {months: 7}\nabsolute: {months: 6, monthsWithOnlineAuction: 12}\n".getBytes(StandardCharsets.UTF_8)),
                "test/periods.yaml");
        CaseTable longer = table.withPeriods(seven);
        assertThat(LocalDate.ofEpochDay(new StatutoryDates(longer).deadline(filed, 2, 3))).isEqualTo(LocalDate.of(2024, 8, 15));
        assertThat(LocalDate.ofEpochDay(longer.absoluteDeadline(0))).isEqualTo(LocalDate.of(2024, 7, 10));
    }
}
