package cn.scorecard.core.evaluation;

import cn.scorecard.core.court.Court;
import java.util.List;

/**
 * A court's evaluation: the total on the 0–100 scale (null when nothing applies) and its area results.
 *
 * @param veto why the court's total is 0 (a core target missed under a catalog with {@code coreVeto}), else null
 */
public record CourtResult(int courtIndex, Court court, Double total, List<NodeResult> areas, String veto) {
    public CourtResult {
        areas = List.copyOf(areas);
    }

    public CourtResult(int courtIndex, Court court, Double total, List<NodeResult> areas) {
        this(courtIndex, court, total, areas, null);
    }

    public NodeResult find(String code) {
        for (NodeResult a : areas) {
            NodeResult f = a.find(code);
            if (f != null) return f;
        }
        return null;
    }
}
