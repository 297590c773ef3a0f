package cn.scorecard.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.core.calendar.WorkCalendar;
import cn.scorecard.core.data.StaffMember;
import cn.scorecard.core.data.StaffRole;
import cn.scorecard.core.staff.StaffInputs;
import cn.scorecard.core.staff.StaffRuleSets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo's quota is a plan made before the month: the months before and the calendar, not the month's output. */
class DemoQuotasTest {
    private static final YearMonth JAN = YearMonth.of(2024, 1);

    private static List<StaffInputs.ClosureQuota> quotas(LocalDate joined, int[] closings) {
        StaffMember judge = new StaffMember("J1", "法官", 0, StaffRole.JUDGE, "执行第1团队", null, true, true, joined, null);
        StaffMember clerk = new StaffMember("C1", "书记员", 0, StaffRole.CLERK, "执行第1团队", null, true, true, null, null);
        return DemoQuotas.quotas(List.of(judge, clerk), StaffRuleSets.bundled(), WorkCalendar.bundled(), JAN,
                new int[][] {closings, new int[closings.length]});
    }

    @Test
    void quotaIsTheOutputPerWorkingDayOfTheThreeMonthsBeforeTimesTheMonthsWorkingDays() {
        // 2024 working days (bundled calendar): Jan 22, Feb 18 (春节), Mar 21, Apr 22 (清明; 7 and 28 Apr made up)
        // Jan–Mar: 22 + 18 + 21 = 61 cases in 61 working days, one a day → April expects 22, quota round(0.95 × 22) = 21
        List<StaffInputs.ClosureQuota> q = quotas(null, new int[] {22, 18, 21, 40});
        assertThat(q).extracting(StaffInputs.ClosureQuota::month)
                .containsExactly(JAN, JAN.plusMonths(1), JAN.plusMonths(2), JAN.plusMonths(3));
        assertThat(q.get(3).quota()).isEqualTo(21);
        // February: January's 22 cases in 22 days → 18 expected, round(17.1) = 17; the first month has no history: 1
        assertThat(q.get(1).quota()).isEqualTo(17);
        assertThat(q.get(0).quota()).isEqualTo(1);
        // the month's own output does not move its quota
        assertThat(quotas(null, new int[] {22, 18, 21, 5}).get(3).quota()).isEqualTo(21);
    }

    @Test
    void monthsBeforeJoiningDoNotCount() {
        // joined on 1 March: March has no month in post before it (quota 1); April looks at March alone, 21 in 21 days
        List<StaffInputs.ClosureQuota> q = quotas(LocalDate.of(2024, 3, 1), new int[] {0, 0, 21, 30});
        assertThat(q).extracting(StaffInputs.ClosureQuota::quota).containsExactly(1, 21);
    }
}
