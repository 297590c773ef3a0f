package cn.scorecard.core.metric;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The declarations of rules/metrics.yaml, read strictly: an unknown key, a missing field or an unknown record kind
 * is an error naming the file, the metric and the field.
 */
public final class MetricDefinitions {
    static final String BUNDLED = "/rules/metrics.yaml";
    private static final Set<String> KEYS = Set.of("name", "numerator", "denominator", "formula", "records",
            "denominatorRecords", "direction", "reads", "parameters", "evidence");
    private final Map<String, MetricDefinition> byId;

    private MetricDefinitions(Map<String, MetricDefinition> byId) {
        this.byId = byId;
    }

    public static MetricDefinitions bundled() {
        InputStream in = MetricDefinitions.class.getResourceAsStream(BUNDLED);
        if (in == null) throw new IllegalStateException("缺少 " + BUNDLED);
        return parse("rules/metrics.yaml", new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    public static MetricDefinitions parse(String file, Reader text) {
        Object root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            root = new Yaml(new SafeConstructor(options)).load(text);
        } catch (YAMLException e) {
            throw new IllegalArgumentException(file + ": YAML 无法解析: " + e.getMessage(), e);
        }
        if (!(root instanceof Map<?, ?> top)) throw new IllegalArgumentException(file + ": 应为以指标 id 为键的映射");
        Map<String, MetricDefinition> byId = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : top.entrySet()) {
            String id = String.valueOf(e.getKey());
            byId.put(id, new Entry(file, id, e.getValue()).definition());
        }
        return new MetricDefinitions(byId);
    }

    /** The declaration of a metric; an error naming the file when there is none. */
    public MetricDefinition get(String id) {
        MetricDefinition d = byId.get(id);
        if (d == null) throw new IllegalArgumentException("rules/metrics.yaml: 缺少指标 " + id + " 的定义");
        return d;
    }

    public Set<String> ids() {
        return byId.keySet();
    }

    public List<MetricDefinition> all() {
        return List.copyOf(byId.values());
    }

    /** One metric's entry, checked field by field. */
    private record Entry(String file, String id, Object raw) {
        MetricDefinition definition() {
            if (!(raw instanceof Map<?, ?> fields)) throw fail(null, "应为映射");
            for (Object key : fields.keySet()) {
                if (!KEYS.contains(String.valueOf(key))) throw fail(String.valueOf(key), "未知的字段");
            }
            String direction = text(fields, "direction", false);
            if (direction != null && !direction.equals("higher") && !direction.equals("lower")) {
                throw fail("direction", "应为 higher 或 lower: " + direction);
            }
            return new MetricDefinition(id, text(fields, "name", true), text(fields, "numerator", true),
                    text(fields, "denominator", false), text(fields, "formula", false),
                    kind(fields, "records", true), kind(fields, "denominatorRecords", false),
                    !"lower".equals(direction), reads(fields), parameters(fields), evidence(fields));
        }

        private String text(Map<?, ?> fields, String key, boolean required) {
            Object v = fields.get(key);
            if (v == null || String.valueOf(v).isBlank()) {
                if (required) throw fail(key, "必填");
                return null;
            }
            if (v instanceof Map || v instanceof List) throw fail(key, "应为文字");
            return String.valueOf(v).trim();
        }

        private RecordKind kind(Map<?, ?> fields, String key, boolean required) {
            String v = text(fields, key, required);
            if (v == null) return null;
            try {
                return RecordKind.valueOf(v);
            } catch (IllegalArgumentException e) {
                throw fail(key, "未知的记录类型: " + v);
            }
        }

        private Map<String, Double> parameters(Map<?, ?> fields) {
            Object v = fields.get("parameters");
            if (v == null) return Map.of();
            if (!(v instanceof Map<?, ?> map)) throw fail("parameters", "应为映射（名称: 数值）");
            Map<String, Double> out = new java.util.LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getValue() instanceof Number n)) throw fail("parameters." + e.getKey(), "应为数值: " + e.getValue());
                out.put(String.valueOf(e.getKey()), n.doubleValue());
            }
            return out;
        }

        private List<String> evidence(Map<?, ?> fields) {
            Object v = fields.get("evidence");
            if (v == null) return List.of();
            if (!(v instanceof List<?> list) || list.isEmpty()) throw fail("evidence", "应为指标代码的列表");
            List<String> out = new ArrayList<>();
            for (Object o : list) {
                String code = String.valueOf(o).trim();
                if (!code.matches("[A-Z][0-9]+(\\.[0-9A-Za-z]+)*")) throw fail("evidence", "不是指标代码: " + o);
                out.add(code);
            }
            return out;
        }

        private List<String> reads(Map<?, ?> fields) {
            Object v = fields.get("reads");
            if (!(v instanceof List<?> list) || list.isEmpty()) throw fail("reads", "应列出读取的数据");
            List<String> out = new ArrayList<>();
            for (Object o : list) out.add(String.valueOf(o));
            return out;
        }

        private IllegalArgumentException fail(String field, String message) {
            return new IllegalArgumentException(file + ": 指标 " + id + (field == null ? "" : " 的 " + field) + " " + message);
        }
    }
}
