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

/**
 * The demo's quota is the team's expected output: the bureau's closings per team (judge) in the month, at 90%,
 * split among the team's assistants in post (a newcomer's part grows over the first months) — an officer's own closings move it only as one of the bureau's.
 */
class DemoQuotasTest {
    private static final YearMonth JAN = YearMonth.of(2024, 1);

    private static StaffMember member(String id, StaffRole role, String team, LocalDate joined) {
        return new StaffMember(id, id, 0, role, team, null, true, true, joined, null);
    }

    /** Team A: judge J1, assistant A1; team B: judge J2, assistants A2 and A3 (A3 from 10 February); clerk C1. */
    private static final List<StaffMember> STAFF = List.of(
            member("J1", StaffRole.JUDGE, "A", null), member("A1", StaffRole.ASSISTANT, "A", null),
            member("J2", StaffRole.JUDGE, "B", null), member("A2", StaffRole.ASSISTANT, "B", null),
            member("A3", StaffRole.ASSISTANT, "B", LocalDate.of(2024, 2, 10)), member("C1", StaffRole.CLERK, "A", null));

    private static int quota(List<StaffInputs.ClosureQuota> quotas, int staff, YearMonth month) {
        return quotas.stream().filter(q -> q.staff() == staff && q.month().equals(month)).findFirst().orElseThrow().quota();
    }

    private static List<StaffInputs.ClosureQuota> quotas(int[] j1, int[] j2) {
        int months = j1.length;
        // closings as judge; the assistants' own counts do not enter the quota
        return DemoQuotas.quotas(STAFF, StaffRuleSets.bundled(), WorkCalendar.bundled(), JAN,
                new int[][] {j1, new int[months], j2, new int[months], new int[months], new int[months]});
    }

    @Test
    void quotaIsNinetyPercentOfTheBureausClosingsPerTeamSplitAmongTheTeamsAssistants() {
        // January: J1 20 + J2 30 = 50 closings, 2 judges → 25 per team; 0.9 × 25 = 22.5 → 23 for each judge, for A1
        // (A's one assistant) and for A2 (alone in B; A3 is not in post yet)
        List<StaffInputs.ClosureQuota> q = quotas(new int[] {20, 18, 24}, new int[] {30, 22, 36});
        assertThat(List.of(quota(q, 0, JAN), quota(q, 1, JAN), quota(q, 2, JAN), quota(q, 3, JAN))).containsOnly(23);
        assertThat(q).noneMatch(x -> x.staff() == 4 && x.month().equals(JAN));
        // February: 18 + 22 = 40 → 20 per team → 18; A3 joins on 10 February: 20 days in post by the 29th, no part yet
        // ((20 − 20) / 70 = 0: the minimum of 1), A2 18
        YearMonth feb = JAN.plusMonths(1);
        assertThat(List.of(quota(q, 0, feb), quota(q, 1, feb), quota(q, 2, feb), quota(q, 3, feb))).containsOnly(18);
        assertThat(quota(q, 4, feb)).isEqualTo(1);
        // March: 24 + 36 = 60 → 30 per team → 27 for the judges and A1; in B, A3 has 51 days in post by the 31st, a part
        // of (51 − 20) / 70 = 0.443: A2 30 × 1/1.443 = 20.79 → 0.9 × 20.79 = 18.7 → 19; A3 30 × 0.443/1.443 = 9.21 → 8.3 → 8
        YearMonth mar = JAN.plusMonths(2);
        assertThat(List.of(quota(q, 0, mar), quota(q, 1, mar), quota(q, 2, mar))).containsOnly(27);
        assertThat(quota(q, 3, mar)).isEqualTo(19);
        assertThat(quota(q, 4, mar)).isEqualTo(8);
        // no quota for the clerk
        assertThat(q).noneMatch(x -> x.staff() == 5);
    }

    @Test
    void anOfficersOwnClosingsMoveTheQuotaOnlyAsOneOfTheBureaus() {
        // J1 closes 10 instead of 20: (10 + 30) / 2 = 20 per team → 18 for both judges, not J1's own 90% (9)
        List<StaffInputs.ClosureQuota> q = quotas(new int[] {10, 0}, new int[] {30, 0});
        assertThat(quota(q, 0, JAN)).isEqualTo(18);
        assertThat(quota(q, 2, JAN)).isEqualTo(18);
        // a month without any judge's closing: the minimum of 1
        assertThat(quota(q, 0, JAN.plusMonths(1))).isEqualTo(1);
    }
}
