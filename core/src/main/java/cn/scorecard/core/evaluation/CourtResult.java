package cn.scorecard.core.evaluation;

import cn.scorecard.core.court.Court;
import java.util.List;

/** A court's evaluation: the total on the 0–100 scale (null when nothing applies) and its area results. */
public record CourtResult(int courtIndex, Court court, Double total, List<NodeResult> areas) {
    public CourtResult {
        areas = List.copyOf(areas);
    }

    public NodeResult find(String code) {
        for (NodeResult a : areas) {
            NodeResult f = a.find(code);
            if (f != null) return f;
        }
        return null;
    }
}
