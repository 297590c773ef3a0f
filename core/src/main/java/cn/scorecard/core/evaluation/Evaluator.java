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
        Map<String, Map<String, PeerRange>> peers = PeerRanges.of(courts, measured, catalogs);
        CourtResult[] results = new CourtResult[courts.size()];
        for (CourtLevel level : new CourtLevel[] {CourtLevel.BASIC, CourtLevel.INTERMEDIATE, CourtLevel.HIGH}) {
            for (int i = 0; i < courts.size(); i++) {
                Court court = courts.get(i);
                if (court.level() != level) continue;
                SubordinateMean mean = SubordinateMean.of(courts, i, results);
                Catalog catalog = catalog(catalogs, court);
                Map<String, PeerRange> group = peers.getOrDefault(PeerRanges.group(courts, i, catalog), Map.of());
                TreeScorer scorer = new TreeScorer(court, measured.get(i), group, mean.value(), mean.note());
                List<NodeResult> areas = scorer.score(catalog.areas());
                String veto = catalog.settings().coreVeto() ? CoreVeto.reason(new CoreIndicators(metrics)
                        .compute(ctx, i, catalog.settings())) : null;
                results[i] = new CourtResult(i, court, veto == null ? TreeScorer.total(areas) : Double.valueOf(0), areas, veto);
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

    /**
     * Collects the peer ranges per peer group and indicator code: the courts of the same level under the same high
     * court (PROVINCE, the default) or of the same level everywhere (NATIONAL), as the catalog's settings say.
     */
    static final class PeerRanges {
        private PeerRanges() {
        }

        static Map<String, Map<String, PeerRange>> of(Courts courts, List<Map<String, Measurement>> measured,
                                                      Map<CourtLevel, Catalog> catalogs) {
            Map<String, Map<String, PeerRange>> out = new HashMap<>();
            for (int i = 0; i < courts.size(); i++) {
                Map<String, PeerRange> group = out.computeIfAbsent(group(courts, i, catalog(catalogs, courts.get(i))),
                        k -> new HashMap<>());
                measured.get(i).forEach((code, m) -> {
                    if (m.awaitsPeers()) group.merge(code, PeerRange.of(m.value()), (a, b) -> a.with(b.min()));
                });
            }
            return out;
        }

        /** The key of a court's peer group: its level, and its province (the top court above it) unless national. */
        static String group(Courts courts, int court, Catalog catalog) {
            String level = courts.get(court).level().name();
            if (catalog.settings().peerGroup() == cn.scorecard.core.catalog.CatalogSettings.PeerGroup.NATIONAL) return level;
            int top = court;
            for (int guard = 0; courts.parentOf(top) >= 0 && guard < courts.size(); guard++) top = courts.parentOf(top);
            return level + "|" + courts.get(top).code();
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
