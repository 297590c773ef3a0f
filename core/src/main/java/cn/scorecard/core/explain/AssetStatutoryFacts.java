package cn.scorecard.core.explain;

import cn.scorecard.core.cases.CaseFlag;
import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.ClosingMethod;
import cn.scorecard.core.cases.Times;
import java.util.ArrayList;
import java.util.List;

/**
 * 有财产可供执行案件法定期限内实际执结率, case by case: an actually closed case against its statutory period
 * (deductions and extensions counted), an open one against the absolute period (6 months, 12 with an online
 * auction, nothing deducted) at the period's end.
 */
final class AssetStatutoryFacts implements Facts {
    private final CaseTable cases;
    private final int periodEnd;

    AssetStatutoryFacts(CaseTable cases, int periodEnd) {
        this.cases = cases;
        this.periodEnd = periodEnd;
    }

    @Override
    public List<String> header() {
        return List.of("立案日期", "法定期限届满日", "绝对期限", "绝对期限届满日", "结案日期", "结案方式", "说明");
    }

    @Override
    public Reason explain(int row, boolean inNumerator) {
        boolean online = cases.has(row, CaseFlag.ONLINE_AUCTION);
        String absolute = cases.periods().absoluteMonths(online) + (online ? "个月（有网络拍卖）" : "个月");
        int deadline = cases.statutoryDeadline(row);
        int absoluteDay = cases.absoluteDeadline(row);
        int closed = cases.closed(row);
        boolean closedByEnd = closed != Times.NONE && closed <= periodEnd;
        ClosingMethod method = closedByEnd ? cases.method(row) : null;
        String note;
        if (!closedByEnd) {
            note = periodEnd > absoluteDay ? "期末未结，超过绝对期限 " + (periodEnd - absoluteDay) + " 日"
                    : "期末未结，绝对期限未届满";
        } else if (method == ClosingMethod.TERMINATED_THIS_ROUND) {
            note = "终本结案，不属实际执结";
        } else {
            note = closed <= deadline ? "法定期限内实际执结" : "实际执结，但超过法定期限 " + (closed - deadline) + " 日";
        }
        List<String> cells = List.of(Texts.day(cases.filed(row)), Texts.day(deadline), absolute, Texts.day(absoluteDay),
                closedByEnd ? Texts.day(closed) : "未结", method == null ? Texts.NONE : method.label(), note);
        List<String> details = new ArrayList<>(StatutoryFacts.details(cases, row));
        details.add("分母中的绝对期限：立案起 " + absolute + "，不扣除、不延长，至 " + Texts.day(absoluteDay));
        String summary = (closedByEnd ? "结案 " + Texts.day(closed) : "未结") + " · 法定期限届满 " + Texts.day(deadline)
                + " · 绝对期限届满 " + Texts.day(absoluteDay) + " · " + note;
        return Reason.of(inNumerator, cells, summary, details);
    }
}
