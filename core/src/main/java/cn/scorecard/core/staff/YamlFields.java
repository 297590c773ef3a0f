package cn.scorecard.core.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Typed reads of a plain YAML map, each problem collected with where it was found rather than thrown. */
final class YamlFields {
    private final List<String> problems;

    YamlFields(List<String> problems) {
        this.problems = problems;
    }

    void problem(String where, String message) {
        problems.add(where + ": " + message);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> map(Object value, String where) {
        if (value instanceof Map<?, ?> m) return (Map<String, Object>) m;
        problem(where, "应为键值映射");
        return Map.of();
    }

    /** Unknown keys are rejected: a misspelt key must not silently leave a default in place. */
    void onlyKeys(Map<String, Object> m, Set<String> allowed, String where) {
        for (Object key : new TreeSet<>(m.keySet().stream().map(String::valueOf).toList())) {
            if (!allowed.contains(key)) problem(where, "未知的键 “" + key + "”（允许的键: " + String.join(", ", allowed) + "）");
        }
    }

    String text(Map<String, Object> m, String key, String where, boolean required) {
        Object v = m.get(key);
        if (v == null) {
            if (required) problem(where, "缺少 “" + key + "”");
            return null;
        }
        if (v instanceof Map || v instanceof List) {
            problem(where, "“" + key + "” 应为文字");
            return null;
        }
        String s = String.valueOf(v).trim();
        if (s.isEmpty() && required) problem(where, "“" + key + "” 为空");
        return s;
    }

    Double number(Map<String, Object> m, String key, String where, boolean required) {
        Object v = m.get(key);
        if (v == null) {
            if (required) problem(where, "缺少 “" + key + "”");
            return null;
        }
        if (!(v instanceof Number n)) {
            problem(where, "“" + key + "” 应为数字，实为 “" + v + "”");
            return null;
        }
        double d = n.doubleValue();
        if (d < 0 || Double.isNaN(d)) {
            problem(where, "“" + key + "” 不能为负数: " + v);
            return null;
        }
        return d;
    }

    boolean flag(Map<String, Object> m, String key, String where) {
        Object v = m.get(key);
        if (v == null) return false;
        if (v instanceof Boolean b) return b;
        problem(where, "“" + key + "” 应为 true 或 false，实为 “" + v + "”");
        return false;
    }

    List<Object> list(Map<String, Object> m, String key, String where, boolean required) {
        Object v = m.get(key);
        if (v == null) {
            if (required) problem(where, "缺少 “" + key + "”");
            return List.of();
        }
        if (v instanceof List<?> l) return new ArrayList<>(l);
        problem(where, "“" + key + "” 应为列表");
        return List.of();
    }
}
