package cn.scorecard.core.evaluation;

import cn.scorecard.core.catalog.IndicatorNode;
import cn.scorecard.core.catalog.Scoring;
import cn.scorecard.core.data.EvidenceRecord;
import cn.scorecard.core.data.EvidenceStatus;

/**
 * Scores a leaf from an assessor's evidence: met 100 / not met 0 / partial as given; frequency leaves by
 * the count; must-be-zero leaves by the count (or met = none). No evidence submitted scores as not met.
 */
final class EvidenceScoring {
    private EvidenceScoring() {
    }

    static Measurement score(IndicatorNode leaf, EvidenceRecord e) {
        Scoring s = leaf.scoring();
        if (e == null) {
            return Measurement.scored(null, null, 0, "未提交佐证材料，按未达标计");
        }
        if (e.partialScore() != null) {
            return Measurement.scored(null, null, e.partialScore(), "评估组给予部分得分" + LeafMeasurer.reason(e));
        }
        return switch (s.rule()) {
            case FREQUENCY -> {
                double count = e.count() != null ? e.count() : (e.status() == EvidenceStatus.MET ? s.required() : 0);
                yield Measurement.scored(count, null, Math.min(100, 100 * count / s.required()),
                        "要求 " + (long) s.required() + " 次，实际 " + (long) count + " 次");
            }
            case ZERO -> {
                double count = e.count() != null ? e.count() : (e.status() == EvidenceStatus.MET ? 0 : 1);
                yield Measurement.scored(count, null, count == 0 ? 100 : 0, "发生 " + (long) count + " 件/次");
            }
            default -> item(e);
        };
    }

    /** As an evidence item (MET): met 100, not met 0, partial as given; none submitted scores as not met. */
    static Measurement item(EvidenceRecord e) {
        if (e == null) return Measurement.scored(null, null, 0, "未提交佐证材料，按未达标计");
        if (e.partialScore() != null) {
            return Measurement.scored(null, null, e.partialScore(), "评估组给予部分得分" + LeafMeasurer.reason(e));
        }
        return Measurement.scored(null, null, e.status() == EvidenceStatus.MET ? 100 : 0,
                "佐证材料：" + e.status().label() + LeafMeasurer.reason(e));
    }
}
