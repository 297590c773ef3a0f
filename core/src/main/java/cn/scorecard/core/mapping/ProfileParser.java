package cn.scorecard.core.mapping;

import cn.scorecard.core.cases.StepType;
import cn.scorecard.core.io.RecordType;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads a profile from YAML (format: docs/import-profiles.md) and checks it completely before any file is
 * read with it: unknown keys, unknown record types and columns, required columns left unmapped, value maps
 * that do not exist, date patterns that do not parse, step names that are no step of ours. All problems are
 * thrown together.
 */
public final class ProfileParser {
    private static final Set<String> ROOT = ordered("name", "description", "value_maps", "sources");
    private static final Set<String> SOURCE = ordered("file", "sheet", "header_row", "skip_rows_starting_with", "records");
    private static final Set<String> RECORD = ordered("type", "columns", "steps");
    private static final Set<String> COLUMN = ordered("from", "join", "separator", "split", "constant", "default", "map", "date");
    private static final Set<String> STEPS = ordered("name", "value", "date", "columns");
    private static final Set<String> VALUE_MAP = ordered("values", "others");

    private ProfileParser() {
    }

    /** In the order written, so that a message lists the allowed keys as the format document does. */
    private static Set<String> ordered(String... keys) {
        return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(List.of(keys)));
    }

    public static MappingProfile parse(String yaml, String source) {
        return parse(new StringReader(yaml), source);
    }

    public static MappingProfile parse(Reader yaml, String source) {
        Object root;
        try {
            root = textOnlyYaml().load(yaml);
        } catch (YAMLException e) {
            throw new ProfileException(source, List.of("不是有效的 YAML：" + e.getMessage().lines().findFirst().orElse("")));
        }
        Fields f = new Fields();
        Map<String, Object> m = f.map(root, "配置");
        if (root == null) f.problem("配置", "内容为空");
        f.onlyKeys(m, ROOT, "配置");
        String name = f.text(m, "name", "配置", true);
        String description = f.text(m, "description", "配置", false);
        Map<String, ValueMap> maps = valueMaps(f, f.map(m.get("value_maps"), "value_maps"));
        List<SourceRule> sources = new ArrayList<>();
        List<Object> list = f.list(m.get("sources"), "sources");
        if (list.isEmpty()) f.problem("sources", "至少要有一个来源");
        for (int i = 0; i < list.size(); i++) sources.add(source(f, list.get(i), "来源 " + (i + 1), maps));
        if (!f.problems.isEmpty()) throw new ProfileException(source, f.problems);
        return new MappingProfile(name, description == null ? "" : description, maps, sources);
    }

    /** Every scalar as the text written: no implicit numbers, booleans or dates (0101 stays 0101). */
    static Yaml textOnlyYaml() {
        Resolver textOnly = new Resolver() {
            @Override
            protected void addImplicitResolvers() {
            }
        };
        DumperOptions dump = new DumperOptions();
        return new Yaml(new SafeConstructor(new LoaderOptions()), new Representer(dump), dump, textOnly);
    }

    private static Map<String, ValueMap> valueMaps(Fields f, Map<String, Object> m) {
        Map<String, ValueMap> out = new LinkedHashMap<>();
        m.forEach((name, v) -> {
            String where = "value_maps." + name;
            Map<String, Object> body = f.map(v, where);
            boolean keep = false;
            if (body.containsKey("values")) { // the long form, with a rule for other values
                f.onlyKeys(body, VALUE_MAP, where);
                String others = f.text(body, "others", where, false);
                if (others != null && !others.equals("keep") && !others.equals("error")) {
                    f.problem(where, "“others” 应为 keep 或 error，实为 “" + others + "”");
                }
                keep = "keep".equals(others);
                body = f.map(body.get("values"), where + ".values");
            }
            Map<String, String> values = new LinkedHashMap<>();
            body.forEach((k, val) -> {
                if (val instanceof String s) values.put(k.strip(), s.strip());
                else f.problem(where + "." + k, "映射的值应为文字");
            });
            out.put(name, new ValueMap(name, values, keep));
        });
        return out;
    }

    private static SourceRule source(Fields f, Object o, String where, Map<String, ValueMap> maps) {
        Map<String, Object> m = f.map(o, where);
        f.onlyKeys(m, SOURCE, where);
        String file = f.text(m, "file", where, true);
        String sheet = f.text(m, "sheet", where, false);
        int header = f.positive(m, "header_row", where, 0);
        List<String> skip = f.texts(m.get("skip_rows_starting_with"), where + ".skip_rows_starting_with");
        List<RecordRule> records = new ArrayList<>();
        List<Object> list = f.list(m.get("records"), where + ".records");
        if (list.isEmpty()) f.problem(where, "缺少 “records”（此来源产生哪些记录）");
        for (int i = 0; i < list.size(); i++) {
            RecordRule r = ColumnRules.record(f, list.get(i), where + " 记录 " + (i + 1), maps);
            if (r != null) records.add(r);
        }
        return new SourceRule(file == null ? "" : file, sheet, header, skip, records);
    }

    static Set<String> recordKeys() {
        return RECORD;
    }

    static Set<String> columnKeys() {
        return COLUMN;
    }

    static Set<String> stepKeys() {
        return STEPS;
    }

    /** Whether the text names one of our steps (流程节点's 节点 vocabulary). */
    static boolean isStep(String label) {
        return StepType.isKnown(label);
    }

    /** Whether the type has the column (书记员季度考评's part columns depend on the rule set: not checked here). */
    static boolean hasColumn(RecordType type, String column) {
        return type == RecordType.CLERK_EVALUATIONS || type.headers().contains(column);
    }
}
