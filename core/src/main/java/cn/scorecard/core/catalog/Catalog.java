package cn.scorecard.core.catalog;

import cn.scorecard.core.court.CourtLevel;
import java.util.ArrayList;
import java.util.List;

/** One level's indicator tree in one catalog version. */
public record Catalog(String version, CourtLevel level, String title, List<IndicatorNode> areas,
                      CatalogSettings settings) {
    public Catalog {
        areas = List.copyOf(areas);
        settings = settings == null ? CatalogSettings.DEFAULTS : settings;
    }

    /** A tree with the default settings. */
    public Catalog(String version, CourtLevel level, String title, List<IndicatorNode> areas) {
        this(version, level, title, areas, CatalogSettings.DEFAULTS);
    }

    /** Every node, depth first. */
    public List<IndicatorNode> allNodes() {
        List<IndicatorNode> out = new ArrayList<>();
        for (IndicatorNode a : areas) collect(a, out);
        return out;
    }

    private static void collect(IndicatorNode n, List<IndicatorNode> out) {
        out.add(n);
        for (IndicatorNode c : n.children()) collect(c, out);
    }

    public IndicatorNode find(String code) {
        for (IndicatorNode n : allNodes()) {
            if (n.code().equals(code)) return n;
        }
        return null;
    }
}
