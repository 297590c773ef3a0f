package cn.scorecard.core.io;

import cn.scorecard.core.cases.CaseFlag;
import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.PeriodAdjustment;
import cn.scorecard.core.cases.StepType;
import cn.scorecard.core.cases.Times;
import cn.scorecard.core.data.FieldAction;
import cn.scorecard.core.data.Payment;
import cn.scorecard.core.data.ProvinceData;
import java.io.IOException;
import java.util.List;

/**
 * 流程节点.csv from the case table, payments and field actions: one row per recorded step, every occurrence of a
 * repeatable one.
 *
 * <p>Deducted intervals and extensions are written as recorded, each with its reason in 说明. A table built
 * without them (counts only) writes one {@code 扣除期间} row per case from the filing day over that many days and
 * one {@code 延长期限} row with the days in 标志: reading them back gives the same counts. The flags that come from steps are written as the 标志 of their step: 网络 on 拍卖启动
 * (ONLINE_AUCTION; AUCTION follows from the step itself) and 异地 on 发现需线下控制财产 (REMOTE_CONTROL);
 * such a flag without its step cannot be expressed in the format.
 */
final class StepFileWriter {
    private static final String FOLDED = "合计（导出时按天数合并）";

    private StepFileWriter() {
    }

    /** A recorded interval or extension as read: its dates (or the days in 标志) and its reason in 说明. */
    private static void adjustment(CsvOut out, String court, String number, int filed, PeriodAdjustment a) throws IOException {
        String note = a.reason() == null ? "" : a.reason();
        if (a.kind() == PeriodAdjustment.Kind.DEDUCTION) {
            var row = row(out, court, number, StepEffects.DEDUCTION).day(a.startDay());
            (a.endDay() == Times.NONE ? row.cell("") : row.day(a.endDay())).cell("").cell("").cell(note).endRow();
        } else if (a.startDay() != Times.NONE) {
            row(out, court, number, StepEffects.EXTENSION).day(a.startDay()).day(a.endDay()).cell("").cell("").cell(note)
                    .endRow();
        } else {
            row(out, court, number, StepEffects.EXTENSION).day(filed).cell("").cell(Integer.toString(a.days())).cell("")
                    .cell(note).endRow();
        }
    }

    /** Appends the rows of the data's cases, then its payments and field actions, to an open 流程节点.csv. */
    static void write(ProvinceData data, CsvOut out) throws IOException {
        CaseTable t = data.cases();
        StepType[] types = StepType.values();
        int[][] columns = new int[types.length][];
        for (StepType s : types) columns[s.ordinal()] = t.stepColumn(s);
        for (int r = 0; r < t.size(); r++) {
            String court = DataDirectoryWriter.courtCode(data, t.court(r));
            String number = t.number(r);
            for (StepType s : types) {
                int[] col = columns[s.ordinal()];
                if (col == null || col[r] == Times.NONE) continue;
                row(out, court, number, s.label()).minute(col[r]).cell("").cell(mark(t, r, s)).cell("").cell("")
                        .endRow();
                if (!s.repeatable()) continue;
                for (int later : t.laterSteps(r, s)) {
                    row(out, court, number, s.label()).minute(later).cell("").cell(mark(t, r, s)).cell("").cell("")
                            .endRow();
                }
            }
            List<PeriodAdjustment> recorded = t.adjustments(r);
            if (!recorded.isEmpty()) {
                for (PeriodAdjustment a : recorded) adjustment(out, court, number, t.filed(r), a);
                continue;
            }
            int deducted = t.deductedDays(r);
            if (deducted > 0) {
                row(out, court, number, StepEffects.DEDUCTION).day(t.filed(r)).day(t.filed(r) + deducted - 1)
                        .cell("").cell("").cell(FOLDED).endRow();
            }
            int extended = t.extendedDays(r);
            if (extended > 0) {
                row(out, court, number, StepEffects.EXTENSION).day(t.filed(r)).cell("")
                        .cell(Integer.toString(extended)).cell("").cell(FOLDED).endRow();
            }
        }
        for (Payment p : data.payments()) {
            row(out, DataDirectoryWriter.courtCode(data, t.court(p.caseRow())), t.number(p.caseRow()),
                    StepEffects.PAYMENT).minute(p.arrivedMinute()).minute(p.releasedMinute())
                    .cell(p.lateApproved() ? "经审批" : "").yuan(p.amountFen()).cell("").endRow();
        }
        for (FieldAction f : data.fieldActions()) {
            String mark = f.recorderUsed() && f.archived() ? "执法记录仪、已归档"
                    : f.recorderUsed() ? "执法记录仪" : f.archived() ? "已归档" : "";
            row(out, DataDirectoryWriter.courtCode(data, t.court(f.caseRow())), t.number(f.caseRow()),
                    StepEffects.FIELD_ACTION).minute(f.minute()).cell("").cell(mark).cell("").cell("").endRow();
        }
    }

    private static CsvOut row(CsvOut out, String court, String number, String kind) throws IOException {
        return out.cell(court).cell(number).cell(kind);
    }

    private static String mark(CaseTable t, int r, StepType s) {
        if (s == StepType.AUCTION_START && t.has(r, CaseFlag.ONLINE_AUCTION)) return "网络";
        if (s == StepType.OFFLINE_PROPERTY_FOUND && t.has(r, CaseFlag.REMOTE_CONTROL)) return "异地";
        return "";
    }
}
