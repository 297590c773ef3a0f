package cn.scorecard.app.evaluation;

import cn.scorecard.app.web.Formats;
import cn.scorecard.app.web.Messages;
import cn.scorecard.core.catalog.ScoringRule;
import cn.scorecard.core.evaluation.NodeResult;
import cn.scorecard.core.plan.LostPoint;
import cn.scorecard.core.plan.LostPoints;
import java.util.List;

/**
 * One line of a court's lost points (失分清单) formatted for the page, the PDF report, Excel and the API.
 *
 * @param share the leaf's share of the total in percent (one point of its score is worth share ÷ 100 points)
 * @param gap   what is missing in words: 还差 7 件, 同级最优 92.0%, …
 */
public record LostPointRow(String code, String name, String area, String value, String target, String gap,
                           Double score, double share, double points, boolean traceable,
                           List<LostPoint.SubordinateShare> subordinates) {

    public static List<LostPointRow> of(LostPoints.Sheet sheet) {
        return sheet.points().stream().map(LostPointRow::of).toList();
    }

    static LostPointRow of(LostPoint p) {
        NodeResult leaf = p.leaf();
        TreeRow row = new TreeRow(p.path().size() - 1, leaf, null);
        return new LostPointRow(leaf.code(), leaf.node().name(), p.path().get(0).node().name(), row.valueText(),
                row.target(), gap(p, row), leaf.score(), 100 * p.share(), p.points(), row.traceable(), p.subordinates());
    }

    private static String gap(LostPoint p, TreeRow row) {
        if (p.points() <= 1e-9) return Messages.text("lost.full");
        ScoringRule rule = p.leaf().node().scoring().rule();
        Integer k = p.shortfall();
        return switch (rule) {
            case TARGET -> k == null ? "" : Messages.text("lost.gap.target", k);
            case SHARE -> k == null ? "" : Messages.text("lost.gap.share", k);
            case FREQUENCY -> k == null ? "" : Messages.text("lost.gap.frequency", k);
            case ZERO -> k == null ? "" : Messages.text("lost.gap.zero", k);
            case PEER -> p.peerBest() == null ? "" : Messages.text("lost.gap.peer", peerBest(p, row));
            case SUBORDINATE_MEAN -> Messages.text("lost.gap.subordinates", p.subordinates().size());
            case MET -> Messages.text("lost.gap.evidence");
            case MIN_YEARS_TARGET -> Messages.text("lost.gap.years");
            default -> "";
        };
    }

    private static String peerBest(LostPoint p, TreeRow row) {
        double best = p.peerBest();
        return row.valueText().endsWith("%") ? Formats.percent(best)
                : Formats.decimal(best);
    }

    public String scoreText() {
        return Formats.score(score);
    }

    public String shareText() {
        return Formats.share(share);
    }

    public String pointsText() {
        return Formats.score(points);
    }
}
