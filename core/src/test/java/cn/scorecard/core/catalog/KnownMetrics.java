package cn.scorecard.core.catalog;

import java.util.Set;

/**
 * The metric ids the catalogs may name: those of the engine's registry (docs/indicators.md describes each one).
 */
final class KnownMetrics {
    private KnownMetrics() {
    }

    /** The engine's registry is the one authority on which metrics exist. */
    static final Set<String> ALL = Set.copyOf(cn.scorecard.core.metric.MetricRegistry.bundled().ids());
}
