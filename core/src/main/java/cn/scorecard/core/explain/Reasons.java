package cn.scorecard.core.explain;

import cn.scorecard.core.deadline.DeadlineRules;
import cn.scorecard.core.metric.DeadlineMetric;
import cn.scorecard.core.metric.EvaluationContext;
import cn.scorecard.core.metric.Metric;
import cn.scorecard.core.metric.MetricDefinition;
import cn.scorecard.core.metric.MetricRegistry;
import cn.scorecard.core.metric.MetricValue;
import cn.scorecard.core.metric.RecordKind;
import cn.scorecard.core.metric.RecordSet;
import java.util.List;

/**
 * Why each record of a computed indicator missed (为什么未达标), on demand: one explainer per indicator value, for
 * the records shown. The reading of each kind of indicator mirrors its metric; whether a record met it is taken
 * from the value itself (numerator membership), so a reason never contradicts the count it explains.
 */
public final class Reasons {
    private final EvaluationContext ctx;
    private final MetricRegistry registry;
    private final DeadlineRules rules;

    public Reasons(EvaluationContext ctx, MetricRegistry registry, DeadlineRules rules) {
        this.ctx = ctx;
        this.registry = registry;
        this.rules = rules;
    }

    /**
     * Whether a metric's numerator counts the misses: a lower-is-better rate over cases whose numerator is a subset
     * of its denominator (关键节点平均超期数: the cases with an overdue node; 差错率, 撤销率), so that its missed records
     * are the numerator's and a record in it has not met the indicator.
     */
    public static boolean numeratorCountsMisses(Metric metric) {
        MetricDefinition d = metric.declaration();
        return !d.higherIsBetter() && !d.isCount() && d.records() == RecordKind.CASE && d.denominatorRecords() == RecordKind.CASE;
    }

    /** The same, by metric id among the bundled metrics (false for an unknown or null id). */
    public static boolean numeratorCountsMisses(String metricId) {
        MetricRegistry bundled = Bundled.REGISTRY;
        return metricId != null && bundled.ids().contains(metricId) && numeratorCountsMisses(bundled.get(metricId));
    }

    private static final class Bundled { // created on first use only
        static final MetricRegistry REGISTRY = MetricRegistry.bundled();
    }

    /** With the bundled metrics and deadline rules. */
    public static Reasons of(EvaluationContext ctx) {
        DeadlineRules rules = DeadlineRules.bundled();
        return new Reasons(ctx, new MetricRegistry(rules), rules);
    }

    public EvaluationContext context() {
        return ctx;
    }

    /** The explainer of a value of the metric {@code metricId} (null or unknown: membership only). */
    public RecordExplainer of(String metricId, MetricValue value) {
        RecordSet numerator = value.numeratorRecords();
        RecordKind denominatorKind = value.denominatorRecords().kind();
        if (numerator.kind() != denominatorKind) return mixed(numerator.kind(), denominatorKind);
        Facts facts = facts(metricId, numerator.kind());
        Metric metric = metricId != null && registry.ids().contains(metricId) ? registry.get(metricId) : null;
        boolean inverted = metric != null && numeratorCountsMisses(metric);
        return new RecordExplainer() {
            @Override
            public List<String> header() {
                return facts.header();
            }

            @Override
            public Reason explain(int record) {
                return facts.explain(record, numerator.contains(record) != inverted); // met: in the numerator, or out of it when it counts misses
            }
        };
    }

    private Facts facts(String id, RecordKind kind) {
        Metric metric = id != null && registry.ids().contains(id) ? registry.get(id) : null;
        if (metric instanceof DeadlineMetric d) {
            return new TimelinessFacts(ctx.cases(), ctx.calendar(), d.rule(), ctx.periodEnd());
        }
        if (id != null) {
            switch (id) {
                case "statutory_period_closure_rate" -> { return new StatutoryFacts(ctx.cases(), ctx.periodEnd()); }
                case "asset_cases_statutory_actual_closure_rate" -> { return new AssetStatutoryFacts(ctx.cases(), ctx.periodEnd()); }
                case "termination_compliance_rate" -> { return new TerminationFacts(ctx.cases(), ctx.termination()); }
                case "delivery_rate" -> { return new DeliveryFacts(ctx.cases()); }
                case "actual_closure_rate" -> { return closing(ClosingFacts.Asks.ACTUAL_CLOSURE); }
                case "fulfilment_rate" -> { return closing(ClosingFacts.Asks.FULFILLED); }
                case "key_node_mean_overdue" -> { return new KeyNodeFacts(ctx, rules); }
                case "payment_release_timeliness" -> { return new PaymentFacts(ctx, rules); }
                default -> {
                    if (id.endsWith("_closure_rate") && kind == RecordKind.CASE) return closing(ClosingFacts.Asks.CLOSED_IN_PERIOD);
                }
            }
        }
        return switch (kind) {
            case PETITION -> new PetitionFacts(ctx, metric == null ? 0
                    : metric.declaration().parameters().getOrDefault("graceDays", 0.0).intValue());
            case MATTER -> new MatterFacts(ctx);
            case FIELD_ACTION -> new FieldActionFacts(ctx);
            case PAYMENT -> new PaymentFacts(ctx, rules);
            default -> new CountedFacts(metric == null ? "计入分子的条件" : metric.declaration().numerator(),
                    metric != null && numeratorCountsMisses(metric));
        };
    }

    /**
     * A ratio of two kinds of record (案访比: petitions per case): the records listed are the denominator's, which the
     * numerator does not contain; each is simply counted.
     */
    private static RecordExplainer mixed(RecordKind numerator, RecordKind denominator) {
        String note = "计入分母（" + denominator.label() + "）；分子为" + numerator.label() + "件数";
        return new RecordExplainer() {
            @Override
            public List<String> header() {
                return List.of("说明");
            }

            @Override
            public Reason explain(int record) {
                return new Reason(true, "计入", List.of(note), note, List.of());
            }
        };
    }

    private Facts closing(ClosingFacts.Asks asks) {
        return new ClosingFacts(ctx.cases(), asks, ctx.periodEnd());
    }

}
