package cn.scorecard.core.plan;

import cn.scorecard.core.catalog.Scoring;
import cn.scorecard.core.catalog.ScoringRule;
import cn.scorecard.core.evaluation.CourtResult;
import cn.scorecard.core.evaluation.EvaluationResult;
import cn.scorecard.core.evaluation.NodeResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A court's lost points (失分清单): every applicable leaf with the points it costs the total, the largest first.
 * Works on any stored or live result, since it reads only the scored tree (effective weights and scores).
 */
public final class LostPoints {
    private LostPoints() {
    }

    /** The court's list; {@code total} is null when nothing applies (then the list is empty). */
    public record Sheet(CourtResult court, Double total, List<LostPoint> points) {
        public Sheet {
            points = List.copyOf(points);
        }

        public double lostTotal() {
            return points.stream().mapToDouble(LostPoint::points).sum();
        }
    }

    public static Sheet of(EvaluationResult result, String courtCode) {
        CourtResult court = result.court(courtCode);
        List<LostPoint> out = new ArrayList<>();
        for (NodeResult area : court.areas()) walk(result, court, area, new ArrayList<>(), 1.0, out);
        out.sort(Comparator.comparingDouble(LostPoint::points).reversed().thenComparing(LostPoint::code));
        return new Sheet(court, court.total(), out);
    }

    private static void walk(EvaluationResult result, CourtResult court, NodeResult n, List<NodeResult> path,
                             double share, List<LostPoint> out) {
        if (n.score() == null) return; // N/A: its weight went to its siblings
        double s = share * n.effectiveWeight() / 100;
        path.add(n);
        if (n.children().isEmpty()) {
            out.add(leaf(result, court, List.copyOf(path), s));
        } else {
            for (NodeResult c : n.children()) walk(result, court, c, path, s, out);
        }
        path.remove(path.size() - 1);
    }

    private static LostPoint leaf(EvaluationResult result, CourtResult court, List<NodeResult> path, double share) {
        NodeResult leaf = path.get(path.size() - 1);
        double points = (100 - leaf.score()) * share;
        Scoring s = leaf.node().scoring();
        List<LostPoint.SubordinateShare> subs = s.rule() == ScoringRule.SUBORDINATE_MEAN
                ? subordinates(result, court, share) : List.of();
        Double best = s.rule() == ScoringRule.PEER ? PeerBest.of(result, court, path) : null;
        return new LostPoint(path, share, points, Shortfall.of(leaf), best, subs);
    }

    private static List<LostPoint.SubordinateShare> subordinates(EvaluationResult result, CourtResult court,
                                                                  double share) {
        List<CourtResult> children = result.courts().stream()
                .filter(c -> court.court().code().equals(c.court().parentCode()) && c.total() != null).toList();
        List<LostPoint.SubordinateShare> out = new ArrayList<>();
        for (CourtResult c : children) {
            out.add(new LostPoint.SubordinateShare(c.court().code(), c.court().name(), c.total(),
                    (100 - c.total()) / children.size() * share));
        }
        out.sort(Comparator.comparingDouble(LostPoint.SubordinateShare::points).reversed());
        return out;
    }

    /** The best value of a peer-compared leaf among the evaluated courts of the court's level. */
    static final class PeerBest {
        private PeerBest() {
        }

        /** {@code path}: the court's nodes from its area down to the leaf. */
        static Double of(EvaluationResult result, CourtResult court, List<NodeResult> path) {
            NodeResult leaf = path.get(path.size() - 1);
            int[] positions = positions(court, path);
            boolean higher = leaf.node().scoring().higherIsBetter();
            Double best = null;
            for (CourtResult c : result.courts()) {
                if (c.court().level() != court.court().level()) continue;
                NodeResult n = at(c, positions, leaf.code());
                if (n == null || !n.applicable() || n.value() == null) continue;
                if (best == null || (higher ? n.value() > best : n.value() < best)) best = n.value();
            }
            return best;
        }

        /**
         * The leaf's place in its court's tree, child index by child index: the courts of a level share their
         * catalog's tree, so the peers' leaf is found there without searching each peer's whole tree (a court page
         * asked this for every compared leaf and every court of the level: a tenth of the page's time).
         */
        private static int[] positions(CourtResult court, List<NodeResult> path) {
            int[] at = new int[path.size()];
            List<NodeResult> level = court.areas();
            for (int d = 0; d < path.size(); d++) {
                at[d] = indexOfSame(level, path.get(d));
                level = path.get(d).children();
            }
            return at;
        }

        /** The peer's node at the positions if it has the code there, else found by code (another tree). */
        private static NodeResult at(CourtResult c, int[] positions, String code) {
            List<NodeResult> level = c.areas();
            NodeResult n = null;
            for (int i : positions) {
                if (i < 0 || i >= level.size()) return c.find(code);
                n = level.get(i);
                level = n.children();
            }
            return n != null && n.code().equals(code) ? n : c.find(code);
        }

        private static int indexOfSame(List<NodeResult> nodes, NodeResult node) {
            for (int i = 0; i < nodes.size(); i++) {
                if (nodes.get(i) == node) return i;
            }
            return -1;
        }
    }
}
