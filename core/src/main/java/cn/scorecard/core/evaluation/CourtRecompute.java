package cn.scorecard.core.evaluation;

import cn.scorecard.core.catalog.Catalog;
import cn.scorecard.core.catalog.IndicatorNode;
import cn.scorecard.core.catalog.ScoringRule;
import cn.scorecard.core.metric.CaseSums;
import cn.scorecard.core.metric.EvaluationContext;
import cn.scorecard.core.metric.Metric;
import cn.scorecard.core.metric.MetricRegistry;
import cn.scorecard.core.metric.MetricValue;
import cn.scorecard.core.metric.RecordKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One court's result recomputed on hypothetical data (what-if, the planner's gains): the leaves whose metric the
 * change touches are measured again, every other leaf keeps its measurement, and the tree is scored as the evaluator
 * scores it. Everything outside the court is held fixed: the other courts' values of peer-compared (min–max)
 * indicators, and a higher court's 所辖法院均值.
 */
public final class CourtRecompute {
    private final MetricRegistry metrics;
    private final Catalog catalog;
    private final CourtResult base;
    private final int court;
    private final Map<String, Measurement> measured = new HashMap<>();
    /** Per three-year leaf, the metric's value in each year (the earliest first). */
    private final Map<String, List<MetricValue>> yearly = new HashMap<>();
    /** Per leaf (or leaf and year, {@code code#i}) of a {@link CaseSums} metric, the court's counts. */
    private final Map<String, long[]> sums = new HashMap<>();
    /** Per peer-compared leaf, the range over the other courts of the level (absent when there is none). */
    private final Map<String, PeerRange> others = new HashMap<>();
    private final Double subordinateMean;
    private final String subordinateNote;

    public CourtRecompute(MetricRegistry metrics, Catalog catalog, EvaluationResult result, EvaluationContext ctx, int court) {
        this.metrics = metrics;
        this.catalog = catalog;
        this.court = court;
        this.base = result.courts().get(court);
        LeafMeasurer measurer = new LeafMeasurer(ctx, metrics);
        Double mean = null;
        String note = null;
        for (IndicatorNode n : catalog.allNodes()) {
            if (!n.isLeaf()) continue;
            if (n.scoring().rule() == ScoringRule.SUBORDINATE_MEAN) {
                NodeResult r = base.find(n.code());
                mean = r == null ? null : r.value();
                note = r == null ? null : r.note();
                continue;
            }
            measured.put(n.code(), measurer.measure(n, court));
            if (n.metric() != null && n.scoring().rule() == ScoringRule.MIN_YEARS_TARGET) {
                List<MetricValue> values = measurer.yearlyValues(n, court);
                yearly.put(n.code(), values);
                if (metrics.get(n.metric()) instanceof CaseSums cs) {
                    List<EvaluationContext> years = YearlyMinimum.years(ctx, n);
                    for (int i = 0; i < years.size(); i++) sums.put(n.code() + "#" + i, cs.sums(years.get(i), court));
                }
            } else if (n.metric() != null && metrics.get(n.metric()) instanceof CaseSums cs) {
                sums.put(n.code(), cs.sums(ctx, court));
            }
            if (n.scoring().rule() == ScoringRule.PEER) peerRange(result, n.code());
        }
        this.subordinateMean = mean;
        this.subordinateNote = note;
    }

    private void peerRange(EvaluationResult result, String code) {
        for (CourtResult c : result.courts()) {
            if (c.courtIndex() == court || c.court().level() != base.court().level()) continue;
            NodeResult n = c.find(code);
            if (n == null || !n.applicable() || n.value() == null || n.explanation() == null) continue;
            others.merge(code, PeerRange.of(n.value()), (a, b) -> a.with(b.min()));
        }
    }

    /** A count: the value is the numerator, there is no denominator. */
    private static boolean isCount(MetricValue v) {
        return v.value() != null && v.denominator() == 0 && v.value() == v.numerator();
    }

    /**
     * The value is a sum over cases ÷ the number of cases counted (the denominator is its record set), a count of cases
     * ÷ a court statistic (保全率: the statistic does not change), or a count, so it can be updated by one case's part.
     * A value of another form (a mean of several rates, handled by {@link CaseSums}) or an empty one is measured
     * again in full.
     */
    private static boolean additive(MetricValue v) {
        if (v == null || v.value() == null) return false;
        if (isCount(v)) return true;
        if (v.denominator() == 0 || v.denominatorRecords() == null || v.numeratorRecords() == null) return false;
        boolean overCases = v.denominatorRecords().kind() == RecordKind.CASE
                && v.denominator() == v.denominatorRecords().size();
        boolean overStatistic = v.denominatorRecords().kind() == RecordKind.STATISTIC
                && v.numeratorRecords().kind() == RecordKind.CASE && v.numerator() == v.numeratorRecords().size();
        return (overCases || overStatistic) && Math.abs(v.value() - v.numerator() / v.denominator()) < 1e-12;
    }

    /** An empty value over cases with nothing counted (0 ÷ 0, no records). */
    private static boolean empty(MetricValue v) {
        return v != null && v.value() == null && v.numerator() == 0 && v.denominator() == 0
                && v.numeratorRecords() != null && v.denominatorRecords() != null
                && v.numeratorRecords().kind() == RecordKind.CASE && v.denominatorRecords().kind() == RecordKind.CASE
                && v.numeratorRecords().size() == 0 && v.denominatorRecords().size() == 0;
    }

