package cn.scorecard.core.evaluation;

import cn.scorecard.core.catalog.IndicatorNode;
import cn.scorecard.core.catalog.ScoringRule;
import cn.scorecard.core.court.Court;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scores one court's tree bottom-up: a group's score is the weighted mean of its applicable children, the
 * weights of N/A children shared out in proportion (renormalisation); a group whose children are all N/A
 * is N/A.
 */
final class TreeScorer {
    private final Court court;
    private final Map<String, Measurement> measurements;
    private final Map<String, PeerRange> peers;
    private final Double subordinateMean;
    private final String subordinateNote;
    private final boolean peerNotes;

    TreeScorer(Court court, Map<String, Measurement> measurements, Map<String, PeerRange> peers,
               Double subordinateMean, String subordinateNote) {
        this(court, measurements, peers, subordinateMean, subordinateNote, true);
    }

    /** @param peerNotes whether a peer-compared leaf's note gives the peers' range (false: values and scores only) */
    TreeScorer(Court court, Map<String, Measurement> measurements, Map<String, PeerRange> peers,
               Double subordinateMean, String subordinateNote, boolean peerNotes) {
        this.peerNotes = peerNotes;
        this.court = court;
        this.measurements = measurements;
        this.peers = peers;
        this.subordinateMean = subordinateMean;
        this.subordinateNote = subordinateNote;
    }

    /** The area results, each carrying its effective weight among the areas. */
    List<NodeResult> score(List<IndicatorNode> areas) {
        List<NodeResult> raw = new ArrayList<>();
        for (IndicatorNode a : areas) raw.add(node(a, true));
        return renormalise(areas, raw);
    }

    static Double total(List<NodeResult> areas) {
        return weightedMean(areas);
    }

    private NodeResult node(IndicatorNode n, boolean ancestorsApply) {
        boolean applies = ancestorsApply && n.applicability().appliesTo(court);
        if (!applies) {
            return new NodeResult(n, 0, false, null, null, null, "不适用：" + applicabilityNote(n),
                    n.children().stream().map(c -> node(c, false)).toList());
        }
        if (n.isLeaf()) return leaf(n);
        List<NodeResult> raw = new ArrayList<>();
        for (IndicatorNode c : n.children()) raw.add(node(c, true));
        List<NodeResult> children = renormalise(n.children(), raw);
        Double score = weightedMean(children);
        return new NodeResult(n, 0, score != null, null, score, null,
                score == null ? "下级指标均不适用" : null, children);
    }

    private NodeResult leaf(IndicatorNode n) {
        if (n.scoring().rule() == ScoringRule.SUBORDINATE_MEAN) {
            return new NodeResult(n, 0, subordinateMean != null, subordinateMean, subordinateMean, null,
                    subordinateNote, List.of());
        }
        Measurement m = measurements.get(n.code());
        if (m == null || !m.applicable()) {
            return new NodeResult(n, 0, false, null, null, m == null ? null : m.explanation(),
                    m == null ? "未计算" : m.note(), List.of());
        }
        Double score = m.fixedScore();
        String note = m.note();
        if (m.awaitsPeers()) {
            PeerRange range = peers.get(n.code());
            score = range.score(m.value(), n.scoring().higherIsBetter());
            if (peerNotes) note = note + String.format("；同级 %d 家法院比较，最低 %.4f、最高 %.4f%s", range.courts(), range.min(),
                    range.max(), n.scoring().higherIsBetter() ? "" : "（越低越好）");
        }
        return new NodeResult(n, 0, true, m.value(), score, m.explanation(), note, List.of());
    }

    private static List<NodeResult> renormalise(List<IndicatorNode> nodes, List<NodeResult> raw) {
        double applicableWeight = 0;
        for (NodeResult r : raw) {
            if (r.score() != null) applicableWeight += r.node().weight();
        }
        List<NodeResult> out = new ArrayList<>(raw.size());
        for (NodeResult r : raw) {
            double w = r.score() == null || applicableWeight == 0 ? 0 : 100 * r.node().weight() / applicableWeight;
            out.add(r.withEffectiveWeight(w));
        }
        return out;
    }

    private static Double weightedMean(List<NodeResult> children) {
        double sum = 0;
        boolean any = false;
        for (NodeResult c : children) {
            if (c.score() == null) continue;
            sum += c.effectiveWeight() * c.score() / 100;
            any = true;
        }
        return any ? sum : null;
    }

    private static String applicabilityNote(IndicatorNode n) {
        return switch (n.applicability()) {
            case NOT_MUNICIPALITY -> "直辖市的中院不适用";
            case KEY_CITY_ONLY -> "仅适用重点城市";
            case ALWAYS -> "上级指标不适用";
        };
    }
}
