package cn.scorecard.core.io.parquet;

import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.StepType;
import cn.scorecard.core.cases.Times;
import cn.scorecard.core.data.ProvinceData;
import java.util.ArrayList;
import java.util.List;

/**
 * steps.parquet: one row per process step the case table keeps — the first occurrence of every step, and every
 * later one of a repeatable step (线上控制, 线下查询, 拍卖启动 …) — by case, then step type, then time. The step is
 * named as in 流程节点.csv's 节点 column.
 */
final class StepColumns implements CaseEntries.Source {
    private static final StepType[] STEPS = StepType.values();
    private final CaseTable cases;

    StepColumns(CaseTable cases) {
        this.cases = cases;
    }

    static List<Column> of(ProvinceData data, CaseEntries e) {
        List<Column> cols = new ArrayList<>(new CaseRefs(data).columns(i -> e.caseRow[i]));
        cols.add(Column.text("step", false, i -> STEPS[e.first[i]].label()));
        cols.add(Column.timestamp("time", false, i -> e.second[i]));
        return cols;
    }

    @Override
    public void collect(int row, CaseEntries into) {
        for (StepType s : STEPS) {
            int m = cases.step(row, s);
            if (m == Times.NONE) continue;
            into.add(row, s.ordinal(), m, null);
            if (s.repeatable()) {
                for (int later : cases.laterSteps(row, s)) into.add(row, s.ordinal(), later, null);
            }
        }
    }
}
