package cn.scorecard.bench;

import cn.scorecard.core.metric.EvaluationContext;
import cn.scorecard.core.metric.Metric;
import cn.scorecard.core.metric.MetricRegistry;
import java.util.List;

/** The five 执行质效 rates for every court through the product's own metrics (explanations included). */
final class FiveRates {
    static final List<String> IDS = List.of("actual_closure_rate", "fulfilment_rate", "delivery_rate",
            "statutory_period_closure_rate", "asset_cases_statutory_actual_closure_rate");

    private FiveRates() {
    }

    /** values[court][rate], NaN where the denominator is empty. */
    static double[][] compute(EvaluationContext ctx, MetricRegistry registry) {
        int courts = ctx.data().courts().size();
        List<Metric> metrics = IDS.stream().map(registry::get).toList();
        double[][] out = new double[courts][IDS.size()];
        java.util.stream.IntStream.range(0, courts).parallel().forEach(c -> {
            for (int m = 0; m < metrics.size(); m++) {
                Double v = metrics.get(m).compute(ctx, c).value();
                out[c][m] = v == null ? Double.NaN : v;
            }
        });
        return out;
    }
}
