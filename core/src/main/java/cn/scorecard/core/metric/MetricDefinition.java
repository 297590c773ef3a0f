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
 * @param parameters         the numbers the computation uses that are rules, not code (年龄结构's age band)
 * @param evidence           the evidence items (佐证材料, by indicator code) the computation reads, e.g. the subordinate
 *                           courts' own finding on 一案一账号
 */
public record MetricDefinition(String id, String name, String numerator, String denominator, String formula,
                               RecordKind records, RecordKind denominatorRecords, boolean higherIsBetter,
                               List<String> reads, java.util.Map<String, Double> parameters, List<String> evidence) {
    public MetricDefinition(String id, String name, String numerator, String denominator, String formula,
                            RecordKind records, RecordKind denominatorRecords, boolean higherIsBetter, List<String> reads) {
        this(id, name, numerator, denominator, formula, records, denominatorRecords, higherIsBetter, reads,
                java.util.Map.of(), List.of());
    }

    public MetricDefinition(String id, String name, String numerator, String denominator, String formula,
                            RecordKind records, RecordKind denominatorRecords, boolean higherIsBetter, List<String> reads,
                            java.util.Map<String, Double> parameters) {
        this(id, name, numerator, denominator, formula, records, denominatorRecords, higherIsBetter, reads, parameters,
                List.of());
    }

    /** A declared parameter; a computation that needs one its declaration lacks is a declaration error. */
    public double parameter(String key) {
        Double v = parameters.get(key);
        if (v == null) throw new IllegalStateException("rules/metrics.yaml: " + id + " 缺少参数 parameters." + key);
        return v;
    }

    public MetricDefinition {
        reads = List.copyOf(reads);
        parameters = parameters == null ? java.util.Map.of() : java.util.Map.copyOf(parameters);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
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
