package cn.scorecard.app.cli;

import cn.scorecard.core.catalog.Catalog;
import cn.scorecard.core.catalog.CatalogSet;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.metric.MetricRegistry;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/** Loads the bundled catalogs (plus a directory of court-made versions) for the commands. */
final class Catalogs {
    private Catalogs() {
    }

    static CatalogSet load(MetricRegistry registry, Path extraDir) {
        return extraDir == null ? CatalogSet.bundled(registry.ids())
                : CatalogSet.bundledAndDirectory(extraDir, registry.ids());
    }

    static Map<CourtLevel, Catalog> forVersion(CatalogSet set, String version) {
        String v = version == null ? set.latestVersion() : version;
        Map<CourtLevel, Catalog> out = new EnumMap<>(CourtLevel.class);
        for (CourtLevel level : CourtLevel.values()) out.put(level, set.get(v, level));
        return out;
    }
}
