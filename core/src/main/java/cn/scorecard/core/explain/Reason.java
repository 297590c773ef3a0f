package cn.scorecard.core.explain;

import java.util.List;

/**
 * Why one record of one indicator counts the way it does: met (达标) or not, the facts in the explainer's columns
 * (应完成 · 实际完成 · 超期 3 日 …), the same in one line, and the detail behind it (the deducted intervals, the SPC
 * rule of a failed 终本 condition, the holidays a working-day deadline skipped …).
 *
 * @param verdict 达标 / 未达标, or the record's own word where a ratio counts it (全部到位, 部分到位 …)
 * @param cells one value per column of {@link RecordExplainer#header()}
 */
public record Reason(boolean met, String verdict, List<String> cells, String summary, List<String> details) {
    public static final String MET = "达标";
    public static final String MISSED = "未达标";

    public Reason {
        cells = List.copyOf(cells);
        details = List.copyOf(details);
    }

    static Reason of(boolean met, List<String> cells, String summary, List<String> details) {
        return new Reason(met, met ? MET : MISSED, cells, summary, details);
    }
}
