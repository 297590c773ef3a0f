package cn.scorecard.core.staff;

import cn.scorecard.core.calendar.WorkCalendar;
import cn.scorecard.core.cases.Times;
import cn.scorecard.core.data.StaffMember;
import cn.scorecard.core.data.StaffRole;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A month and who is assessed in it. A person is assessed when active on at least one day of the month and
 * their role has items; events count only on their active days [from, to] (a person who joined or left
 * mid-month answers for those days only), and their active working days pro-rate a standing quota.
 */
final class MonthContext {
    final YearMonth month;
    /** First and last day of the month (epoch days). */
    final int start;
    final int end;
    /** Per staff index: first and last active day in the month, {@link Times#NONE} when not assessed. */
    final int[] from;
    final int[] to;
    /** Per staff index: role ordinal when assessed, -1 otherwise. */
    final byte[] role;
    final int[] activeWorkDays;
    final int monthWorkDays;

    MonthContext(YearMonth month, List<StaffMember> staff, Set<StaffRole> assessedRoles, WorkCalendar calendar) {
        this.month = month;
        this.start = Times.day(month.atDay(1));
        this.end = Times.day(month.atEndOfMonth());
        int days = end - start + 1;
        int[] workDaysUpTo = new int[days + 1]; // workDaysUpTo[i] = working days among the first i days
        for (int i = 0; i < days; i++) {
            workDaysUpTo[i + 1] = workDaysUpTo[i] + (calendar.isWorkDay(month.atDay(i + 1)) ? 1 : 0);
        }
        this.monthWorkDays = workDaysUpTo[days];
        int n = staff.size();
        from = new int[n];
        to = new int[n];
        role = new byte[n];
        activeWorkDays = new int[n];
        Arrays.fill(from, Times.NONE);
        Arrays.fill(to, Times.NONE);
        Arrays.fill(role, (byte) -1);
        for (int p = 0; p < n; p++) {
            StaffMember m = staff.get(p);
            if (!assessedRoles.contains(m.role())) continue;
            int a = m.joined() == null ? start : Math.max(start, Times.day(m.joined()));
            int b = m.left() == null ? end : Math.min(end, Times.day(m.left()));
            if (a > b) continue;
            from[p] = a;
            to[p] = b;
            role[p] = (byte) m.role().ordinal();
            activeWorkDays[p] = workDaysUpTo[b - start + 1] - workDaysUpTo[a - start];
        }
    }

    boolean assessed(int person) {
        return person >= 0 && person < role.length && role[person] >= 0;
    }

    boolean fullMonth(int person) {
        return from[person] == start && to[person] == end;
    }

    boolean activeOn(int person, int day) {
        return assessed(person) && day >= from[person] && day <= to[person];
    }

    boolean inMonth(LocalDate day) {
        return YearMonth.from(day).equals(month);
    }
}
