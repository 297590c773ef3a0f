package cn.scorecard.app.plan;

import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.plan.Plan;
import cn.scorecard.core.plan.TargetReach;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The planner as a page shows it: the actions after the officer and indicator filters, the officers and indicators
 * to filter by (from the whole plan), and the targets.
 */
public record PlanView(Plan plan, List<PlanRow> rows, int total, Map<String, String> officers, Map<String, String> indicators,
                List<TargetReach> targets) {
    static final int PAGE = 300;

    static PlanView of(Plan plan, ProvinceData data, String officer, String indicator) {
        Map<String, String> officers = new LinkedHashMap<>();
        Map<String, String> indicators = new java.util.TreeMap<>();
        List<PlanRow> all = plan.actions().stream().map(p -> PlanRow.of(p, plan.base(), data)).toList();
        for (PlanRow r : all) {
            if (r.officerId() != null) officers.putIfAbsent(r.officerId(), r.officer());
            for (PlanRow.Moved m : r.moved()) indicators.putIfAbsent(m.code(), m.code() + " " + m.shortName());
        }
        List<PlanRow> shown = all.stream()
                .filter(r -> officer == null || officer.isBlank() || officer.equals(r.officerId()))
                .filter(r -> indicator == null || indicator.isBlank() || r.moved().stream().anyMatch(m -> m.code().equals(indicator)))
                .toList();
        return new PlanView(plan, shown, all.size(), officers, indicators, plan.targets());
    }

    /** The rows the page lists (the work list in Excel has them all). */
    public List<PlanRow> page() {
        return rows.size() > PAGE ? rows.subList(0, PAGE) : rows;
    }
}
