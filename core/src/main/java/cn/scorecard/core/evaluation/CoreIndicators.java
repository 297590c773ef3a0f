package cn.scorecard.core.evaluation;

import cn.scorecard.core.metric.EvaluationContext;
import cn.scorecard.core.metric.MetricRegistry;
import cn.scorecard.core.metric.MetricValue;
import cn.scorecard.core.metric.Period;
import java.util.List;

/**
 * The core targets of 基本解决执行难, "三个90%、一个80%" (人民法院报 2018): 有财产可供执行案件法定期限内实际执结率,
 * 无财产可供执行案件终本合格率 and 执行信访案件办结率 at least 90%, and 近三年执行案件整体执结率 at least 80%.
 * Shown on every court's page; not a veto unless a catalog says so.
 */
public final class CoreIndicators {
    /** One core target for one court. {@code value} is null when there is nothing to measure. */
    public record CoreValue(String label, double target, Double value, MetricValue explanation) {
        public Boolean met() {
            return value == null ? null : value >= target - 1e-12;
        }
    }

    /** The metric of each core target, in the order of {@link #compute} (what explains their records). */
    public static final List<String> METRIC_IDS = List.of("asset_cases_statutory_actual_closure_rate",
            "termination_compliance_rate", "petition_conclusion_rate", "overall_closure_rate");
    private final MetricRegistry metrics;

    public CoreIndicators(MetricRegistry metrics) {
        this.metrics = metrics;
    }

    public List<CoreValue> compute(EvaluationContext ctx, int court) {
        Period p = ctx.period();
        EvaluationContext threeYears = ctx.forPeriod(new Period(p.start().minusYears(2), p.end()));
        return List.of(
                value("有财产可供执行案件法定期限内实际执结率", 0.9,
                        metrics.get("asset_cases_statutory_actual_closure_rate").compute(ctx, court)),
                value("无财产可供执行案件终本合格率", 0.9, metrics.get("termination_compliance_rate").compute(ctx, court)),
                value("执行信访案件办结率", 0.9, metrics.get("petition_conclusion_rate").compute(ctx, court)),
                value("近三年执行案件整体执结率", 0.8, metrics.get("overall_closure_rate").compute(threeYears, court)));
    }

    private static CoreValue value(String label, double target, MetricValue v) {
        return new CoreValue(label, target, v.value(), v);
    }
}
