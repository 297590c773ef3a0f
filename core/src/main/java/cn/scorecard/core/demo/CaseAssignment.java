package cn.scorecard.core.demo;

import cn.scorecard.core.cases.ClosingMethod;
import cn.scorecard.core.cases.StatutoryPeriod;
import cn.scorecard.core.cases.StepType;
import cn.scorecard.core.cases.Times;
import java.time.YearMonth;

/**
 * Which team and assistant take a case (分案), the way a bureau balances its officers' workload: of a few teams
 * drawn at random, the one whose month would be the least loaded by the case — its closings in the case's closing
 * month, and its stocks at the month ends the case would sit in (cases with property controlled and not yet
 * disposed, cases ready for 终本) — and within the team the less loaded assistant. Officers therefore close about
 * the same number of cases a month and carry stocks of about the same size, as paced officers do; a month's closings
 * vary by a case or two around the bureau's average rather than by chance (docs/demo-data.md).
 *
 * <p>繁简分流: a case still open a year after filing (the few that get stuck) goes to one of the court's complex-case
 * teams ({@link #complexTeams}), so that old cases are concentrated as they are in practice, not a case or two in
 * every officer's stock.
 *
 * <p>The draws are the assignment's own (the case's own stream is untouched), so the cases are the same as without
 * balancing; only who handles them differs.
 */
final class CaseAssignment {
    /** Teams drawn to compare for a case: two choices already balance well, a little noise stays. */
    private static final int CHOICES = 3;

    private final Rand rand;
    private final DemoStaff staff;
    private final int[] monthStart;
    private final int months;
    /** Per staff index: closings per month (as judge or assistant), and month-end stocks. */
    private final int[][] closings;
    private final int[][] awaitingDisposal;
    private final int[][] terminationReady;

    CaseAssignment(Rand rand, DemoStaff staff, DemoSpec spec) {
        this.rand = rand;
        this.staff = staff;
        YearMonth first = YearMonth.of(spec.startYear(), 1);
        YearMonth last = YearMonth.from(spec.evaluationEnd());
        this.months = (int) first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
        this.monthStart = new int[months + 1];
        for (int m = 0; m <= months; m++) monthStart[m] = (int) first.plusMonths(m).atDay(1).toEpochDay();
        int n = staff.members().size();
        closings = new int[n][months];
        awaitingDisposal = new int[n][months];
        terminationReady = new int[n][months];
    }

    /** The complex-case teams of a court: the last quarter of its teams (at least one). */
    static int complexTeams(int teamCount) {
        return Math.max(1, teamCount / 4);
    }

    /**
     * The team and assistant of a case, given the ones a plain random assignment drew (kept as the first choice).
     *
     * @return {team, assistant}
     */
    int[] assign(CaseDraft d, int court, int drawnTeam, int drawnAssistant) {
        Profile p = profile(d);
        int teams = staff.teamCount(court);
        int team = drawnTeam;
        if (p.longRunning) {
            int complex = complexTeams(teams);
            team = teams - complex + rand.index(complex);
            for (int k = 1; k < CHOICES; k++) {
                int other = teams - complex + rand.index(complex);
                if (cost(staff.judge(court, other), p) < cost(staff.judge(court, team), p)) team = other;
            }
        } else {
            for (int k = 1; k < CHOICES; k++) {
                int other = rand.index(teams);
                if (cost(staff.judge(court, other), p) < cost(staff.judge(court, team), p)) team = other;
            }
        }
        int assistant = team == drawnTeam ? drawnAssistant : staff.assistant(court, team, d.filedDay, rand);
        int[] members = staff.teams()[court][team];
        for (int k = 2; k < members.length; k++) {
            int a = members[k];
            if (a != assistant && staff.joinedDay()[a] <= d.filedDay && assistant >= 0 && cost(a, p) < cost(assistant, p)) {
                assistant = a;
            }
        }
        add(staff.judge(court, team), p);
        if (assistant >= 0) add(assistant, p);
        return new int[] {team, assistant};
    }

