package cn.scorecard.app.rules;

import cn.scorecard.app.web.Messages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

/**
 * A catalog file's tree edited as data: the new version's name, and the weights, targets and required counts
 * given per indicator code. The result is validated by the same reader as at start-up before anything is stored.
 */
final class CatalogYamlEdit {
    /** The fields a form may change, by their YAML key. */
    static final List<String> FIELDS = List.of("weight", "target", "required");

    private CatalogYamlEdit() {
    }

    /**
     * The text with {@code version} set and each {@code edits} entry ("weight:B1.01" → "35") applied; an edit of an
     * unknown code or a value that is not a number is a {@link RuleEditException} naming the node and the field.
     */
    static String apply(String text, String version, Map<String, String> edits) {
        Map<String, Object> root = load(text);
        root.put("version", version);
        Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
        collect(root.get("areas"), nodes);
        for (Map.Entry<String, String> e : edits.entrySet()) {
            int colon = e.getKey().indexOf(':');
            String field = e.getKey().substring(0, colon);
            String code = e.getKey().substring(colon + 1);
            Map<String, Object> node = nodes.get(code);
            if (node == null) throw new RuleEditException(code, field, Messages.text("rules.edit.noIndicator"));
            String value = e.getValue() == null ? "" : e.getValue().strip();
            if (value.isEmpty() || value.equals(String.valueOf(node.get(field)))) continue; // unchanged
            double number;
            try {
                number = Double.parseDouble(value);
            } catch (NumberFormatException ex) {
                if (field.equals("target") && node.containsKey(field)) { // a named threshold (大部分), checked by the reader
                    node.put(field, value);
                    continue;
                }
                throw new RuleEditException(code, field, Messages.text("rules.edit.notNumber", value));
            }
            if (!node.containsKey(field) && !field.equals("weight")) {
                throw new RuleEditException(code, field, Messages.text("rules.edit.unusedField", field));
            }
            Object old = node.get(field);
            if (old instanceof Number n && n.doubleValue() == number) continue;
            node.put(field, number == Math.rint(number) && !field.equals("target") ? (Object) (long) number : number);
        }
        return dump(root);
    }

    /** The fields a form shows per code (in file order): the editable values as they are. */
    static Map<String, Map<String, Object>> fields(String text) {
        Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
        collect(load(text).get("areas"), nodes);
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        nodes.forEach((code, node) -> {
            Map<String, Object> f = new LinkedHashMap<>();
            for (String k : FIELDS) if (node.containsKey(k)) f.put(k, node.get(k));
            out.put(code, f);
        });
        return out;
    }

    /** The text with only its version changed (another level copied unchanged into a new version). */
    static String renamed(String text, String version) {
        return apply(text, version, Map.of());
    }

    @SuppressWarnings("unchecked")
    private static void collect(Object list, Map<String, Map<String, Object>> out) {
        if (!(list instanceof List<?> l)) return;
        for (Object o : l) {
            if (!(o instanceof Map<?, ?> m)) continue;
            Map<String, Object> node = (Map<String, Object>) m;
            out.put(String.valueOf(node.get("code")), node);
            collect(node.get("children"), out);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(String text) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        if (!(root instanceof Map<?, ?>)) throw new RuleEditException(null, null, Messages.text("rules.edit.notCatalog"));
        return (Map<String, Object>) root;
    }

    private static String dump(Map<String, Object> root) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setIndent(2);
        options.setIndicatorIndent(0);
        options.setWidth(200);
        options.setSplitLines(false);
        return new Yaml(new Representer(options), options).dump(root);
    }
}
