package cn.scorecard.core.explain;

import cn.scorecard.core.cases.CaseFlag;
import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.CaseType;
import cn.scorecard.core.cases.StatutoryPeriod;
import cn.scorecard.core.cases.Times;
import cn.scorecard.core.deadline.DeadlineCheck;
import cn.scorecard.core.deadline.DeadlineRule;
import cn.scorecard.core.deadline.DeadlineRules;
import cn.scorecard.core.deadline.DeadlineStatus;
import cn.scorecard.core.metric.EvaluationContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The deadlines of one case as of a day: the statutory period with its deductions and extensions, the absolute
 * period, and every node deadline of rules/deadlines.yaml whose clock started for the case.
 */
public final class CaseDeadlines {
    private CaseDeadlines() {
    }

    public static List<CaseDeadline> of(EvaluationContext ctx, DeadlineRules rules, int row, int asOfDay) {
        CaseTable t = ctx.cases();
        List<CaseDeadline> out = new ArrayList<>();
        int closed = t.closed(row);
        boolean closedBy = closed != Times.NONE && closed <= asOfDay;
        String closedText = closedBy ? Texts.day(closed) : "未结";
        if (t.type(row) == CaseType.FIRST_ENFORCEMENT || t.type(row) == CaseType.RESUMED_ENFORCEMENT) {
            int deadline = t.statutoryDeadline(row);
            out.add(new CaseDeadline("法定期限（" + t.periods().statutoryMonths() + "个月，扣除、延长后）", Texts.day(t.filed(row)), Texts.day(deadline), closedText,
                    standing(closedBy ? closed : asOfDay, deadline, closedBy), StatutoryFacts.details(t, row)));
            boolean online = t.has(row, CaseFlag.ONLINE_AUCTION);
            int absolute = t.absoluteDeadline(row);
            out.add(new CaseDeadline("绝对期限（" + t.periods().absoluteMonths(online) + (online ? "个月，有网络拍卖" : "个月") + "，不扣除）",
                    Texts.day(t.filed(row)), Texts.day(absolute), closedText,
                    standing(closedBy ? closed : asOfDay, absolute, closedBy),
                    List.of("有财产可供执行案件法定期限内实际执结率的分母：期末超过绝对期限仍未结的计入")));
        }
        DeadlineCheck check = new DeadlineCheck(t, ctx.calendar());
        int asOf = (asOfDay + 1) * Times.MINUTES_PER_DAY - 1;
        for (DeadlineRule rule : rules.all()) {
            DeadlineStatus s = check.status(rule, row, asOf);
            if (s == DeadlineStatus.NOT_APPLICABLE && check.startMinute(rule, row) == Times.NONE) continue;
            Reason r = new TimelinessFacts(t, ctx.calendar(), rule, asOfDay).explain(row, s == DeadlineStatus.ON_TIME);
            List<String> c = r.cells();
            out.add(new CaseDeadline(rule.name(), c.get(0) + " " + c.get(1), c.get(3), c.get(4), c.get(5), r.details()));
        }
        return out;
    }

    private static String standing(int day, int deadline, boolean closed) {
        if (closed) return day <= deadline ? "期限内结案" : "超期 " + (day - deadline) + " 日结案";
        return day <= deadline ? "未结，尚余 " + (deadline - day) + " 日" : "未结，已超期 " + (day - deadline) + " 日";
    }
}