    /** Where the case weighs on its officers: the closing month and the month ends in each stock (-1: none). */
    private record Profile(int closingMonth, int disposalFrom, int disposalTo, int readyFrom, int readyTo,
                           boolean longRunning) {
    }

    private Profile profile(CaseDraft d) {
        int closed = d.closesByCutoff() ? d.closingDay : Integer.MAX_VALUE;
        int closingMonth = closed == Integer.MAX_VALUE ? -1 : month(closed);
        int dFrom = -1;
        int dTo = -1;
        int rFrom = -1;
        int rTo = -1;
        boolean implementation = d.type.isImplementation();
        if (implementation) {
            int control = earliest(d.step(StepType.ONLINE_CONTROL), d.step(StepType.OFFLINE_CONTROL));
            if (control != Times.NONE) {
                int disposal = d.step(StepType.DISPOSAL);
                int end = Math.min(closed, disposal == Times.NONE ? Integer.MAX_VALUE : disposal / Times.MINUTES_PER_DAY);
                dFrom = firstMonthEndFrom(control / Times.MINUTES_PER_DAY);
                dTo = lastMonthEndBefore(end);
            }
            if (d.method == ClosingMethod.TERMINATED_THIS_ROUND && d.omitted == null) {
                int ready = StatutoryPeriod.plusMonths(d.filedDay, 3) + 1;
                for (StepType s : new StepType[] {StepType.EXECUTION_NOTICE, StepType.PROPERTY_REPORT_ORDER,
                        StepType.ONLINE_SEARCH_START, StepType.CONSUMPTION_RESTRICTION, StepType.TRADITIONAL_SEARCH,
                        StepType.APPLICANT_INFORMED}) {
                    if (d.step(s) != Times.NONE) ready = Math.max(ready, d.step(s) / Times.MINUTES_PER_DAY);
                }
                rFrom = firstMonthEndFrom(ready);
                rTo = lastMonthEndBefore(closed);
            }
        }
        boolean longRunning = implementation
                && (closed == Integer.MAX_VALUE ? d.closingDay : closed) > StatutoryPeriod.plusMonths(d.filedDay, 12)
                && StatutoryPeriod.plusMonths(d.filedDay, 12) < monthStart[months];
        return new Profile(closingMonth, dFrom, dTo, rFrom, rTo, longRunning);
    }

    private static int earliest(int a, int b) {
        if (a == Times.NONE) return b;
        if (b == Times.NONE) return a;
        return Math.min(a, b);
    }

    /** The month of a day within the span, or -1. */
    private int month(int day) {
        if (day < monthStart[0] || day >= monthStart[months]) return -1;
        int lo = 0;
        int hi = months - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (monthStart[mid] <= day) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    /** The first month whose last day is on or after {@code day}. */
    private int firstMonthEndFrom(int day) {
        if (day < monthStart[0]) return 0;
        int m = month(day);
        return m < 0 ? months : m;
    }

    /** The last month whose last day is before {@code day} (the case left the stock on {@code day}). */
    private int lastMonthEndBefore(int day) {
        if (day >= monthStart[months]) return months - 1;
        int m = month(day);
        return m - 1;
    }

    private double cost(int person, Profile p) {
        double c = 0;
        if (p.closingMonth >= 0) c += closings[person][p.closingMonth];
        c += mean(awaitingDisposal[person], p.disposalFrom, p.disposalTo);
        c += mean(terminationReady[person], p.readyFrom, p.readyTo);
        return c;
    }

    private static double mean(int[] stock, int from, int to) {
        if (from < 0 || to < from) return 0;
        double sum = 0;
        for (int m = from; m <= to; m++) sum += stock[m];
        return sum / (to - from + 1);
    }

    private void add(int person, Profile p) {
        if (p.closingMonth >= 0) closings[person][p.closingMonth]++;
        if (p.disposalFrom >= 0) for (int m = p.disposalFrom; m <= p.disposalTo; m++) awaitingDisposal[person][m]++;
        if (p.readyFrom >= 0) for (int m = p.readyFrom; m <= p.readyTo; m++) terminationReady[person][m]++;
    }
}
