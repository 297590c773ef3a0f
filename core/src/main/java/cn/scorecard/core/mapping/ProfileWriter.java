package cn.scorecard.core.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes a profile as the YAML {@link ProfileParser} reads (a profile made on the mapping screen is stored and
 * downloaded as this text). The standard resolver quotes whatever another YAML reader would take for a number or
 * a boolean (0101, 是), so the file means the same everywhere.
 */
public final class ProfileWriter {
    private ProfileWriter() {
    }

    public static String write(MappingProfile p) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("name", p.name());
        if (!p.description().isEmpty()) root.put("description", p.description());
        if (!p.valueMaps().isEmpty()) {
            Map<String, Object> maps = new LinkedHashMap<>();
            p.valueMaps().values().stream().sorted((a, b) -> a.name().compareTo(b.name())).forEach(m -> {
                Map<String, Object> values = new LinkedHashMap<>(new java.util.TreeMap<>(m.values()));
                maps.put(m.name(), m.keepOthers() ? new LinkedHashMap<>(Map.of("values", values, "others", "keep")) : values);
            });
            root.put("value_maps", maps);
        }
        List<Object> sources = new ArrayList<>();
        for (SourceRule s : p.sources()) sources.add(source(s));
        root.put("sources", sources);
        DumperOptions o = new DumperOptions();
        o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        o.setAllowUnicode(true);
        o.setWidth(160);
        return new Yaml(o).dump(root);
    }

    private static Map<String, Object> source(SourceRule s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", s.file());
        if (s.sheet() != null) m.put("sheet", s.sheet());
        if (s.headerRow() > 0) m.put("header_row", String.valueOf(s.headerRow()));
        if (!s.skipPrefixes().isEmpty()) m.put("skip_rows_starting_with", s.skipPrefixes());
        List<Object> records = new ArrayList<>();
        for (RecordRule r : s.records()) {
            Map<String, Object> rec = new LinkedHashMap<>();
            rec.put("type", r.type().label());
            Map<String, Object> columns = new LinkedHashMap<>();
            for (ColumnRule c : r.columns()) columns.put(c.target(), column(c));
            rec.put("columns", columns);
            if (r.steps() != null) rec.put("steps", steps(r.steps()));
            records.add(rec);
        }
        m.put("records", records);
        return m;
    }

    private static Object column(ColumnRule c) {
        boolean plain = c.constant() == null && c.separator() == null && c.split() == null && c.fallback() == null
                && c.valueMap() == null && c.dateFormats().isEmpty() && c.sources().size() == 1;
        if (plain) return c.sources().get(0).size() == 1 ? c.sources().get(0).get(0) : c.sources().get(0);
        Map<String, Object> m = new LinkedHashMap<>();
        if (c.constant() != null) m.put("constant", c.constant());
        else if (c.separator() != null) {
            m.put("join", new ArrayList<>(c.sources().stream().map(a -> a.size() == 1 ? (Object) a.get(0) : a).toList()));
            if (!c.separator().isEmpty()) m.put("separator", c.separator());
        } else if (!c.sources().isEmpty()) {
            List<String> a = c.sources().get(0);
            m.put("from", a.size() == 1 ? a.get(0) : a);
        }
        if (c.split() != null) {
            Map<String, Object> split = new LinkedHashMap<>();
            split.put("separator", c.split().separator());
            split.put("part", String.valueOf(c.split().part()));
            m.put("split", split);
        }
        if (c.fallback() != null) m.put("default", c.fallback());
        if (c.valueMap() != null) m.put("map", c.valueMap());
        if (!c.dateFormats().isEmpty()) m.put("date", c.dateFormats().size() == 1 ? c.dateFormats().get(0) : c.dateFormats());
        return m;
    }

    private static Map<String, Object> steps(StepColumns s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.nameColumn());
        m.put("value", s.valueColumn());
        if (!s.dateFormats().isEmpty()) m.put("date", s.dateFormats().size() == 1 ? s.dateFormats().get(0) : s.dateFormats());
        Map<String, Object> columns = new LinkedHashMap<>();
        for (StepColumns.StepColumn c : s.columns()) columns.put(String.join("|", c.aliases()), c.value());
        m.put("columns", columns);
        return m;
    }
}
