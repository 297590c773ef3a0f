package cn.scorecard.core.staff;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

/**
 * The closure quotas (结案指标, 另行制定). A quota given for the month is used as it is; otherwise the person's
 * standing monthly quota applies, pro-rated by active working days when they were active only part of the
 * month (round half up), since a month's quota presumes a month's work.
 */
final class QuotaBook {
    private final Map<Integer, Integer> standing = new HashMap<>();
    private final Map<Integer, Map<YearMonth, Integer>> monthly = new HashMap<>();

    QuotaBook(StaffInputs inputs) {
        for (StaffInputs.ClosureQuota q : inputs.quotas()) {
            if (q.month() == null) standing.put(q.staff(), q.quota());
            else monthly.computeIfAbsent(q.staff(), k -> new HashMap<>()).put(q.month(), q.quota());
        }
    }

    /** Sets the quota and its explanation on the facts; leaves them null when no quota is set. */
    void apply(int person, MonthContext ctx, PersonFacts facts) {
        Integer given = monthly.getOrDefault(person, Map.of()).get(ctx.month);
        if (given != null) {
            facts.quota = given;
            facts.quotaNote = ctx.month + " 指标";
            return;
        }
        Integer base = standing.get(person);
        if (base == null) return;
        if (ctx.fullMonth(person) || ctx.monthWorkDays == 0) {
            facts.quota = base;
            facts.quotaNote = "月度指标";
            return;
        }
        int active = ctx.activeWorkDays[person];
        facts.quota = prorate(base, active, ctx.monthWorkDays);
        facts.quotaNote = "月度指标" + base + "件，按在岗工作日" + active + "/" + ctx.monthWorkDays + "折算";
    }

    /** base × active / total, rounded half up, in integers. */
    static int prorate(int base, int active, int total) {
        return (int) ((2L * base * active + total) / (2L * total));
    }
}
