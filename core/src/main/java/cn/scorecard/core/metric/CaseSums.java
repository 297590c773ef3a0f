package cn.scorecard.core.metric;

/**
 * A metric whose value is a function of counts that are sums over the court's cases (信息录入差错率: the mean of four
 * rates over the same closed cases), so a what-if that changes one case can update the court's counts by that case's
 * part after the change minus its part before, instead of counting every case again.
 */
public interface CaseSums extends Metric {
    /** The counts over the court's cases of {@code ctx} (on a one-case view: that case's part). */
    long[] sums(EvaluationContext ctx, int court);

    /**
     * The value of given counts, exactly as {@link #compute} gives it for data with those counts; the record sets are
     * taken from {@code base} (a what-if keeps the evaluation's lists).
     */
    MetricValue fromSums(long[] sums, MetricValue base);
}
