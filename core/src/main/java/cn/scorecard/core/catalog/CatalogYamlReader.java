package cn.scorecard.core.catalog;

import cn.scorecard.core.court.CourtLevel;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads one catalog YAML file into a {@link Catalog}: plain maps via SafeConstructor, every key checked
 * (an unknown key is an error so that a typo cannot pass), each node checked on its own by {@link NodeRules}.
 * Checks across nodes (weight sums, unique codes) are {@link CatalogValidator}'s.
 */
final class CatalogYamlReader {
    static final Set<String> TOP_KEYS = Set.of("version", "level", "title", "source", "areas", "settings");
    static final Set<String> NODE_KEYS = Set.of("code", "name", "weight", "requirement", "definition", "kind",
            "metric", "rule", "target", "required", "direction", "years", "noCasesFullMarks", "evidenceFallback", "applies", "note",
            "children");

    private final String file;
    private final NodeRules rules;
    /** The named targets of the file's settings (a node's target may be 绝大部分 or 大部分). */
    private Map<String, Double> thresholds = CatalogSettings.DEFAULT_THRESHOLDS;

    private CatalogYamlReader(String file, Set<String> knownMetrics) {
        this.file = file;
        this.rules = new NodeRules(file, knownMetrics);
    }

    /** Parses and validates; {@code file} is only used in messages. */
    static Catalog read(String file, Reader text, Set<String> knownMetrics) {
        Object root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            root = new Yaml(new SafeConstructor(options)).load(text);
        } catch (YAMLException e) {
            throw new CatalogValidationException(file, null, "YAML 无法解析: " + e.getMessage(), e);
        }
        Catalog catalog = new CatalogYamlReader(file, knownMetrics).catalog(root);
        CatalogValidator.validate(file, catalog);
        return catalog;
    }

    private Catalog catalog(Object root) {
        Map<String, Object> top = map(root, null, "文件内容");
        checkKeys(top, TOP_KEYS, null);
        String version = scalar(top, "version", null, true);
        String levelText = scalar(top, "level", null, true);
        CourtLevel level;
        try {
            level = CourtLevel.parse(levelText);
        } catch (IllegalArgumentException e) {
            throw new CatalogValidationException(file, null, "level 不是 HIGH / INTERMEDIATE / BASIC: " + levelText);
        }
        String title = scalar(top, "title", null, true);
        scalar(top, "source", null, false);
        CatalogSettings settings = CatalogSettings.read(top.get("settings"), file);
        thresholds = settings.thresholds();
        List<IndicatorNode> areas = nodes(top.get("areas"), null, "areas");
        if (areas.isEmpty()) throw new CatalogValidationException(file, null, "areas 为空");
        return new Catalog(version, level, title, areas, settings);
    }

    private List<IndicatorNode> nodes(Object value, String parentCode, String where) {
        if (value == null) {
            throw new CatalogValidationException(file, parentCode, "缺少 " + where);
        }
        if (!(value instanceof List<?> list)) {
            throw new CatalogValidationException(file, parentCode, where + " 应为列表");
        }
        List<IndicatorNode> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String position = (parentCode == null ? "" : parentCode + " 的 ") + where + "[" + (i + 1) + "]";
            out.add(node(map(list.get(i), parentCode, position), position));
        }
        return out;
    }

    private IndicatorNode node(Map<String, Object> raw, String position) {
        Object codeValue = raw.get("code");
        String code = codeValue == null ? position : codeValue.toString().trim();
        checkKeys(raw, NODE_KEYS, code);
        scalar(raw, "code", code, true);
        String name = scalar(raw, "name", code, true);
        List<IndicatorNode> children = raw.containsKey("children")
                ? nodes(raw.get("children"), code, "children") : List.of();
        if (raw.containsKey("children") && children.isEmpty()) {
            throw new CatalogValidationException(file, code, "children 为空：叶子指标不写 children");
        }
        return rules.build(code, name, raw, children, this);
    }

    // ---- small typed accessors, shared with NodeRules -------------------------------------------------

    Map<String, Object> map(Object value, String code, String what) {
        if (!(value instanceof Map<?, ?> m)) {
            throw new CatalogValidationException(file, code, what + " 应为键值映射");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    void checkKeys(Map<String, Object> raw, Set<String> allowed, String code) {
        Set<String> unknown = new TreeSet<>(raw.keySet());
        unknown.removeAll(allowed);
        if (!unknown.isEmpty()) {
            throw new CatalogValidationException(file, code, "未知的键 " + unknown + "（允许的键: " + new TreeSet<>(allowed) + "）");
        }
    }

    String scalar(Map<String, Object> raw, String key, String code, boolean required) {
        Object v = raw.get(key);
        if (v == null) {
            if (required) throw new CatalogValidationException(file, code, "缺少 " + key);
            return null;
        }
        if (v instanceof Map || v instanceof List) {
            throw new CatalogValidationException(file, code, key + " 应为文本");
        }
        String s = v.toString().trim();
        if (s.isEmpty() && required) throw new CatalogValidationException(file, code, key + " 为空");
        return s.isEmpty() ? null : s;
    }

    Double number(Map<String, Object> raw, String key, String code) {
        Object v = raw.get(key);
        if (v == null) return null;
        if (key.equals("target") && v instanceof String name) {
            Double named = thresholds.get(name);
            if (named == null) {
                throw new CatalogValidationException(file, code, "target 应为数字或 settings.thresholds 中的名称 "
                        + thresholds.keySet() + ": " + v);
            }
            return named;
        }
        if (!(v instanceof Number n)) {
            throw new CatalogValidationException(file, code, key + " 应为数字: " + v);
        }
        return n.doubleValue();
    }
}