    /**
     * The value after one case's change, from the court's value before it ({@code base}, with its counts under
     * {@code key} for a {@link CaseSums} metric) and the case's part before and after; null when the value cannot be
     * updated so (then it is measured again in full).
     */
    private MetricValue shifted(Metric m, String key, MetricValue base, EvaluationContext rowBefore,
                                EvaluationContext rowAfter) {
        if (m instanceof CaseSums cs) {
            long[] s = sums.get(key);
            if (s == null || base == null) return null;
            long[] b = cs.sums(rowBefore, court);
            long[] a = cs.sums(rowAfter, court);
            long[] now = s.clone();
            for (int i = 0; i < now.length; i++) now[i] += a[i] - b[i];
            return cs.fromSums(now, base);
        }
        if (empty(base)) {
            // nothing counted before: the value stays empty if the case adds nothing, else it is measured again
            MetricValue before = m.compute(rowBefore, court);
            MetricValue after = m.compute(rowAfter, court);
            return after.numerator() == before.numerator() && after.denominator() == before.denominator() ? base : null;
        }
        if (!additive(base)) return null;
        MetricValue before = m.compute(rowBefore, court);
        MetricValue after = m.compute(rowAfter, court);
        if (base.denominatorRecords().kind() == RecordKind.STATISTIC && before.denominator() != after.denominator()) {
            return null;
        }
        double num = base.numerator() + after.numerator() - before.numerator();
        double den = base.denominator() + after.denominator() - before.denominator();
        return isCount(base) ? new MetricValue(num, num, 0, base.numeratorRecords(), base.denominatorRecords(),
                base.formula())
                : MetricValue.ratio(num, den, base.numeratorRecords(), base.denominatorRecords(), base.formula());
    }

    /** The court's result in the evaluation recomputed from. */
    public CourtResult base() {
        return base;
    }

    /** The metric ids of the court's computed leaves. */
    public List<String> metricIds() {
        return catalog.allNodes().stream().filter(n -> n.isLeaf() && n.metric() != null).map(IndicatorNode::metric)
                .distinct().toList();
    }

    /**
     * The court's result on the data of {@code ctx}, measuring again only the leaves whose metric id {@code touched}
     * accepts (a metric that reads none of the changed records gives the same value).
     */
    public CourtResult recompute(EvaluationContext ctx, Predicate<String> touched) {
        return recompute(ctx, touched, null, null);
    }

    /**
     * The same for a change of one case: {@code rowBefore} and {@code rowAfter} see the data before and after as if
     * the court had that case only ({@code CaseTable.rowView}). A leaf whose value is its numerator ÷ denominator (or
     * its numerator, for a count) gets the court's numerator and denominator plus the case's part after the change
     * minus its part before, computed on the one case; so does a {@link CaseSums} metric's counts, and each year of a
     * three-year leaf; the others (a value of another form, an empty one the case adds to) are measured again on
     * {@code ctx} in full. The notes of peer-compared leaves leave out the peers' range (the planner reads values and
     * scores only).
     */
    public CourtResult recompute(EvaluationContext ctx, Predicate<String> touched, EvaluationContext rowBefore,
                                 EvaluationContext rowAfter) {
        LeafMeasurer measurer = new LeafMeasurer(ctx, metrics);
        Map<String, Measurement> now = new HashMap<>(measured);
        for (IndicatorNode n : catalog.allNodes()) {
            if (!n.isLeaf() || n.metric() == null || n.scoring().rule() == ScoringRule.SUBORDINATE_MEAN
                    || !touched.test(n.metric())) continue;
            Metric m = metrics.get(n.metric());
            if (rowBefore != null && n.scoring().rule() == ScoringRule.MIN_YEARS_TARGET) {
                now.put(n.code(), yearsShifted(n, m, measurer, ctx, rowBefore, rowAfter));
                continue;
            }
            MetricValue mv = rowBefore == null ? null
                    : shifted(m, n.code(), measured.get(n.code()).explanation(), rowBefore, rowAfter);
            now.put(n.code(), mv == null ? measurer.measure(n, court) : measurer.measureWith(n, court, mv));
        }
        Map<String, PeerRange> peers = new HashMap<>();
        now.forEach((code, m) -> {
            if (!m.awaitsPeers()) return;
            PeerRange o = others.get(code);
            peers.put(code, o == null ? PeerRange.of(m.value()) : o.with(m.value()));
        });
        // the planner's trials (one case changed) read values and scores only: no peer-comparison text for them
        TreeScorer scorer = new TreeScorer(base.court(), now, peers, subordinateMean, subordinateNote, rowBefore == null);
        List<NodeResult> areas = scorer.score(catalog.areas());
        return new CourtResult(court, base.court(), TreeScorer.total(areas), areas);
    }

    /** A three-year leaf after one case's change: each year's value updated by the case's part, or measured again. */
    private Measurement yearsShifted(IndicatorNode n, Metric m, LeafMeasurer measurer, EvaluationContext ctx,
                                     EvaluationContext rowBefore, EvaluationContext rowAfter) {
        List<MetricValue> base = yearly.get(n.code());
        List<EvaluationContext> before = YearlyMinimum.years(rowBefore, n);
        List<EvaluationContext> after = YearlyMinimum.years(rowAfter, n);
        List<EvaluationContext> full = null;
        List<MetricValue> values = new ArrayList<>(base.size());
        for (int i = 0; i < base.size(); i++) {
            MetricValue v = shifted(m, n.code() + "#" + i, base.get(i), before.get(i), after.get(i));
            if (v == null) {
                if (full == null) full = YearlyMinimum.years(ctx, n);
                v = m.compute(full.get(i), court);
            }
            values.add(v);
        }
        return measurer.measureYears(n, court, values);
    }
}
