package cn.scorecard.core.staff;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The parts of a rule set besides its items: the clerks' quarterly evaluation and the veto conditions. */
final class RuleSetAnnexParser {
    private static final Set<String> QUARTERLY_KEYS = Set.of("code", "text", "maxPoints", "parts");
    private static final Set<String> PART_KEYS = Set.of("code", "name", "points");
    private static final Set<String> VETO_KEYS = Set.of("code", "name", "short", "derivedFrom");

    /** The seed names these four parts (四（三）6) but gives them no points. */
    private static final List<String[]> SEED_PARTS = List.of(new String[] {"SERVICE", "服务态度"},
            new String[] {"TRANSCRIPTION", "速录和笔录能力"}, new String[] {"CASELOAD", "季度跟案数量"},
            new String[] {"ONLINE_FILING", "网络信息填报"});
    private static final double DEFAULT_MAX = 100;

    private RuleSetAnnexParser() {
    }

    static ClerkQuarterlyRule quarterly(Object raw, YamlFields f) {
        String where = "书记员季度考评";
        Map<String, Object> m = f.map(raw, where);
        f.onlyKeys(m, QUARTERLY_KEYS, where);
        Double given = f.number(m, "maxPoints", where, false);
        Double max = given == null ? DEFAULT_MAX : given;
        List<ClerkQuarterlyRule.Part> parts = new ArrayList<>();
        double sum = 0;
        if (!m.containsKey("parts")) {
            // not set: the seed's four parts sharing the maximum equally (100 → 25 each)
            for (String[] p : SEED_PARTS) parts.add(new ClerkQuarterlyRule.Part(p[0], p[1], max / SEED_PARTS.size()));
            sum = max;
        }
        for (Object o : f.list(m, "parts", where, false)) {
            Map<String, Object> pm = f.map(o, where);
            String code = f.text(pm, "code", where, true);
            f.onlyKeys(pm, PART_KEYS, where + " " + code);
            Double points = f.number(pm, "points", where + " " + code, true);
            parts.add(new ClerkQuarterlyRule.Part(code, f.text(pm, "name", where + " " + code, true),
                    points == null ? 0 : points));
            sum += points == null ? 0 : points;
        }
        if (Math.abs(sum - max) > StaffRuleSets.EPSILON) {
            f.problem(where, "各考评项合计 " + Points.format(sum) + " 分，与满分 " + Points.format(max) + " 分不符");
        }
        return new ClerkQuarterlyRule(f.text(m, "code", where, true), f.text(m, "text", where, false),
                max, parts);
    }

    static List<VetoCondition> vetoes(List<Object> raw, YamlFields f) {
        List<VetoCondition> out = new ArrayList<>();
        for (Object o : raw) {
            Map<String, Object> m = f.map(o, "一票否决");
            String code = f.text(m, "code", "一票否决", true);
            String where = "一票否决 " + code;
            f.onlyKeys(m, VETO_KEYS, where);
            Set<VetoCondition.Derivation> derived = EnumSet.noneOf(VetoCondition.Derivation.class);
            for (Object d : f.list(m, "derivedFrom", where, false)) {
                VetoCondition.Derivation found = VetoCondition.Derivation.byId(String.valueOf(d));
                if (found == null) f.problem(where, "未知的记录来源 “" + d + "”（应为 disciplines 或 stateCompensations）");
                else derived.add(found);
            }
            out.add(new VetoCondition(code, f.text(m, "name", where, true), f.text(m, "short", where, false), derived));
        }
        if (out.isEmpty()) f.problem("顶层", "没有一票否决情形（vetoes）");
        return out;
    }
}
