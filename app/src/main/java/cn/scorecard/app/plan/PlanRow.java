package cn.scorecard.app.plan;

import cn.scorecard.app.evaluation.TreeRow;
import cn.scorecard.app.web.Formats;
import cn.scorecard.core.cases.Times;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.data.StaffMember;
import cn.scorecard.core.evaluation.CourtResult;
import cn.scorecard.core.evaluation.NodeResult;
import cn.scorecard.core.plan.ActionKind;
import cn.scorecard.core.plan.NodeChange;
import cn.scorecard.core.plan.PlannedAction;
import java.time.LocalDate;
import java.util.List;

/**
 * One action of the planner, formatted for the page, the work list (Excel) and the API.
 *
 * @param moved the indicators it moves, each "name old → new"
 */
public record PlanRow(String id, String kind, String reference, boolean isCase, String action, LocalDate deadline,
                      String officerId, String officer, List<Moved> moved, double gain) {

    /**
     * One indicator an action moves: its value and score before and after.
     *
     * @param name      the leaf's name as the catalog gives it (often the full numerator / denominator definition)
     * @param shortName what a narrow column shows: the leaf's name when short, else its group's (法定期限内结案率)
     */
    public record Moved(String code, String name, String shortName, String before, String after, String scoreBefore,
                        String scoreAfter) {
        public String text() {
            return name + " " + before + " → " + after;
        }

        /** The short name with the change, for a table cell (the full name goes in its title). */
        public String shortText() {
            return shortName + " " + before + " → " + after;
        }

        /** The code and the full name, for a tooltip. */
        public String title() {
            return code + " " + name;
        }
    }

    /** A leaf name up to this length is shown as it is; a longer one by its group's name. */
    static final int SHORT = 16;

    static PlanRow of(PlannedAction p, CourtResult base, ProvinceData data) {
        var a = p.action();
        StaffMember s = a.staff() < 0 || a.staff() >= data.staff().size() ? null : data.staff().get(a.staff());
        return new PlanRow(a.id(), a.kind().label(), a.reference(),
                a.kind() == ActionKind.CLOSE_CASE || a.kind() == ActionKind.DO_STEP || a.kind() == ActionKind.RELEASE_PAYMENT,
                a.description(),
                Times.date(a.deadlineDay()), s == null ? null : s.id(), s == null ? "" : s.name(),
                moved(p.changes(), base), p.gain());
    }

    static List<Moved> moved(List<NodeChange> changes, CourtResult base) {
        return changes.stream().filter(NodeChange::leaf).map(c -> {
            NodeResult n = base.find(c.code());
            return new Moved(c.code(), c.name(), shortName(base, c.code(), c.name()), value(n, c.oldValue()),
                    value(n, c.newValue()),
                    Formats.score(c.oldScore()), Formats.score(c.newScore()));
        }).toList();
    }

    /** The leaf's name when short, else its group's name when that is shorter, else the code. */
    static String shortName(CourtResult base, String code, String name) {
        if (name == null || name.length() <= SHORT) return name;
        for (NodeResult a : base.areas()) {
            NodeResult parent = parentOf(a, code);
            if (parent != null) return parent.node().name().length() < name.length() ? parent.node().name() : code;
        }
        return code;
    }

    private static NodeResult parentOf(NodeResult n, String code) {
        for (NodeResult c : n.children()) {
            if (c.code().equals(code)) return n;
            NodeResult p = parentOf(c, code);
            if (p != null) return p;
        }
        return null;
    }

    /** A value formatted like the score tree formats the leaf's own value (a rate as a percentage …). */
    static String value(NodeResult n, Double v) {
        if (n == null) return v == null ? "—" : String.valueOf(v);
        NodeResult as = new NodeResult(n.node(), n.effectiveWeight(), n.applicable(), v, n.score(), n.explanation(),
                n.note(), n.children());
        return new TreeRow(0, as, null).valueText();
    }

    public String gainText() {
        return Formats.gain(gain);
    }

    public String movedText() {
        return String.join("；", moved.stream().map(Moved::text).toList());
    }
}
