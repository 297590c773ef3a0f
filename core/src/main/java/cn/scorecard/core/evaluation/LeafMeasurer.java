package cn.scorecard.core.evaluation;

import cn.scorecard.core.catalog.IndicatorNode;
import cn.scorecard.core.catalog.Scoring;
import cn.scorecard.core.catalog.ScoringRule;
import cn.scorecard.core.data.EvidenceRecord;
import cn.scorecard.core.data.EvidenceStatus;
import cn.scorecard.core.metric.EvaluationContext;
import cn.scorecard.core.metric.MetricRegistry;
import cn.scorecard.core.metric.MetricValue;

/** Measures a leaf for one court: runs its metric or reads its evidence, and fixes the score where it can. */
final class LeafMeasurer {
    private final EvaluationContext ctx;
    private final MetricRegistry metrics;
    private final YearlyMinimum yearly;

    LeafMeasurer(EvaluationContext ctx, MetricRegistry metrics) {
        this.ctx = ctx;
        this.metrics = metrics;
        this.yearly = new YearlyMinimum(ctx, metrics);
    }

    Measurement measure(IndicatorNode leaf, int court) {
        Scoring s = leaf.scoring();
        EvidenceRecord evidence = ctx.evidenceFor(court, ctx.period().year(), leaf.code());
        if (evidence != null && evidence.status() == EvidenceStatus.NOT_APPLICABLE) {
            return Measurement.notApplicable("佐证材料：不适用" + reason(evidence));
        }
        if (s.rule() == ScoringRule.MIN_YEARS_TARGET) return yearly.measure(leaf, court);
        if (leaf.metric() == null) return EvidenceScoring.score(leaf, evidence);
        return scored(leaf, evidence, metrics.get(leaf.metric()).compute(ctx, court));
    }

    /** A leaf scored from a value already computed (the what-if's value after one changed record). */
    Measurement measureWith(IndicatorNode leaf, int court, MetricValue mv) {
        EvidenceRecord evidence = ctx.evidenceFor(court, ctx.period().year(), leaf.code());
        if (evidence != null && evidence.status() == EvidenceStatus.NOT_APPLICABLE) {
            return Measurement.notApplicable("佐证材料：不适用" + reason(evidence));
        }
        return scored(leaf, evidence, mv);
    }

    /** The metric's value in each year of a three-year leaf, the earliest first. */
    java.util.List<MetricValue> yearlyValues(IndicatorNode leaf, int court) {
        return yearly.values(leaf, court);
    }

    /** A three-year leaf scored from its yearly values already computed (the what-if's values after one change). */
    Measurement measureYears(IndicatorNode leaf, int court, java.util.List<MetricValue> values) {
        EvidenceRecord evidence = ctx.evidenceFor(court, ctx.period().year(), leaf.code());
        if (evidence != null && evidence.status() == EvidenceStatus.NOT_APPLICABLE) {
            return Measurement.notApplicable("佐证材料：不适用" + reason(evidence));
        }
        return yearly.of(leaf, values);
    }

    private Measurement scored(IndicatorNode leaf, EvidenceRecord evidence, MetricValue mv) {
        Scoring s = leaf.scoring();
        if (s.evidenceFallback()) return withFallback(leaf, evidence, mv);
        if (mv.isEmpty()) {
            if (evidence != null) return EvidenceScoring.score(leaf, evidence);
            if (s.noCasesFullMarks()) return Measurement.scored(null, mv, 100, "无此类案件，按满分计");
            return new Measurement(false, null, mv, null, "分母为零，不适用：" + mv.formula());
        }
        double v = mv.value();
        return switch (s.rule()) {
            case TARGET -> Measurement.scored(v, mv, Math.min(100, 100 * v / s.target()),
                    "目标值 " + percent(s.target()) + "：" + mv.formula());
            case SHARE -> Measurement.scored(v, mv, 100 * v, mv.formula());
            case FREQUENCY -> Measurement.scored(v, mv, Math.min(100, 100 * v / s.required()),
                    "要求 " + (long) s.required() + " 次：" + mv.formula());
            case ZERO -> Measurement.scored(v, mv, v == 0 ? 100 : 0, mv.formula());
            case PEER -> new Measurement(true, v, mv, null, mv.formula());
            default -> throw new IllegalStateException("指标 " + leaf.code() + " 的计分规则 " + s.rule() + " 不能用于算法指标");
        };
    }

    /**
     * A leaf computed from data where the data exists, else assessed from its evidence as an evidence item (no evidence:
     * not met); the note says which was used (依据：案件数据 / 依据：佐证材料).
     */
    private Measurement withFallback(IndicatorNode leaf, EvidenceRecord evidence, MetricValue mv) {
        String data = dataName(metrics.get(leaf.metric()).declaration().records());
        if (mv.isEmpty()) {
            Measurement m = EvidenceScoring.item(evidence);
            return new Measurement(m.applicable(), m.value(), m.explanation(), m.fixedScore(),
                    BASIS + "佐证材料（无" + data + "）；" + m.note());
        }
        Measurement m = scored(new IndicatorNode(leaf.code(), leaf.name(), leaf.weight(), leaf.kind(), leaf.requirement(),
                leaf.metric(), withoutFallback(leaf.scoring()), leaf.applicability(), leaf.children()), evidence, mv);
        return new Measurement(m.applicable(), m.value(), m.explanation(), m.fixedScore(), BASIS + data + "；" + m.note());
    }

    /** Prefix of a note that names where the score came from. */
    static final String BASIS = "依据：";

    private static String dataName(cn.scorecard.core.metric.RecordKind records) {
        return records == cn.scorecard.core.metric.RecordKind.CASE ? "案件数据" : "下级法院数据";
    }

    private static Scoring withoutFallback(Scoring s) {
        return new Scoring(s.rule(), s.target(), s.required(), s.higherIsBetter(), s.years(), s.noCasesFullMarks(), false);
    }

    static String percent(double fraction) {
        return String.format("%.0f%%", fraction * 100);
    }

    static String reason(EvidenceRecord e) {
        return e.reason() == null || e.reason().isBlank() ? "" : "（" + e.reason() + "）";
    }
}
