package cn.scorecard.core.staff;

import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.ClosingMethod;
import cn.scorecard.core.cases.StatutoryPeriod;
import cn.scorecard.core.cases.StepType;
import cn.scorecard.core.cases.Times;
import cn.scorecard.core.data.StaffRole;
import cn.scorecard.core.termination.TerminationCheck;
import java.time.LocalDate;

/**
 * One pass over all cases for a month: each case is offered to its 承办法官, 法官助理 and 书记员 (when the person
 * holds that role and is assessed), and each of the role's measures files what it finds in the person's
 * facts. Nothing scans the cases per person, so the cost is one pass whatever the number of staff.
 */
final class CaseTally {
    private static final int TERMINATION = ClosingMethod.TERMINATED_THIS_ROUND.ordinal();

    private final CaseTable cases;
    private final TerminationCheck check;
    private final MonthContext ctx;
    private final CaseMeasure.Plan plan;
    private final PersonFacts[] facts;
    private final StatutoryDates statutory;
    private final int previousEnd;
    /** Per measure: the latest filing day of a case older than its months at this / last month's end. */
    private final int[] oldAtEnd;
    private final int[] oldAtPreviousEnd;

    CaseTally(CaseTable cases, TerminationCheck check, StatutoryDates statutory, MonthContext ctx,
              CaseMeasure.Plan plan, PersonFacts[] facts) {
        this.cases = cases;
        this.statutory = statutory;
        this.check = check;
        this.ctx = ctx;
        this.plan = plan;
        this.facts = facts;
        this.previousEnd = ctx.start - 1;
        oldAtEnd = new int[plan.all().size()];
        oldAtPreviousEnd = new int[plan.all().size()];
        for (CaseMeasure m : plan.all()) {
            oldAtEnd[m.index()] = latestFiledOlderThan(ctx.end, m.olderThanMonths());
            oldAtPreviousEnd[m.index()] = latestFiledOlderThan(previousEnd, m.olderThanMonths());
        }
    }

    /**
     * The latest filing day f with f + months &lt; day (older than that many months on that day). Adding months
     * never decreases as f grows, so the qualifying days are all days up to this one.
     */
    static int latestFiledOlderThan(int day, int months) {
        if (months <= 0) return day;
        int f = (int) LocalDate.ofEpochDay(day).minusMonths(months).toEpochDay();
        while (StatutoryPeriod.plusMonths(f + 1, months) < day) f++;
        while (StatutoryPeriod.plusMonths(f, months) >= day) f--;
        return f;
    }

    void run() {
        for (int row = 0; row < cases.size(); row++) offer(row);
    }

    /** The same pass over some rows only (every row that names a person gives that person's facts in full). */
    void run(int[] rows) {
        for (int row : rows) offer(row);
    }

    private void offer(int row) {
        offer(row, cases.judge(row), StaffRole.JUDGE);
        offer(row, cases.assistant(row), StaffRole.ASSISTANT);
        offer(row, cases.clerk(row), StaffRole.CLERK);
    }

    private void offer(int row, int person, StaffRole slot) {
        if (person < 0 || person >= ctx.role.length || ctx.role[person] != slot.ordinal()) return;
        int type = cases.typeOrdinal(row);
        for (CaseMeasure m : plan.byRole()[slot.ordinal()]) {
            if (m.covers(type)) apply(m, row, person);
        }
    }

    private void apply(CaseMeasure m, int row, int p) {
        int filed = cases.filed(row);
        int closed = cases.closed(row);
        int from = ctx.from[p];
        int to = ctx.to[p];
        switch (m.computation()) {
            case CLOSURES -> {
                if (closed != Times.NONE && closed >= from && closed <= to) facts(p).tally(m.key()).add(1, cases.number(row));
            }
            case STOCK_OLDER_THAN, STOCK_AWAITING_DISPOSAL, STOCK_TERMINATION_READY -> {
                if (inStock(m, row, filed, closed, ctx.end, oldAtEnd[m.index()])) {
                    PersonFacts.Stock s = facts(p).stock(m.key());
                    s.current++;
                    s.currentCases.add(cases.number(row));
                }
                if (inStock(m, row, filed, closed, previousEnd, oldAtPreviousEnd[m.index()])) facts(p).stock(m.key()).previous++;
            }
            case TERMINATION_NONCOMPLIANT -> {
                if (closed != Times.NONE && closed >= from && closed <= to && cases.methodOrdinal(row) == TERMINATION
                        && !check.isCompliant(row)) {
                    facts(p).tally(m.key()).add(1, cases.number(row));
                }
            }
            case OVERDUE_CASES -> {
                // not yet past the unextended period by the month's end: neither late nor newly overdue
                if (statutory.deadline(filed, 0, 0) >= to || (closed != Times.NONE && closed < from)) return;
                int deadline = statutory.deadline(filed, cases.extendedDays(row), cases.deductedDays(row));
                boolean closedLate = closed != Times.NONE && closed <= to && closed > deadline;
                boolean becameOverdue = (closed == Times.NONE || closed > to) && deadline + 1 >= from && deadline + 1 <= to;
                if (closedLate || becameOverdue) facts(p).tally(m.key()).add(1, cases.number(row));
            }
            case OVERDUE_WITHOUT_EXTENSION -> {
                if (cases.extendedDays(row) != 0 || statutory.deadline(filed, 0, 0) >= to) return;
                if (closed != Times.NONE && closed < from) return;
                int last = closed == Times.NONE ? to : Math.min(to, closed);
                if (statutory.deadline(filed, 0, cases.deductedDays(row)) < last) {
                    facts(p).tally(m.key()).add(1, cases.number(row));
                }
            }
            default -> throw new IllegalStateException("不是依据案件的计算: " + m.computation());
        }
    }

    /** Open at the end of {@code day} and, for the stock's kind, in it on that day. */
    private boolean inStock(CaseMeasure m, int row, int filed, int closed, int day, int latestFiled) {
        if (filed > day || (closed != Times.NONE && closed <= day)) return false;
        int limit = (day + 1) * Times.MINUTES_PER_DAY;
        return switch (m.computation()) {
            case STOCK_OLDER_THAN -> filed <= latestFiled;
            case STOCK_AWAITING_DISPOSAL -> (before(StepType.ONLINE_CONTROL, row, limit) || before(StepType.OFFLINE_CONTROL, row, limit))
                    && !before(StepType.DISPOSAL, row, limit);
            case STOCK_TERMINATION_READY -> filed <= latestFiled && check.failedConditionsAsOf(row, day).isEmpty();
            default -> false;
        };
    }

    /** Read per row: the packed steps would be copied whole by {@code stepColumn}, and a tally may cover a few rows only. */
    private boolean before(StepType step, int row, int limitMinute) {
        int minute = cases.step(row, step);
        return minute != Times.NONE && minute < limitMinute;
    }

    private PersonFacts facts(int p) {
        PersonFacts f = facts[p];
        if (f == null) facts[p] = f = new PersonFacts();
        return f;
    }
}
