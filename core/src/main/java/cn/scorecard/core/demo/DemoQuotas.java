package cn.scorecard.core.demo;

import cn.scorecard.core.data.StaffMember;
import cn.scorecard.core.staff.StaffInputs;
import cn.scorecard.core.staff.StaffRuleSet;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * 结案指标 of the demo: a quota for every 员额法官 and 法官助理 for every month in post, at 85% of the output expected
 * of them that month. The expected output stands in for a court's monthly plan for a team: the officer's closings
 * of the month before, the month itself (counted twice) and the month after, averaged, so that it follows the
 * team's caseload, the seasons (春节, the December rush) and the first months of the span, when few cases are
 * ripe yet. What is left are the month's own ups and downs: most officers meet the quota with a few cases to
 * spare, some miss it, a few close many more (docs/demo-data.md, staff totals).
 */
final class DemoQuotas {
    /** Share of the expected output set as the quota. */
    static final double SHARE_OF_EXPECTED = 0.85;

    private DemoQuotas() {
    }

    /** @param closings per staff index, the cases closed as judge or assistant in each month from {@code first} */
    static List<StaffInputs.ClosureQuota> quotas(List<StaffMember> staff, StaffRuleSet rules, YearMonth first,
                                                 int[][] closings) {
        List<StaffInputs.ClosureQuota> out = new ArrayList<>();
        for (int p = 0; p < staff.size(); p++) {
            StaffMember s = staff.get(p);
            if (!DemoStaffInputs.hasQuota(rules, s.role())) continue;
            int[] c = closings[p];
            for (int m = 0; m < c.length; m++) {
                YearMonth month = first.plusMonths(m);
                if (!s.activeOn(month.atDay(1)) && !s.activeOn(month.atEndOfMonth())) continue;
                int quota = Math.max(1, (int) Math.round(SHARE_OF_EXPECTED * expected(c, m)));
                out.add(new StaffInputs.ClosureQuota(p, month, quota));
            }
        }
        return out;
    }

    private static double expected(int[] closings, int month) {
        int from = Math.max(0, month - 1);
        int to = Math.min(closings.length - 1, month + 1);
        double sum = 0;
        double w = 0;
        for (int k = from; k <= to; k++) {
            double wk = k == month ? 2 : 1;
            sum += wk * closings[k];
            w += wk;
        }
        return sum / w;
    }
}
