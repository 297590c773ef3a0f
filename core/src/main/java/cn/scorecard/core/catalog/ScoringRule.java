package cn.scorecard.core.catalog;

/** How a leaf's value becomes a 0–100 score (see docs/indicators.md and domain-decisions). */
public enum ScoringRule {
    /** Evidence: met 100, not met 0, partial as given with a reason. */
    MET,
    /** count ≥ required → 100, else 100 × count / required. */
    FREQUENCY,
    /** 0 → 100, anything else → 0. */
    ZERO,
    /** value ≥ target → 100, else 100 × value / target. */
    TARGET,
    /** 100 × share (timeliness of a step: share of applicable cases done in time). */
    SHARE,
    /** Peer min–max among courts of the same level in the same evaluation; direction says which end is best. */
    PEER,
    /** The lowest of the last N yearly values, scored against the target like {@link #TARGET}. */
    MIN_YEARS_TARGET,
    /** The mean total of the evaluated subordinate courts, on the 0–100 scale. */
    SUBORDINATE_MEAN,
    /** Inner node: weighted mean of the applicable children. */
    WEIGHTED
}
