package cn.scorecard.core.mapping;

import java.util.Map;

/**
 * Codes or words of a foreign system → values of our vocabularies (结案方式 {@code 0101} → 执行完毕, 本院 → the
 * court's code). A value the map does not hold is an error naming file, row, column and value, unless the map
 * keeps other values as they are (for a column whose values are mostly ours already).
 */
public record ValueMap(String name, Map<String, String> values, boolean keepOthers) {
    public ValueMap {
        values = Map.copyOf(values);
    }

    /** The mapped value, or null when the map has none (the caller reports it). */
    String apply(String raw) {
        String v = values.get(raw);
        if (v != null) return v;
        return keepOthers ? raw : null;
    }
}
