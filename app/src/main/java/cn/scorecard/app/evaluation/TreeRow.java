package cn.scorecard.app.evaluation;

import cn.scorecard.app.web.Formats;
import cn.scorecard.app.web.Messages;
import cn.scorecard.core.catalog.IndicatorKind;
import cn.scorecard.core.catalog.Scoring;
import cn.scorecard.core.catalog.ScoringRule;
import cn.scorecard.core.evaluation.NodeResult;
import cn.scorecard.core.metric.RecordKind;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a court's score tree, flattened depth first for the page and the Excel export.
 *
 * @param parent the code of the node above (null for an area), so the page can fold a branch
 */
public record TreeRow(int depth, NodeResult node, String parent) {
    public static List<TreeRow> flatten(List<NodeResult> areas) {
        List<TreeRow> rows = new ArrayList<>();
        for (NodeResult a : areas) add(rows, a, 0, null);
        return rows;
    }

    private static void add(List<TreeRow> rows, NodeResult n, int depth, String parent) {
        rows.add(new TreeRow(depth, n, parent));
        for (NodeResult c : n.children()) add(rows, c, depth + 1, n.code());
    }

    public boolean leaf() {
        return node.children().isEmpty();
    }

    /** Computed from records: the numerator and denominator can be opened as lists. */
    public boolean traceable() {
        return node.explanation() != null && node.explanation().denominatorRecords() != null
                && (node.explanation().denominatorRecords().size() > 0 || node.explanation().numeratorRecords().size() > 0)
                && node.explanation().denominatorRecords().kind() != RecordKind.STATISTIC;
    }

    // Pre-formatted for the page: Thymeleaf's number formatting builds a DecimalFormatSymbols per call.
    public String weightText() {
        double w = node.node().weight();
        return (w == Math.rint(w) ? String.valueOf((long) w) : String.valueOf(w)) + "%";
    }

    public String effectiveWeightText() {
        return node.applicable() ? Formats.percentNumber(node.effectiveWeight()) : Messages.text("common.na");
    }

    public String scoreText() {
        return Formats.score(node.score());
    }

    public String numeratorText() {
        return node.numerator() == null ? "" : Formats.whole(node.numerator());
    }

    public String denominatorText() {
        return node.denominator() == null ? "" : Formats.whole(node.denominator());
    }

    /** The target in words (目标值), from the scoring rule. */
    public String target() {
        Scoring s = node.node().scoring();
        return switch (s.rule()) {
            case TARGET, MIN_YEARS_TARGET -> "≥ " + Math.round(s.target() * 1000) / 10.0 + "%";
            case FREQUENCY -> Messages.text("tree.target.frequency", String.valueOf((long) s.required()));
            case ZERO -> "0";
            case SHARE -> "100%";
            case PEER -> Messages.text(s.higherIsBetter() ? "tree.target.peerHigher" : "tree.target.peerLower");
            case MET -> Messages.text("tree.target.met");
            default -> "";
        };
    }

    /** The value formatted for its kind: a percentage for rates, a number otherwise. */
    public String valueText() {
        Double v = node.value();
        if (v == null) return node.node().kind() == IndicatorKind.EVIDENCE ? Messages.text("tree.value.evidence") : "—";
        ScoringRule r = node.node().scoring().rule();
        boolean rate = r == ScoringRule.TARGET || r == ScoringRule.SHARE || r == ScoringRule.MIN_YEARS_TARGET
                || (r == ScoringRule.PEER && v <= 1.0 && !node.node().code().isEmpty() && isRateMetric());
        return rate ? Formats.percent(v) : Formats.decimal(v);
    }

    private boolean isRateMetric() {
        String m = node.node().metric();
        return m != null && (m.endsWith("_rate") || m.endsWith("_share"));
    }
}
