package cn.scorecard.core.termination;

import cn.scorecard.core.cases.CaseFlag;
import cn.scorecard.core.cases.StepType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The 终本 conditions of {@code rules/termination.yaml}: data, so a court changes a condition without a code change. */
public final class TerminationRules {
    private static final Set<String> KEYS = Set.of("id", "label", "article", "rule", "needs", "onlyIfFlag", "unlessFlag");
    private static volatile TerminationRules bundled;
    private final String source;
    private final List<TerminationCondition> conditions;

    public TerminationRules(String source, List<TerminationCondition> conditions) {
        this.source = source;
        this.conditions = List.copyOf(conditions);
    }

    public static TerminationRules bundled() {
        TerminationRules r = bundled;
        if (r != null) return r;
        try (InputStream in = TerminationRules.class.getResourceAsStream("/rules/termination.yaml")) {
            if (in == null) throw new IllegalStateException("缺少 /rules/termination.yaml");
            r = load(in, "rules/termination.yaml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bundled = r;
        return r;
    }

    /** Reads a rule file; every problem names the file and the condition. */
    @SuppressWarnings("unchecked")
    public static TerminationRules load(InputStream in, String file) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        if (!(root instanceof Map<?, ?> m) || !(m.get("conditions") instanceof List<?> list) || list.isEmpty()) {
            throw new IllegalArgumentException(file + ": 应有非空的 conditions 列表");
        }
        List<TerminationCondition> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int n = 0;
        for (Object o : list) {
            n++;
            String where = file + " 第" + n + "个条件";
            if (!(o instanceof Map<?, ?> c)) throw new IllegalArgumentException(where + ": 应为映射");
            TerminationCondition tc = condition((Map<String, Object>) c, where);
            if (!ids.add(tc.id())) throw new IllegalArgumentException(where + ": id 重复 " + tc.id());
            out.add(tc);
        }
        return new TerminationRules(String.valueOf(m.get("source")), out);
    }

    @SuppressWarnings("unchecked")
    private static TerminationCondition condition(Map<String, Object> c, String where) {
        for (String k : c.keySet()) {
            if (!KEYS.contains(k)) throw new IllegalArgumentException(where + ": 未知的键 “" + k + "”");
        }
        String id = text(c, "id", where);
        where = where + "（" + id + "）";
        if (!(c.get("needs") instanceof Map<?, ?> needs) || needs.size() != 1) {
            throw new IllegalArgumentException(where + ": needs 应为 steps 或 moreThanMonthsSinceFiling 之一");
        }
        List<StepType> steps = new ArrayList<>();
        int months = 0;
        try {
            if (needs.get("steps") instanceof List<?> s && !s.isEmpty()) {
                for (Object step : s) steps.add(StepType.parse(String.valueOf(step)));
            } else if (needs.get("moreThanMonthsSinceFiling") instanceof Integer i && i > 0) {
                months = i;
            } else {
                throw new IllegalArgumentException("needs 应为非空的 steps 列表或正整数 moreThanMonthsSinceFiling: " + needs);
            }
            return new TerminationCondition(id, text(c, "label", where), text(c, "article", where), text(c, "rule", where),
                    steps, months, flag(c.get("onlyIfFlag")), flag(c.get("unlessFlag")));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().startsWith(where) ? e.getMessage() : where + ": " + e.getMessage(), e);
        }
    }

    private static CaseFlag flag(Object v) {
        if (v == null) return null;
        try {
            return CaseFlag.valueOf(String.valueOf(v));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("未知的案件标志 " + v);
        }
    }

    private static String text(Map<String, Object> c, String key, String where) {
        Object v = c.get(key);
        if (v == null || String.valueOf(v).isBlank()) throw new IllegalArgumentException(where + ": 缺少 " + key);
        return String.valueOf(v);
    }

    /** The rule's title (规定的名称), shown with the failed conditions. */
    public String source() {
        return source;
    }

    public List<TerminationCondition> conditions() {
        return conditions;
    }

    public TerminationCondition get(String id) {
        for (TerminationCondition c : conditions) {
            if (c.id().equals(id)) return c;
        }
        throw new IllegalArgumentException("未知的终本条件: " + id);
    }
}
