package cn.scorecard.core.catalog;

/**
 * A leaf's scoring rule and its parameters.
 *
 * @param target for TARGET and MIN_YEARS_TARGET, a fraction (0.9 = 90%)
 * @param required for FREQUENCY, the required count
 * @param higherIsBetter for PEER: false for 差错率, 超期数, 撤销率, 案访比, 平均用时
 * @param years for MIN_YEARS_TARGET, how many years back including the evaluated one
 * @param noCasesFullMarks 无此类案件 → full marks instead of N/A when the denominator is zero
 * @param evidenceFallback a leaf computed from data where the data exists, else assessed from its evidence (佐证材料)
 *                         as an evidence item: the metric's value is empty (no cases, no subordinate court with data)
 */
public record Scoring(ScoringRule rule, double target, double required, boolean higherIsBetter, int years,
                      boolean noCasesFullMarks, boolean evidenceFallback) {
    public Scoring(ScoringRule rule, double target, double required, boolean higherIsBetter, int years,
                   boolean noCasesFullMarks) {
        this(rule, target, required, higherIsBetter, years, noCasesFullMarks, false);
    }

    public static Scoring weighted() {
        return new Scoring(ScoringRule.WEIGHTED, 0, 0, true, 0, false);
    }
}
