package cn.scorecard.core.demo;

import cn.scorecard.core.calendar.WorkCalendar;
import cn.scorecard.core.data.StaffMember;
import cn.scorecard.core.staff.StaffInputs;
import cn.scorecard.core.staff.StaffRuleSet;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * 结案指标 of the demo: a quota for every 员额法官 and 法官助理 for every month in post, set the way a court sets a
 * monthly plan — in advance, from what it knows before the month begins: the officer's output per working day over
 * the (up to) three months before, times the working days of the month (the calendar accounts for 春节 and 国庆),
 * at {@link #SHARE_OF_EXPECTED} of that. The month's own closings play no part: a quota that followed them would
 * hide the month's ups and downs, which are what the quota item scores. With no month in post before (the span's
 * first month, a newcomer's first month) the quota is the minimum of 1 case.
 */
final class DemoQuotas {
    /** Share of the expected output set as the quota: most officers meet it, the slowest months miss it. */
    static final double SHARE_OF_EXPECTED = 0.95;
    /** Months before the quota's month that the plan looks at. */
    static final int PRIOR_MONTHS = 3;

    private DemoQuotas() {
    }

    /** @param closings per staff index, the cases closed as judge or assistant in each month from {@code first} */
    static List<StaffInputs.ClosureQuota> quotas(List<StaffMember> staff, StaffRuleSet rules, WorkCalendar calendar,
                                                 YearMonth first, int[][] closings) {
        int months = closings.length == 0 ? 0 : closings[0].length;
        int[] workDays = new int[months];
        for (int m = 0; m < months; m++) {
            YearMonth month = first.plusMonths(m);
            workDays[m] = calendar.workDaysBetween(month.atDay(1).minusDays(1), month.atEndOfMonth());
        }
        List<StaffInputs.ClosureQuota> out = new ArrayList<>();
        for (int p = 0; p < staff.size(); p++) {
            StaffMember s = staff.get(p);
            if (!DemoStaffInputs.hasQuota(rules, s.role())) continue;
            int[] c = closings[p];
            for (int m = 0; m < c.length; m++) {
                YearMonth month = first.plusMonths(m);
                if (!inPost(s, month)) continue;
                double expected = expected(s, first, c, workDays, m);
                int quota = Math.max(1, (int) Math.round(SHARE_OF_EXPECTED * expected));
                out.add(new StaffInputs.ClosureQuota(p, month, quota));
            }
        }
        return out;
    }

    private static boolean inPost(StaffMember s, YearMonth month) {
        return s.activeOn(month.atDay(1)) || s.activeOn(month.atEndOfMonth());
    }

    /** Closings per working day over the months in post before {@code month}, times the month's working days. */
    private static double expected(StaffMember s, YearMonth first, int[] closings, int[] workDays, int month) {
        double closed = 0;
        double days = 0;
        for (int k = Math.max(0, month - PRIOR_MONTHS); k < month; k++) {
            if (!inPost(s, first.plusMonths(k))) continue;
            closed += closings[k];
            days += workDays[k];
        }
        return days == 0 ? 0 : closed / days * workDays[month];
    }
}
