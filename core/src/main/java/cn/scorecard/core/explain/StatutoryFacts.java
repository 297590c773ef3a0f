package cn.scorecard.core.explain;

import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.PeriodAdjustment;
import cn.scorecard.core.cases.StatutoryPeriod;
import cn.scorecard.core.cases.Times;
import java.util.ArrayList;
import java.util.List;

/**
 * A case against its statutory period (法定期限): 立案 + 6 months, plus every approved extension, plus every deducted
 * interval (overlaps once), and the closing day or 未结 against it. The period's end is the day an open case is read.
 */
final class StatutoryFacts implements Facts {
    private final CaseTable cases;
    private final int periodEnd;

    StatutoryFacts(CaseTable cases, int periodEnd) {
        this.cases = cases;
        this.periodEnd = periodEnd;
    }

    @Override
    public List<String> header() {
        return List.of("立案日期", "扣除", "延长", "法定期限届满日", "结案日期", "超期");
    }

    @Override
    public Reason explain(int row, boolean inNumerator) {
        int filed = cases.filed(row);
        int deadline = cases.statutoryDeadline(row);
        int closed = cases.closed(row);
        String over = over(closed, deadline);
        String closedText = closed == Times.NONE || closed > periodEnd ? "未结" : Texts.day(closed);
        List<String> cells = List.of(Texts.day(filed), days(cases.deductedDays(row)), days(cases.extendedDays(row)),
                Texts.day(deadline), closedText, over);
        String summary = "法定期限届满 " + Texts.day(deadline) + " · 结案 " + closedText + " · " + over;
        return Reason.of(inNumerator, cells, summary, details(cases, row));
    }

    private String over(int closed, int deadline) {
        if (closed != Times.NONE && closed <= periodEnd) {
            return closed <= deadline ? "期限内" : "超期 " + (closed - deadline) + " 日";
        }
        return periodEnd <= deadline ? "未结，尚余 " + (deadline - periodEnd) + " 日"
                : "未结，截至 " + Texts.day(periodEnd) + " 超期 " + (periodEnd - deadline) + " 日";
    }

    private static String days(int n) {
        return n == 0 ? Texts.NONE : n + " 日";
    }

    /** How the deadline came about, line by line (shared with the case page's deadlines). */
    static List<String> details(CaseTable cases, int row) {
        int filed = cases.filed(row);
        List<String> out = new ArrayList<>();
        int months = cases.periods().statutoryMonths();
        out.add("立案 " + Texts.day(filed) + " 起 " + months + " 个月：至 " + Texts.day(StatutoryPeriod.plusMonths(filed, months)));
        for (PeriodAdjustment a : cases.adjustments(row)) out.add(a.describe());
        if (cases.deductedDays(row) > 0) out.add("扣除合计 " + cases.deductedDays(row) + " 日（重叠的期间只计一次）");
        if (cases.extendedDays(row) > 0) out.add("经批准延长合计 " + cases.extendedDays(row) + " 日");
        out.add("法定期限届满日 " + Texts.day(cases.statutoryDeadline(row)));
        return out;
    }
}
