package cn.scorecard.core.evaluation;

import cn.scorecard.core.metric.MetricValue;

/**
 * A leaf measured for one court before peer scoring: either its score is already fixed (evidence, target,
 * share …) or, for PEER leaves, it waits for the min and max among the courts of its level.
 */
record Measurement(boolean applicable, Double value, MetricValue explanation, Double fixedScore, String note) {
    static Measurement notApplicable(String note) {
        return new Measurement(false, null, null, null, note);
    }

    static Measurement scored(Double value, MetricValue explanation, double score, String note) {
        return new Measurement(true, value, explanation, score, note);
    }

    boolean awaitsPeers() {
        return applicable && fixedScore == null && value != null;
    }
}
