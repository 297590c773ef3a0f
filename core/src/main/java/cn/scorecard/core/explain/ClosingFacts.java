package cn.scorecard.core.explain;

import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.ClosingMethod;
import cn.scorecard.core.cases.Times;
import java.util.List;

/**
 * Rates that count how a case closed (实际执结率, 执行完毕率) or whether it closed in the period (结案率 of 受理 =
 * pending + new, 整体执结率): the filing and closing days, the closing method and what the numerator asks for.
 */
final class ClosingFacts implements Facts {
    enum Asks { ACTUAL_CLOSURE, FULFILLED, CLOSED_IN_PERIOD }

    private final CaseTable cases;
    private final Asks asks;
    private final int periodEnd;

    ClosingFacts(CaseTable cases, Asks asks, int periodEnd) {
        this.cases = cases;
        this.asks = asks;
        this.periodEnd = periodEnd;
    }

    @Override
    public List<String> header() {
        return List.of("立案日期", "结案日期", "结案方式", "说明");
    }

    @Override
    public Reason explain(int row, boolean inNumerator) {
        int closed = cases.closed(row);
        boolean closedByEnd = closed != Times.NONE && closed <= periodEnd;
        ClosingMethod m = closedByEnd ? cases.method(row) : null;
        String method = m == null ? Texts.NONE : m.label();
        String note = switch (asks) {
            case ACTUAL_CLOSURE -> m == ClosingMethod.TERMINATED_THIS_ROUND ? "终本结案，不属实际执结" : "实际执结（" + method + "）";
            case FULFILLED -> m == ClosingMethod.FULFILLED ? "执行完毕" : "以“" + method + "”结案，非执行完毕";
            case CLOSED_IN_PERIOD -> closedByEnd ? "期内结案"
                    : "截至 " + Texts.day(periodEnd) + " 未结（立案已 " + (periodEnd - cases.filed(row)) + " 日）";
        };
        String closedText = closedByEnd ? Texts.day(closed) : "未结";
        return Reason.of(inNumerator, List.of(Texts.day(cases.filed(row)), closedText, method, note),
                "立案 " + Texts.day(cases.filed(row)) + " · 结案 " + closedText + " · " + note, List.of());
    }
}
