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
        for (int a = 0; a < court.areas().size(); a++) walk(result, court, court.areas().get(a), a, new Place(), 1.0, out);
        out.sort(Comparator.comparingDouble(LostPoint::points).reversed().thenComparing(LostPoint::code));
        return new Sheet(court, court.total(), out);
    }

    /** The nodes from an area down to the node walked, and the child index of each in its parent. */
    private static final class Place {
        final List<NodeResult> path = new ArrayList<>();
        final List<Integer> positions = new ArrayList<>();
    }

    private static void walk(EvaluationResult result, CourtResult court, NodeResult n, int index, Place place,
                             double share, List<LostPoint> out) {
        if (n.score() == null) return; // N/A: its weight went to its siblings
        double s = share * n.effectiveWeight() / 100;
        place.path.add(n);
        place.positions.add(index);
        if (n.children().isEmpty()) {
            out.add(leaf(result, court, place, s));
        } else {
            for (int c = 0; c < n.children().size(); c++) walk(result, court, n.children().get(c), c, place, s, out);
        }
        place.path.remove(place.path.size() - 1);
        place.positions.remove(place.positions.size() - 1);
    }

    private static LostPoint leaf(EvaluationResult result, CourtResult court, Place place, double share) {
        List<NodeResult> path = List.copyOf(place.path);
        NodeResult leaf = path.get(path.size() - 1);
        double points = (100 - leaf.score()) * share;
        Scoring s = leaf.node().scoring();
        List<LostPoint.SubordinateShare> subs = s.rule() == ScoringRule.SUBORDINATE_MEAN
                ? subordinates(result, court, share) : List.of();
        Double best = s.rule() == ScoringRule.PEER ? PeerBest.of(result, court, leaf, place.positions) : null;
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

        /**
         * {@code positions}: the leaf's place in its court's tree, child index by child index. The courts of a level
         * share their catalog's tree, so the peers' leaf is found there without searching each peer's whole tree (a
         * court page asked this for every compared leaf and every court of the level: a tenth of the page's time).
         */
        static Double of(EvaluationResult result, CourtResult court, NodeResult leaf, List<Integer> positions) {
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

        /** The peer's node at the positions if it has the code there, else found by code (another tree). */
        private static NodeResult at(CourtResult c, List<Integer> positions, String code) {
            List<NodeResult> level = c.areas();
            NodeResult n = null;
            for (int i : positions) {
                if (i >= level.size()) return c.find(code);
                n = level.get(i);
                level = n.children();
            }
            return n != null && n.code().equals(code) ? n : c.find(code);
        }
    }
}
