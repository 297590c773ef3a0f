package cn.scorecard.core.explain;

import java.util.List;

/**
 * The reason of an indicator without a reading of its own (a share of cases with some step, a count, a court
 * figure): whether the record meets the numerator's condition, in the metric's own words.
 */
final class CountedFacts implements Facts {
    private final String condition;

    CountedFacts(String condition) {
        this.condition = condition;
    }

    @Override
    public List<String> header() {
        return List.of("说明");
    }

    @Override
    public Reason explain(int record, boolean inNumerator) {
        String note = (inNumerator ? "符合：" : "不符合：") + condition;
        return Reason.of(inNumerator, List.of(note), note, List.of());
    }
}
