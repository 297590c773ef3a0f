package cn.scorecard.app.staff;

import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.staff.Interview;
import cn.scorecard.core.staff.ItemResult;
import cn.scorecard.core.staff.MonthlyAssessment;
import cn.scorecard.core.staff.PersonResult;
import cn.scorecard.core.staff.QuarterlyClerkResult;
import cn.scorecard.core.staff.Reason;
import cn.scorecard.core.staff.TeamResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Staff assessment results as plain maps for JSON. */
public final class StaffJson {
    private StaffJson() {
    }

    public static Map<String, Object> month(MonthlyAssessment a, ProvinceData data) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("month", a.month().toString());
        root.put("ruleSetVersion", a.ruleSetVersion());
        root.put("people", a.people().stream().map(p -> person(p, data)).toList());
        root.put("teams", a.teams().stream().map(t -> team(t, data)).toList());
        root.put("interviews", a.interviews().stream().map(i -> interview(i, data)).toList());
        return root;
    }

    public static Map<String, Object> person(PersonResult p, ProvinceData data) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.staffId());
        m.put("name", p.name());
        m.put("court", data.courts().get(p.court()).code());
        m.put("role", p.role().label());
        m.put("team", p.team());
        m.put("total", p.total());
        m.put("passed", p.passed());
        m.put("vetoed", p.vetoed());
        m.put("rank", p.rank());
        m.put("activeFrom", p.activeFrom().toString());
        m.put("activeTo", p.activeTo().toString());
        m.put("failsInYear", p.failsInYear());
        m.put("accountability", p.accountability());
        m.put("awardEligible", p.awardEligible());
        m.put("vetoes", p.vetoes().stream().map(v -> Map.of("condition", v.condition(), "day", v.day().toString(),
                "source", v.source(), "detail", v.detail() == null ? "" : v.detail())).toList());
        m.put("items", p.items().stream().map(StaffJson::item).toList());
        return m;
    }

    private static Map<String, Object> item(ItemResult i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", i.code());
        m.put("name", i.name());
        m.put("points", i.points());
        m.put("deductions", i.deductions());
        m.put("bonus", i.bonus());
        m.put("score", i.score());
        m.put("reasons", i.reasons().stream().map(StaffJson::reason).toList());
        return m;
    }

    private static Map<String, Object> reason(Reason r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", r.rule());
        m.put("detail", r.detail());
        m.put("count", r.count());
        m.put("points", r.points());
        m.put("refs", r.refs());
        return m;
    }

    private static Map<String, Object> team(TeamResult t, ProvinceData data) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("court", data.courts().get(t.court()).code());
        m.put("team", t.team());
        m.put("members", t.members());
        m.put("scoredMembers", t.scoredMembers());
        m.put("mean", t.mean());
        m.put("rank", t.rank());
        return m;
    }

    private static Map<String, Object> interview(Interview i, ProvinceData data) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.staffId());
        m.put("name", i.name());
        m.put("court", data.courts().get(i.court()).code());
        m.put("role", i.role().label());
        m.put("total", i.total());
        m.put("failsInYear", i.failsInYear());
        m.put("accountability", i.accountability());
        return m;
    }

    public static Map<String, Object> quarter(String quarter, String version, List<QuarterlyClerkResult> results, ProvinceData data) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("quarter", quarter);
        root.put("ruleSetVersion", version);
        root.put("clerks", results.stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.staffId());
            m.put("name", r.name());
            m.put("court", data.courts().get(r.court()).code());
            m.put("evaluationParts", new TreeMap<>(r.evaluationParts())); // the record's map has no stable order
            m.put("evaluation", r.evaluation());
            m.put("monthlyScores", r.monthlyScores());
            m.put("combination", r.combination().name());
            m.put("result", r.result());
            m.put("vetoed", r.vetoed());
            m.put("note", r.note());
            return m;
        }).toList());
        return root;
    }
}
