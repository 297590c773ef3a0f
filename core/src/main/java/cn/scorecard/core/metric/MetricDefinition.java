package cn.scorecard.core.metric;

import java.util.List;

/**
 * What a metric is, declared once in rules/metrics.yaml: the registry pairs it with its computation, the
 * documentation is generated from it and the start-up validation checks it.
 *
 * @param numerator          what the numerator counts
 * @param denominator        what the denominator counts; null for a count
 * @param formula            the formula in words when it is not numerator ÷ denominator; else null
 * @param records            what the records behind the numerator are
 * @param denominatorRecords what the records behind the denominator are
 * @param higherIsBetter     which end of the value is better
 * @param reads              the data it reads (docs/data-format.md)
 */
public record MetricDefinition(String id, String name, String numerator, String denominator, String formula,
                               RecordKind records, RecordKind denominatorRecords, boolean higherIsBetter,
                               List<String> reads) {
    public MetricDefinition {
        reads = List.copyOf(reads);
        if (denominatorRecords == null) denominatorRecords = records;
    }

    /** A count (件数, 人次): the value is the numerator; there is no denominator. */
    public boolean isCount() {
        return denominator == null;
    }

    /** The formula in words, as shown with the indicator and in docs/indicators.md. */
    public String definition() {
        if (formula != null) return formula;
        if (isCount()) return numerator;
        return numerator + (denominator.startsWith("（") ? " ÷" : " ÷ ") + denominator;
    }
}
