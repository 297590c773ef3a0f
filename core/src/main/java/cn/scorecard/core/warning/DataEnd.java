package cn.scorecard.core.warning;

import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.StepType;
import cn.scorecard.core.cases.Times;
import cn.scorecard.core.data.Payment;
import cn.scorecard.core.data.ProvinceData;
import java.time.LocalDate;

/**
 * The last day on which the data records anything (a filing, a closing, a step, a payment). Warnings as of a
 * later day would show every clock of data taken in the past as overdue, so the application offers this day
 * as "now" when the data ends before today.
 */
public final class DataEnd {
    private DataEnd() {
    }

    /** The last recorded day, or null for data without any case. */
    public static LocalDate lastDay(ProvinceData data) {
        CaseTable t = data.cases();
        int day = Times.NONE;
        for (int r = 0; r < t.size(); r++) day = Math.max(day, Math.max(t.filed(r), t.closed(r)));
        int minute = Times.NONE;
        for (StepType s : StepType.values()) {
            int[] col = t.stepColumn(s);
            if (col == null) continue;
            for (int m : col) minute = Math.max(minute, m);
        }
        for (Payment p : data.payments()) minute = Math.max(minute, Math.max(p.arrivedMinute(), p.releasedMinute()));
        if (minute != Times.NONE) day = Math.max(day, Times.dayOfMinute(minute));
        return day == Times.NONE ? null : Times.date(day);
    }
}
