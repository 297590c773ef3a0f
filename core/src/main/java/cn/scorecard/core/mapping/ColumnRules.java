package cn.scorecard.core.mapping;

import cn.scorecard.core.io.RecordType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The records part of a profile: record types, column rules and step columns, checked against our format. */
final class ColumnRules {
    private ColumnRules() {
    }

    static RecordRule record(Fields f, Object o, String where, Map<String, ValueMap> maps) {
        Map<String, Object> m = f.map(o, where);
        f.onlyKeys(m, ProfileParser.recordKeys(), where);
        String typeName = f.text(m, "type", where, true);
        if (typeName == null) return null;
        RecordType type = RecordType.byName(typeName);
        if (type == null) {
            f.problem(where, "未知的记录类型 “" + typeName + "”（应为 案件、流程节点、法院 等表名之一）");
            return null;
        }
        where = where + "（" + type.label() + "）";
        List<ColumnRule> columns = new ArrayList<>();
        Set<String> mapped = new LinkedHashSet<>();
        for (Map.Entry<String, Object> e : f.map(m.get("columns"), where + ".columns").entrySet()) {
            String target = e.getKey().strip();
            String at = where + " 列 " + target;
            if (!ProfileParser.hasColumn(type, target)) {
                f.problem(at, "“" + type.label() + "” 没有此列（应为 " + String.join("、", type.headers()) + " 之一）");
                continue;
            }
            ColumnRule rule = column(f, target, e.getValue(), at, maps);
            if (rule != null) columns.add(rule);
            mapped.add(target);
        }
        StepColumns steps = m.containsKey("steps") ? steps(f, m.get("steps"), where + ".steps", type, mapped) : null;
        if (type != RecordType.CLERK_EVALUATIONS) {
            for (String h : type.headers()) {
                if (type.isRequired(h, null) && !mapped.contains(h)) f.problem(where, "必填列 “" + h + "” 没有来源");
            }
        }
        return new RecordRule(type, columns, steps);
    }

    private static ColumnRule column(Fields f, String target, Object v, String where, Map<String, ValueMap> maps) {
        if (v instanceof String || v instanceof List) {
            List<String> aliases = f.texts(v, where);
            return aliases.isEmpty() ? null : ColumnRule.from(target, aliases.toArray(String[]::new));
        }
        Map<String, Object> m = f.map(v, where);
        f.onlyKeys(m, ProfileParser.columnKeys(), where);
        List<List<String>> sources = new ArrayList<>();
        boolean from = m.containsKey("from");
        boolean join = m.containsKey("join");
        boolean constant = m.containsKey("constant");
        int kinds = (from ? 1 : 0) + (join ? 1 : 0) + (constant ? 1 : 0);
        if (kinds > 1 || kinds == 0 && !m.containsKey("default")) {
            f.problem(where, "应有且只有 from、join、constant 之一（或只给 default）");
        }
        if (from) {
            List<String> aliases = f.texts(m.get("from"), where + ".from");
            if (aliases.isEmpty()) f.problem(where, "“from” 为空");
            sources.add(aliases);
        }
        if (join) {
            for (Object part : f.list(m.get("join"), where + ".join")) sources.add(f.texts(part, where + ".join"));
            if (sources.size() < 2) f.problem(where, "“join” 至少要有两列");
        }
        String separator = m.get("separator") instanceof String sep ? sep : null; // " " is a separator: not stripped
        if (m.containsKey("separator") && separator == null) f.problem(where, "“separator” 应为文字");
        if (separator != null && !join) f.problem(where, "“separator” 只用于 join（拆分请用 split）");
        ColumnRule.Split split = null;
        if (m.containsKey("split")) {
            Map<String, Object> s = f.map(m.get("split"), where + ".split");
            f.onlyKeys(s, Set.of("separator", "part"), where + ".split");
            Object sep = s.get("separator");
            int part = f.positive(s, "part", where + ".split", 0);
            if (!(sep instanceof String sepText) || sepText.isEmpty()) f.problem(where + ".split", "缺少 “separator”");
            else if (part == 0) f.problem(where + ".split", "缺少 “part”（第几部分，从 1 起）");
            else split = new ColumnRule.Split(sepText, part);
            if (!from) f.problem(where, "“split” 只用于 from");
        }
        String map = f.text(m, "map", where, false);
        if (map != null && !maps.containsKey(map)) f.problem(where, "未知的值映射 “" + map + "”（value_maps 中没有）");
        List<String> dates = dateFormats(f, m.get("date"), where);
        String constantValue = constant ? (m.get("constant") instanceof String s ? s.strip() : null) : null;
        if (constant && constantValue == null) f.problem(where, "“constant” 应为文字");
        String fallback = m.get("default") instanceof String s ? s.strip() : null;
        return new ColumnRule(target, sources, join ? (separator == null ? "" : separator) : null, split, constantValue,
                fallback, map, dates);
    }

    static List<String> dateFormats(Fields f, Object v, String where) {
        List<String> patterns = f.texts(v, where + ".date");
        for (String p : patterns) {
            if (!DateFormats.isValid(p)) f.problem(where, "无效的日期格式 “" + p + "”（例如 yyyyMMdd、yyyy.M.d H:mm）");
        }
        return patterns;
    }

    private static StepColumns steps(Fields f, Object o, String where, RecordType type, Set<String> mapped) {
        Map<String, Object> m = f.map(o, where);
        f.onlyKeys(m, ProfileParser.stepKeys(), where);
        String name = f.text(m, "name", where, true);
        String value = f.text(m, "value", where, true);
        for (String c : new String[] {name, value}) {
            if (c == null) continue;
            if (!ProfileParser.hasColumn(type, c)) f.problem(where, "“" + type.label() + "” 没有列 “" + c + "”");
            else if (!mapped.add(c)) f.problem(where, "列 “" + c + "” 已在 columns 中有来源");
        }
        List<StepColumns.StepColumn> columns = new ArrayList<>();
        for (Map.Entry<String, Object> e : f.map(m.get("columns"), where + ".columns").entrySet()) {
            String step = e.getValue() instanceof String s ? s.strip() : "";
            if (type == RecordType.STEPS && !ProfileParser.isStep(step)) {
                f.problem(where + " 列 " + e.getKey(), "“" + step + "” 不是流程节点的名称");
            }
            List<String> aliases = new ArrayList<>();
            for (String a : e.getKey().split("\\|")) {
                if (!a.isBlank()) aliases.add(a.strip());
            }
            columns.add(new StepColumns.StepColumn(aliases, step));
        }
        if (columns.isEmpty()) f.problem(where, "缺少 “columns”（哪些源列各成一行）");
        return new StepColumns(name, value, columns, dateFormats(f, m.get("date"), where));
    }
}
