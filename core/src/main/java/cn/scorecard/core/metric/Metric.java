package cn.scorecard.core.metric;

/** A value computed for one court from the data (系统自动提取). Implementations are stateless. */
public interface Metric {
    /** The metric's declaration (rules/metrics.yaml): id, name, numerator, denominator, records, direction, data. */
    MetricDefinition declaration();

    /** Stable id referenced by the catalog files. */
    default String id() {
        return declaration().id();
    }

    /** The definition in Chinese, as shown to users and in docs/indicators.md. */
    default String definition() {
        return declaration().definition();
    }

    MetricValue compute(EvaluationContext ctx, int court);
}
