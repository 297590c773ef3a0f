package cn.scorecard.core.plan;

import cn.scorecard.core.catalog.Scoring;
import cn.scorecard.core.evaluation.NodeResult;

/**
 * How many records a leaf still needs to reach its target with its denominator as it is (还差 N 件): for a rate
 * with a target, the smallest k with (numerator + k) ÷ denominator ≥ target; for a share (timeliness), the records
 * not in time; for a frequency, the occurrences missing; for a must-be-zero count, the count. The planner answers
 * the harder question (closing a case also grows the denominator) on the hypothetical data.
 */
final class Shortfall {
    private static final double EPS = 1e-9;

    private Shortfall() {
    }

    static Integer of(NodeResult leaf) {
        Scoring s = leaf.node().scoring();
        Double num = leaf.numerator();
        Double den = leaf.denominator();
        Double v = leaf.value();
        return switch (s.rule()) {
            case TARGET -> num == null || den == null || den == 0 ? null
                    : (int) Math.max(0, Math.ceil(s.target() * den - num - EPS));
            case SHARE -> num == null || den == null ? null : (int) Math.round(den - num);
            case FREQUENCY -> v == null ? null : (int) Math.max(0, Math.ceil(s.required() - v - EPS));
            case ZERO -> v == null ? null : (int) Math.round(v);
            default -> null;
        };
    }
}
