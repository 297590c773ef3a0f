package cn.scorecard.core.evaluation;

import cn.scorecard.core.catalog.Catalog;
import cn.scorecard.core.catalog.IndicatorNode;
import cn.scorecard.core.catalog.ScoringRule;
import cn.scorecard.core.court.Court;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.court.Courts;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.metric.EvaluationContext;
import cn.scorecard.core.metric.MetricRegistry;
import cn.scorecard.core.metric.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Evaluates every court of a data set: measures each leaf, scores PEER leaves against the courts of the
 * same level, scores the trees with N/A renormalisation, and rolls up from the basic courts to the high
 * court (a higher court's 所辖法院均值 is the mean total of its evaluated subordinates).
 */
public final class Evaluator {
    private final MetricRegistry metrics;

    public Evaluator(MetricRegistry metrics) {
        this.metrics = metrics;
    }

    public EvaluationResult evaluate(ProvinceData data, Map<CourtLevel, Catalog> catalogs, Period period) {
        Courts courts = data.courts();
        EvaluationContext ctx = new EvaluationContext(data, period);
        List<Map<String, Measurement>> measured = IntStream.range(0, courts.size()).parallel()
                .mapToObj(i -> measure(ctx, catalog(catalogs, courts.get(i)), i)).toList();
        Map<CourtLevel, Map<String, PeerRange>> peers = PeerRanges.of(courts, measured);
        CourtResult[] results = new CourtResult[courts.size()];
        for (CourtLevel level : new CourtLevel[] {CourtLevel.BASIC, CourtLevel.INTERMEDIATE, CourtLevel.HIGH}) {
            for (int i = 0; i < courts.size(); i++) {
                Court court = courts.get(i);
                if (court.level() != level) continue;
                SubordinateMean mean = SubordinateMean.of(courts, i, results);
                TreeScorer scorer = new TreeScorer(court, measured.get(i), peers.get(level), mean.value(), mean.note());
                List<NodeResult> areas = scorer.score(catalog(catalogs, court).areas());
                results[i] = new CourtResult(i, court, TreeScorer.total(areas), areas);
            }
        }
        String version = catalogs.values().iterator().next().version();
        return new EvaluationResult(period, version, List.of(results));
    }

    private static Catalog catalog(Map<CourtLevel, Catalog> catalogs, Court court) {
        Catalog c = catalogs.get(court.level());
        if (c == null) throw new IllegalArgumentException("缺少" + court.level().label() + "法院的指标体系");
        return c;
    }

    private Map<String, Measurement> measure(EvaluationContext ctx, Catalog catalog, int court) {
        LeafMeasurer measurer = new LeafMeasurer(ctx, metrics);
        Map<String, Measurement> out = new HashMap<>();
        for (IndicatorNode n : catalog.allNodes()) {
            if (n.isLeaf() && n.scoring().rule() != ScoringRule.SUBORDINATE_MEAN) {
                out.put(n.code(), measurer.measure(n, court));
            }
        }
        return out;
    }

    /** Collects the peer ranges per level and indicator code. */
    static final class PeerRanges {
        private PeerRanges() {
        }

        static Map<CourtLevel, Map<String, PeerRange>> of(Courts courts, List<Map<String, Measurement>> measured) {
            Map<CourtLevel, Map<String, PeerRange>> out = new HashMap<>();
            for (CourtLevel l : CourtLevel.values()) out.put(l, new HashMap<>());
            for (int i = 0; i < courts.size(); i++) {
                Map<String, PeerRange> level = out.get(courts.get(i).level());
                measured.get(i).forEach((code, m) -> {
                    if (m.awaitsPeers()) level.merge(code, PeerRange.of(m.value()), (a, b) -> a.with(b.min()));
                });
            }
            return out;
        }
    }

    /** The mean total of a court's evaluated subordinates. */
    record SubordinateMean(Double value, String note) {
        static SubordinateMean of(Courts courts, int court, CourtResult[] results) {
            List<String> parts = new ArrayList<>();
            double sum = 0;
            int n = 0;
            for (int child : courts.childrenOf(court)) {
                CourtResult r = results[child];
                if (r == null || r.total() == null) continue;
                sum += r.total();
                n++;
                parts.add(r.court().name() + " " + String.format("%.2f", r.total()));
            }
            if (n == 0) return new SubordinateMean(null, "无已评估的下级法院，不适用");
            return new SubordinateMean(sum / n, "所辖 " + n + " 家法院总分均值：" + String.join("、", parts));
        }
    }
}
