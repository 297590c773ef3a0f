package cn.scorecard.core.explain;

import java.util.List;

/**
 * The reason of an indicator without a reading of its own (a share of cases with some step, a count, a court
 * figure): whether the record meets the numerator's condition, in the metric's own words.
 */
final class CountedFacts implements Facts {
    private final String condition;
    private final boolean countsMisses;

    /** @param countsMisses the numerator counts the misses (差错, 撤销): a record meeting its condition has missed */
    CountedFacts(String condition, boolean countsMisses) {
        this.condition = condition;
        this.countsMisses = countsMisses;
    }

    @Override
    public List<String> header() {
        return List.of("说明");
    }

    @Override
    public Reason explain(int record, boolean met) {
        boolean inNumerator = met != countsMisses;
        String note = (inNumerator ? "计入分子：" : "未计入分子：") + condition;
        return Reason.of(met, List.of(note), note, List.of());
    }
}
