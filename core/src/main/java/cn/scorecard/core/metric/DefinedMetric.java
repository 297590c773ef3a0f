package cn.scorecard.core.metric;

/** A metric's computation with its declaration: what every metric class extends (one declaration form). */
abstract class DefinedMetric implements Metric {
    private final MetricDefinition declaration;

    DefinedMetric(MetricDefinition declaration) {
        this.declaration = declaration;
    }

    @Override
    public final MetricDefinition declaration() {
        return declaration;
    }
}
