package cn.scorecard.app.export;

import cn.scorecard.app.evaluation.PeriodParam;

/** The period part of an export's file names. */
public final class ExportNames {
    private ExportNames() {
    }

    /** "2025" for a year, "2025年1-6月" for the months so far. */
    public static String periodName(PeriodParam p) {
        return p.month() == null || p.month() == 12 ? String.valueOf(p.year()) : p.year() + "年1-" + p.month() + "月";
    }

    /** "2025" for a year, "2025-01-06" for the months so far. */
    public static String periodAscii(PeriodParam p) {
        return p.month() == null || p.month() == 12 ? String.valueOf(p.year()) : String.format("%d-01-%02d", p.year(), p.month());
    }
}
