package cn.scorecard.core.metric;

/**
 * A metric's value for one court with its explanation: numerator ÷ denominator and the records counted in
 * each. {@code value} is null when the denominator is empty (N/A, or full marks where 无此类案件 applies).
 *
 * @param formula the formula in words, with the counts filled in
 */
public record MetricValue(Double value, double numerator, double denominator, RecordSet numeratorRecords,
                          RecordSet denominatorRecords, String formula) {

    public static MetricValue ratio(double numerator, double denominator, RecordSet num, RecordSet den,
                                    String formula) {
        Double v = denominator == 0 ? null : numerator / denominator;
        return new MetricValue(v, numerator, denominator, num, den, formula);
    }

    /** A count (国家赔偿 件数, 制裁案例数): always has a value; the denominator is not used. */
    public static MetricValue count(int count, RecordSet records, String formula) {
        return new MetricValue((double) count, count, 0, records, RecordSet.empty(records.kind()), formula);
    }

    public static MetricValue missing(String formula) {
        return new MetricValue(null, 0, 0, RecordSet.empty(RecordKind.CASE), RecordSet.empty(RecordKind.CASE),
                formula);
    }

    public boolean isEmpty() {
        return value == null;
    }
}
