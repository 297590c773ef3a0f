package cn.scorecard.core.explain;

/**
 * An indicator in which a case (or one of its payments or field actions) counts: where (分子, or 分母 only) and
 * why; whether that is a miss is the reason's verdict (a lower-is-better numerator counts the misses).
 *
 * @param record the record counted: the case row, or the index of its payment or field action
 */
public record CaseIndicator(String code, String name, String metric, boolean numerator, int record, Reason reason) {
    /** 分子 when counted in the numerator (a count's records are all in it), else 分母（未计入分子）. */
    public String role() {
        return numerator ? "分子" : "分母（未计入分子）";
    }
}
