package cn.scorecard.core.demo;

import cn.scorecard.core.cases.CaseCategory;
import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.CaseType;
import cn.scorecard.core.cases.ClosingMethod;
import cn.scorecard.core.cases.Times;
import java.time.LocalDate;

/** The calibration figures of a generated province, computed directly from the case table columns. */
record CalibrationFigures(int firstEnforcement, int closed, double terminationShare, double fulfilledShare,
                          double fulfilledOfAll, double settlementShare, double terminatedShare,
                          double deliveryRate, double withinSixMonths, double openShare, double openOverYear) {

    static CalibrationFigures of(CaseTable t, LocalDate evaluationEnd) {
        int end = Times.day(evaluationEnd);
        int first = 0;
        int closed = 0;
        int[] byMethod = new int[ClosingMethod.values().length];
        double rateSum = 0;
        int rateCount = 0;
        int withinSix = 0;
        int open = 0;
        int openOld = 0;
        for (int r = 0; r < t.size(); r++) {
            if (t.type(r) != CaseType.FIRST_ENFORCEMENT) continue;
            first++;
            if (!t.isClosed(r)) {
                open++;
                if (end - t.filed(r) > 365) openOld++;
                continue;
            }
            closed++;
            ClosingMethod m = t.method(r);
            byMethod[m.ordinal()]++;
            LocalDate filed = Times.date(t.filed(r));
            if (!Times.date(t.closed(r)).isAfter(filed.plusMonths(6))) withinSix++;
            CaseCategory c = t.category(r);
            boolean counted = (m == ClosingMethod.FULFILLED || m == ClosingMethod.TERMINATED_THIS_ROUND)
                    && c != null && c.countsForDeliveryRate() && t.applied(r) > 0 && t.delivered(r) >= 0;
            if (counted) {
                rateSum += (double) t.delivered(r) / t.applied(r);
                rateCount++;
            }
        }
        return new CalibrationFigures(first, closed,
                share(byMethod[ClosingMethod.TERMINATED_THIS_ROUND.ordinal()], closed),
                share(byMethod[ClosingMethod.FULFILLED.ordinal()], closed),
                share(byMethod[ClosingMethod.FULFILLED.ordinal()], first),
                share(byMethod[ClosingMethod.SETTLEMENT_FULFILLED.ordinal()], closed),
                share(byMethod[ClosingMethod.TERMINATED.ordinal()], closed),
                rateCount == 0 ? 0 : rateSum / rateCount, share(withinSix, closed), share(open, first),
                share(openOld, first));
    }

    private static double share(int n, int of) {
        return of == 0 ? 0 : (double) n / of;
    }
}
