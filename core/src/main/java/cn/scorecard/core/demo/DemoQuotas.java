package cn.scorecard.core.demo;

import cn.scorecard.core.calendar.WorkCalendar;
import cn.scorecard.core.data.StaffMember;
import cn.scorecard.core.data.StaffRole;
import cn.scorecard.core.staff.StaffInputs;
import cn.scorecard.core.staff.StaffRuleSet;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 结案指标 of the demo: a team-level quota, the way a bureau sets one from its teams' expected output — the month's
 * closings of the bureau per team (人均结案数 of its 员额法官, every team closing its cases together), at
 * {@link #SHARE_OF_EXPECTED} of that for the team's judge, and split evenly among the team's assistants in post. An
 * officer's own closings move the quota only as one of the bureau's, so a month of a few cases more or less than
 * the team's peers is what the quota item scores, not the bureau's ups and downs (a slow 春节 month, the year-end
 * rush, the first months of the span with no older cases). A newcomer's part grows over the first three months in
 * post ({@link #weight}); with no part or no judge's closing in the month the quota is the minimum of 1 case.
 */
final class DemoQuotas {
    /** Share of the team's expected output set as the quota: most officers meet it, a slow month misses it. */
    static final double SHARE_OF_EXPECTED = 0.9;

    /** A newcomer's part of the team's cases starts after this many days in post … */
    static final int RAMP_FROM_DAY = 20;
    /** … and is full this many days later. */
    static final int RAMP_DAYS = 70;

    private DemoQuotas() {
    }

    /** @param closings per staff index, the cases closed as judge or assistant in each month from {@code first} */
    static List<StaffInputs.ClosureQuota> quotas(List<StaffMember> staff, StaffRuleSet rules, WorkCalendar calendar,
                                                 YearMonth first, int[][] closings) {
        int months = closings.length == 0 ? 0 : closings[0].length;
        List<StaffInputs.ClosureQuota> out = new ArrayList<>();
        for (int m = 0; m < months; m++) {
            YearMonth month = first.plusMonths(m);
            Map<Integer, int[]> judges = new HashMap<>();
            Map<String, Double> assistants = new HashMap<>();
            for (int p = 0; p < staff.size(); p++) {
                StaffMember s = staff.get(p);
                if (!inPost(s, month)) continue;
                if (s.role() == StaffRole.JUDGE) {
                    int[] c = judges.computeIfAbsent(s.court(), k -> new int[2]);
                    c[0] += closings[p][m];
                    c[1]++;
                } else if (s.role() == StaffRole.ASSISTANT) {
                    assistants.merge(s.court() + "/" + s.team(), weight(s, month), Double::sum);
                }
            }
            for (int p = 0; p < staff.size(); p++) {
                StaffMember s = staff.get(p);
                if (!DemoStaffInputs.hasQuota(rules, s.role()) || !inPost(s, month)) continue;
                int[] c = judges.get(s.court());
                double perTeam = c == null ? 0 : c[0] / (double) c[1];
                double expected = perTeam;
                if (s.role() == StaffRole.ASSISTANT) {
                    double all = assistants.getOrDefault(s.court() + "/" + s.team(), 0.0);
                    expected = all == 0 ? 0 : perTeam * weight(s, month) / all;
                }
                out.add(new StaffInputs.ClosureQuota(p, month, Math.max(1, (int) Math.round(SHARE_OF_EXPECTED * expected))));
            }
        }
        return out;
    }

    /**
     * An assistant's part of the team's cases: a newcomer's first cases take weeks to close, so the part grows from
     * nothing over the first three months — (days in post by the month's end − 20) / 70, between 0 and 1.
     */
    static double weight(StaffMember s, YearMonth month) {
        if (s.joined() == null) return 1;
        long days = s.joined().until(month.atEndOfMonth(), java.time.temporal.ChronoUnit.DAYS) + 1;
        return Math.max(0, Math.min(1, (days - RAMP_FROM_DAY) / (double) RAMP_DAYS));
    }

    private static boolean inPost(StaffMember s, YearMonth month) {
        return s.activeOn(month.atDay(1)) || s.activeOn(month.atEndOfMonth());
    }
}
