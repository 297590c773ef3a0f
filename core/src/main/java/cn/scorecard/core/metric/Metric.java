package cn.scorecard.core.metric;

/** A value computed for one court from the data (系统自动提取). Implementations are stateless. */
public interface Metric {
    /** Stable id referenced by the catalog files. */
    String id();

    /** The definition in Chinese, as shown to users and in docs/indicators.md. */
    String definition();

    MetricValue compute(EvaluationContext ctx, int court);
}
