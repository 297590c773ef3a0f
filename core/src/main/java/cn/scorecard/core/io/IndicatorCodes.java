package cn.scorecard.core.io;

import cn.scorecard.core.catalog.Catalog;
import cn.scorecard.core.catalog.CatalogSet;
import cn.scorecard.core.catalog.IndicatorNode;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.metric.MetricRegistry;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The indicator codes evidence may be given for: the leaves of the three levels' trees, in any catalog version
 * (an evidence row of 2017 may name a leaf that a later version dropped). A leaf of another level than the
 * court's is accepted and ignored by that court's evaluation (the demo province writes every documentary code
 * for every court); {@link #isLeaf(CourtLevel, String)} tells them apart.
 */
public final class IndicatorCodes {
    private static IndicatorCodes bundled;

    private final Map<CourtLevel, Set<String>> leaves = new EnumMap<>(CourtLevel.class);

    private IndicatorCodes() {
    }

    public static IndicatorCodes of(CatalogSet catalogs) {
        IndicatorCodes codes = new IndicatorCodes();
        for (CourtLevel level : CourtLevel.values()) {
            Set<String> set = new HashSet<>();
            for (String version : catalogs.versions()) {
                Catalog c = catalogs.get(version, level);
                for (IndicatorNode n : c.allNodes()) {
                    if (n.isLeaf()) set.add(n.code());
                }
            }
            codes.leaves.put(level, set);
        }
        return codes;
    }

    /** The codes of the bundled catalogs, loaded once. */
    public static synchronized IndicatorCodes bundled() {
        if (bundled == null) bundled = of(CatalogSet.bundled(MetricRegistry.bundled().ids()));
        return bundled;
    }

    public boolean isLeaf(CourtLevel level, String code) {
        return leaves.get(level).contains(code);
    }

    /** A leaf of any level's tree. */
    public boolean isLeaf(String code) {
        for (Set<String> set : leaves.values()) {
            if (set.contains(code)) return true;
        }
        return false;
    }
}
