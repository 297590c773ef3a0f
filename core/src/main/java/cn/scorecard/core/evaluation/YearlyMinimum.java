package cn.scorecard.core.evaluation;

import cn.scorecard.core.catalog.IndicatorNode;
import cn.scorecard.core.catalog.Scoring;
import cn.scorecard.core.metric.EvaluationContext;
import cn.scorecard.core.metric.Metric;
import cn.scorecard.core.metric.MetricRegistry;
import cn.scorecard.core.metric.MetricValue;
import java.util.ArrayList;
import java.util.List;

/**
 * 三年均达到90%: the metric is computed for the evaluated year and the years before it; the lowest yearly
 * value (years without any case are skipped) is scored against the target. The explanation shown is the
 * lowest year's.
 */
final class YearlyMinimum {
    private final EvaluationContext ctx;
    private final MetricRegistry metrics;

    YearlyMinimum(EvaluationContext ctx, MetricRegistry metrics) {
        this.ctx = ctx;
        this.metrics = metrics;
    }

    Measurement measure(IndicatorNode leaf, int court) {
        return of(leaf, values(leaf, court));
    }

    /** The contexts of the leaf's years, the earliest first (the evaluated year last). */
    static List<EvaluationContext> years(EvaluationContext ctx, IndicatorNode leaf) {
        List<EvaluationContext> out = new ArrayList<>();
        for (int back = leaf.scoring().years() - 1; back >= 0; back--) {
            out.add(back == 0 ? ctx : ctx.forPeriod(ctx.period().minusYears(back)));
        }
        return out;
    }

    /** The metric's value in each of the leaf's years, the earliest first. */
    List<MetricValue> values(IndicatorNode leaf, int court) {
        Metric metric = metrics.get(leaf.metric());
        List<MetricValue> out = new ArrayList<>();
        for (EvaluationContext yearCtx : years(ctx, leaf)) out.add(metric.compute(yearCtx, court));
        return out;
    }

    /** The leaf scored from its yearly values (as {@link #values} gives them). */
    Measurement of(IndicatorNode leaf, List<MetricValue> values) {
        Scoring s = leaf.scoring();
        MetricValue lowest = null;
        List<String> years = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            MetricValue v = values.get(i);
            int year = ctx.period().year() - (values.size() - 1 - i);
            if (v.isEmpty()) {
                years.add(year + "年：无案件");
                continue;
            }
            years.add(year + "年：" + String.format("%.1f%%", v.value() * 100) + "（" + v.formula() + "）");
            if (lowest == null || v.value() < lowest.value()) lowest = v;
        }
        String note = "取" + s.years() + "年中最低值，目标值 " + LeafMeasurer.percent(s.target()) + "；" + String.join("；", years);
        if (lowest == null) {
            return s.noCasesFullMarks() ? Measurement.scored(null, null, 100, "无此类案件，按满分计")
                    : Measurement.notApplicable(note);
        }
        return Measurement.scored(lowest.value(), lowest, Math.min(100, 100 * lowest.value() / s.target()), note);
    }
}
