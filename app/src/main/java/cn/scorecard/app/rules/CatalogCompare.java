package cn.scorecard.app.rules;

import cn.scorecard.core.catalog.Catalog;
import cn.scorecard.core.catalog.IndicatorNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Two versions of a level's tree side by side: every indicator of either, its weight, target and rule in each. */
final class CatalogCompare {
    private CatalogCompare() {
    }

    /** One indicator in the two versions (a side is null when that version does not have it). */
    record Row(String code, int depth, String name, Side a, Side b) {
        public boolean changed() {
            return !Objects.equals(a, b);
        }
    }

    /** What the comparison shows of a node. */
    record Side(String name, double weight, String rule, Double target, Double required) {
        static Side of(IndicatorNode n) {
            boolean leaf = n.isLeaf();
            return new Side(n.name(), n.weight(), leaf ? n.scoring().rule().name() : "WEIGHTED",
                    leaf && n.scoring().target() > 0 ? n.scoring().target() : null,
                    leaf && n.scoring().required() > 0 ? n.scoring().required() : null);
        }
    }

    static List<Row> rows(Catalog a, Catalog b) {
        Map<String, IndicatorNode> inB = new LinkedHashMap<>();
        for (IndicatorNode n : b.allNodes()) inB.put(n.code(), n);
        List<Row> out = new ArrayList<>();
        for (IndicatorNode n : a.allNodes()) {
            IndicatorNode m = inB.remove(n.code());
            out.add(new Row(n.code(), depth(n.code()), n.name(), Side.of(n), m == null ? null : Side.of(m)));
        }
        for (IndicatorNode m : inB.values()) out.add(new Row(m.code(), depth(m.code()), m.name(), null, Side.of(m)));
        return out;
    }

    static long changes(List<Row> rows) {
        return rows.stream().filter(Row::changed).count();
    }

    private static int depth(String code) {
        return (int) code.chars().filter(c -> c == '.').count();
    }
}
