package cn.scorecard.core.explain;

/**
 * An indicator in which a case (or one of its payments or field actions) counts: where (分子, or 分母 only = missed)
 * and why.
 *
 * @param record the record counted: the case row, or the index of its payment or field action
 */
public record CaseIndicator(String code, String name, String metric, boolean numerator, int record, Reason reason) {
    /** 分子 when counted in the numerator, else 分母（未达标）; for counts, 计入. */
    public String role() {
        return numerator ? "分子" : "分母（未计入分子）";
    }
}
