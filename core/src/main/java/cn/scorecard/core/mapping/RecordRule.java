package cn.scorecard.core.mapping;

import cn.scorecard.core.io.RecordType;
import java.util.List;

/**
 * One record type fed by a source: the rule of each of our columns, and for a wide sheet the step columns
 * that each become a row of their own (网络查控发起时间 → a 流程节点 row 网络查控发起 with that time).
 */
public record RecordRule(RecordType type, List<ColumnRule> columns, StepColumns steps) {
    public RecordRule {
        columns = List.copyOf(columns);
    }

    /** Our header row for the produced table: the mapped columns, then the step columns' two. */
    String[] header() {
        int n = columns.size() + (steps == null ? 0 : 2);
        String[] h = new String[n];
        for (int i = 0; i < columns.size(); i++) h[i] = columns.get(i).target();
        if (steps != null) {
            h[n - 2] = steps.nameColumn();
            h[n - 1] = steps.valueColumn();
        }
        return h;
    }
}
