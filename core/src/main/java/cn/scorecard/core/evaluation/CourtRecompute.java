package cn.scorecard.core.evaluation;

import cn.scorecard.core.catalog.Catalog;
import cn.scorecard.core.catalog.IndicatorNode;
import cn.scorecard.core.catalog.ScoringRule;
import cn.scorecard.core.metric.EvaluationContext;
import cn.scorecard.core.metric.MetricRegistry;
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
        LeafMeasurer measurer = new LeafMeasurer(ctx, metrics);
        Map<String, Measurement> now = new HashMap<>(measured);
        for (IndicatorNode n : catalog.allNodes()) {
            if (n.isLeaf() && n.metric() != null && n.scoring().rule() != ScoringRule.SUBORDINATE_MEAN
                    && touched.test(n.metric())) {
                now.put(n.code(), measurer.measure(n, court));
            }
        }
        Map<String, PeerRange> peers = new HashMap<>();
        now.forEach((code, m) -> {
            if (!m.awaitsPeers()) return;
            PeerRange o = others.get(code);
            peers.put(code, o == null ? PeerRange.of(m.value()) : o.with(m.value()));
        });
        TreeScorer scorer = new TreeScorer(base.court(), now, peers, subordinateMean, subordinateNote);
        List<NodeResult> areas = scorer.score(catalog.areas());
        return new CourtResult(court, base.court(), TreeScorer.total(areas), areas);
    }
}
