package cn.scorecard.core.io.parquet;

import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.PeriodAdjustment;
import cn.scorecard.core.data.ProvinceData;
import java.util.ArrayList;
import java.util.List;

/**
 * period_adjustments.parquet: the recorded 扣除期间 and 延长期限 of each case (kind as in 流程节点.csv), with the
 * interval's first and last day (null for an extension given as days, or an interval still running), the days it
 * deducts or adds and its 说明.
 */
final class AdjustmentColumns implements CaseEntries.Source {
    private final CaseTable cases;

    AdjustmentColumns(CaseTable cases) {
        this.cases = cases;
    }

    static List<Column> of(ProvinceData data, CaseEntries e) {
        List<Column> cols = new ArrayList<>(new CaseRefs(data).columns(i -> e.caseRow[i]));
        cols.add(Column.text("kind", false, i -> adjustment(e, i).kind().label()));
        cols.add(Column.date("start", true, i -> adjustment(e, i).startDay()));
        cols.add(Column.date("end", true, i -> adjustment(e, i).endDay()));
        cols.add(Column.int32("days", false, i -> adjustment(e, i).days()));
        cols.add(Column.text("reason", true, i -> {
            String r = adjustment(e, i).reason();
            return r == null || r.isBlank() ? null : r;
        }));
        return cols;
    }

    private static PeriodAdjustment adjustment(CaseEntries e, int i) {
        return (PeriodAdjustment) e.item[i];
    }

    @Override
    public void collect(int row, CaseEntries into) {
        for (PeriodAdjustment a : cases.adjustments(row)) into.add(row, 0, 0, a);
    }
}
