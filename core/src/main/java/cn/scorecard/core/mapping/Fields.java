package cn.scorecard.core.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Typed reads of the YAML tree of a profile. Every scalar arrives as text (see {@link ProfileParser}), so a
 * code such as {@code 0101} is never turned into the number 65; problems are collected with where they are.
 */
final class Fields {
    final List<String> problems = new ArrayList<>();

    void problem(String where, String message) {
        problems.add(where + "：" + message);
    }

    Map<String, Object> map(Object value, String where) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), v));
            return out;
        }
        if (value != null) problem(where, "应为键值映射");
        return Map.of();
    }

    /** A misspelt key must not leave a default silently in place. */
    void onlyKeys(Map<String, Object> m, Set<String> allowed, String where) {
        for (String key : m.keySet()) {
            if (!allowed.contains(key)) problem(where, "未知的键 “" + key + "”（允许：" + String.join("、", allowed) + "）");
        }
    }

    String text(Map<String, Object> m, String key, String where, boolean required) {
        Object v = m.get(key);
        if (v == null || v instanceof String s && s.isBlank() && required) {
            if (required) problem(where, "缺少 “" + key + "”");
            return null;
        }
        if (!(v instanceof String s)) {
            problem(where, "“" + key + "” 应为文字");
            return null;
        }
        return s.strip();
    }

    /** A text or a list of texts (several spellings of a header, several date formats). */
    List<String> texts(Object v, String where) {
        if (v == null) return List.of();
        if (v instanceof String s) return s.isBlank() ? List.of() : List.of(s.strip());
        if (v instanceof List<?> list) {
            List<String> out = new ArrayList<>();
            for (Object o : list) {
                if (o instanceof String s && !s.isBlank()) out.add(s.strip());
                else problem(where, "列表中应为文字，实为 “" + o + "”");
            }
            return out;
        }
        problem(where, "应为文字或文字列表");
        return List.of();
    }

    List<Object> list(Object v, String where) {
        if (v instanceof List<?> l) return new ArrayList<>(l);
        if (v != null) problem(where, "应为列表");
        return List.of();
    }

    int positive(Map<String, Object> m, String key, String where, int absent) {
        String t = text(m, key, where, false);
        if (t == null) return absent;
        try {
            int n = Integer.parseInt(t);
            if (n >= 1) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(where, "“" + key + "” 应为正整数，实为 “" + t + "”");
        return absent;
    }

    boolean flag(Map<String, Object> m, String key, String where) {
        String t = text(m, key, where, false);
        if (t == null) return false;
        if (t.equals("true") || t.equals("是")) return true;
        if (!t.equals("false") && !t.equals("否")) problem(where, "“" + key + "” 应为 true 或 false，实为 “" + t + "”");
        return false;
    }
}
