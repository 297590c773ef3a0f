package cn.scorecard.core.deadline;

import cn.scorecard.core.cases.CaseType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and checks the {@code warnings:} section. Every problem is collected and reported at once, each naming
 * the key, so a court editing the file sees all its mistakes in one message.
 */
final class WarningSettingsReader {
    private static final Set<String> TOP = Set.of("horizons", "ruleHorizons", "statutoryPeriod", "longPending");
    private static final Set<String> HORIZONS = Set.of("days", "workdays", "hours");
    private static final Set<String> STATUTORY = Set.of("name", "caseTypes", "horizon");
    private static final Set<String> LONG_PENDING = Set.of("name", "caseTypes", "months", "horizon");

    private final List<String> problems = new ArrayList<>();

    private WarningSettingsReader() {
    }

    static WarningSettings read(Object node, Set<String> ruleIds, String source) {
        WarningSettingsReader r = new WarningSettingsReader();
        WarningSettings s = r.settings(node, ruleIds);
        if (!r.problems.isEmpty()) {
            throw new IllegalArgumentException(source + " warnings: " + String.join("；", r.problems));
        }
        return s;
    }

    private WarningSettings settings(Object node, Set<String> ruleIds) {
        Map<String, Object> m = map(node, "warnings", TOP);
        Map<String, Object> h = map(m.get("horizons"), "horizons", HORIZONS);
        Map<String, Horizon> byRule = new LinkedHashMap<>();
        Object rh = m.get("ruleHorizons");
        if (rh != null) {
            for (Map.Entry<String, Object> e : map(rh, "ruleHorizons", null).entrySet()) {
                if (!ruleIds.contains(e.getKey()) && !WarningSettings.PAYMENT_RELEASE.equals(e.getKey())) {
                    problems.add("ruleHorizons 引用了不存在的规则 " + e.getKey());
                }
                byRule.put(e.getKey(), horizon(e.getValue(), "ruleHorizons." + e.getKey()));
            }
        }
        WarningSettings.CaseClock statutory = clock(m.get("statutoryPeriod"), WarningSettings.STATUTORY_PERIOD,
                "statutoryPeriod", STATUTORY);
        WarningSettings.CaseClock longPending = clock(m.get("longPending"), WarningSettings.LONG_PENDING,
                "longPending", LONG_PENDING);
        return new WarningSettings(horizon(h.get("days"), "horizons.days"), horizon(h.get("workdays"), "horizons.workdays"),
                horizon(h.get("hours"), "horizons.hours"), byRule, statutory, longPending);
    }

    private WarningSettings.CaseClock clock(Object node, String id, String key, Set<String> keys) {
        Map<String, Object> m = map(node, key, keys);
        String name = m.get("name") == null ? null : String.valueOf(m.get("name"));
        if (name == null || name.isBlank()) problems.add(key + " 缺少 name");
        int months = 0;
        if (keys.contains("months")) {
            Object v = m.get("months");
            if (v instanceof Integer i && i > 0) months = i;
            else problems.add(key + ".months 应为正整数: " + v);
        }
        return new WarningSettings.CaseClock(id, name, caseTypes(m.get("caseTypes"), key),
                months, horizon(m.get("horizon"), key + ".horizon"));
    }

    private Set<CaseType> caseTypes(Object node, String key) {
        Set<CaseType> out = new LinkedHashSet<>();
        if (!(node instanceof List<?> list) || list.isEmpty()) {
            problems.add(key + ".caseTypes 应为非空列表，如 [执, 执恢]");
            return out;
        }
        for (Object t : list) {
            try {
                out.add(CaseType.ofCode(String.valueOf(t)));
            } catch (IllegalArgumentException e) {
                problems.add(key + ".caseTypes: " + e.getMessage());
            }
        }
        return out;
    }

    // A missing or bad horizon is reported and replaced by 0 days, so that the other keys are still checked.
    private Horizon horizon(Object value, String key) {
        if (value == null) {
            problems.add("缺少 " + key);
            return new Horizon(0, Horizon.Unit.DAYS);
        }
        try {
            return Horizon.parse(String.valueOf(value));
        } catch (IllegalArgumentException e) {
            problems.add(key + ": " + e.getMessage());
            return new Horizon(0, Horizon.Unit.DAYS);
        }
    }

    private Map<String, Object> map(Object node, String key, Set<String> allowed) {
        if (!(node instanceof Map<?, ?> raw)) {
            problems.add(node == null ? "缺少 " + key : key + " 应为映射");
            return Map.of();
        }
        Map<String, Object> m = new LinkedHashMap<>();
        raw.forEach((k, v) -> m.put(String.valueOf(k), v));
        if (allowed != null) {
            for (String k : m.keySet()) {
                if (!allowed.contains(k)) problems.add(key + ": 未知的键 “" + k + "”");
            }
        }
        return m;
    }
}
