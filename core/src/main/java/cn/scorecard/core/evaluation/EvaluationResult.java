package cn.scorecard.core.evaluation;

import cn.scorecard.core.metric.Period;
import java.util.List;

/** Every court's evaluation for one period under one catalog version. */
public record EvaluationResult(Period period, String catalogVersion, List<CourtResult> courts) {
    public EvaluationResult {
        courts = List.copyOf(courts);
    }

    public CourtResult court(String code) {
        for (CourtResult c : courts) {
            if (c.court().code().equals(code)) return c;
        }
        throw new IllegalArgumentException("评估结果中没有法院 " + code);
    }
}
