package cn.scorecard.core.staff;

import java.util.List;
import java.util.Map;

/**
 * 书记员季度考评结果: the quarterly evaluation combined with the quarter's monthly scores.
 *
 * @param evaluationParts points by part code; empty when no evaluation was recorded
 * @param evaluation the evaluation's total, null when not recorded
 * @param monthlyScores the three months in order; null for a month not assessed or vetoed
 * @param result evaluation + sum (SUM) or + mean (MEAN) of the assessed months; null when vetoed in the quarter
 *               or without an evaluation
 * @param note why the result is missing, or how it was combined
 */
public record QuarterlyClerkResult(int staff, String staffId, String name, int court, int year, int quarter,
                                   Map<String, Double> evaluationParts, Double evaluation, List<Double> monthlyScores,
                                   QuarterlyCombination combination, Double result, boolean vetoed, String note) {
    public QuarterlyClerkResult {
        evaluationParts = Map.copyOf(evaluationParts);
        monthlyScores = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(monthlyScores));
    }
}
