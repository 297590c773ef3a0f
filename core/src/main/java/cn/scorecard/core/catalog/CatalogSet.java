package cn.scorecard.core.catalog;

import cn.scorecard.core.court.CourtLevel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * All catalog versions side by side, each with its three level trees. Versions are ordered naturally
 * ("2019" &lt; "2020" &lt; "2020b" &lt; "2021"); the latest is the greatest.
 *
 * <p>Besides the bundled versions, a directory laid out as {@code <dir>/<version>/{high,intermediate,basic}.yaml}
 * can be loaded, so that a court adds a new version (a new year's weights) without a code change.
 */
public final class CatalogSet {
    /** Natural order: runs of digits compare as numbers, the rest as text. */
    public static final Comparator<String> VERSION_ORDER = CatalogSet::compareVersions;

    private final TreeMap<String, Map<CourtLevel, Catalog>> byVersion;

    private CatalogSet(TreeMap<String, Map<CourtLevel, Catalog>> byVersion) {
        if (byVersion.isEmpty()) throw new IllegalArgumentException("没有任何指标体系版本");
        this.byVersion = byVersion;
    }

    /** The versions bundled in the jar (listed in {@code /catalog/versions.txt}). */
    public static CatalogSet bundled(Set<String> knownMetrics) {
        TreeMap<String, Map<CourtLevel, Catalog>> all = new TreeMap<>(VERSION_ORDER);
        for (String version : CatalogLoader.bundledVersions()) {
            Map<CourtLevel, Catalog> levels = new EnumMap<>(CourtLevel.class);
            for (CourtLevel level : CourtLevel.values()) {
                levels.put(level, CatalogLoader.loadResource(version, level, knownMetrics));
            }
            all.put(version, Collections.unmodifiableMap(levels));
        }
        return new CatalogSet(all);
    }

    /** Every sub-directory of {@code dir} is a version and must hold high.yaml, intermediate.yaml and basic.yaml. */
    public static CatalogSet fromDirectory(Path dir, Set<String> knownMetrics) {
        if (!Files.isDirectory(dir)) {
            throw new CatalogValidationException(dir.toString(), null, "目录不存在");
        }
        List<Path> versionDirs = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            entries.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .forEach(versionDirs::add);
        } catch (IOException e) {
            throw new CatalogValidationException(dir.toString(), null, "无法读取目录: " + e.getMessage(), e);
        }
        if (versionDirs.isEmpty()) {
            throw new CatalogValidationException(dir.toString(), null, "目录中没有版本子目录（<版本>/high.yaml …）");
        }
        TreeMap<String, Map<CourtLevel, Catalog>> all = new TreeMap<>(VERSION_ORDER);
        for (Path versionDir : versionDirs) {
            String version = versionDir.getFileName().toString();
            Map<CourtLevel, Catalog> levels = new EnumMap<>(CourtLevel.class);
            for (CourtLevel level : CourtLevel.values()) {
                Path file = versionDir.resolve(CatalogLoader.fileName(level));
                Catalog catalog = CatalogLoader.load(file, knownMetrics);
                levels.put(level, CatalogLoader.checkIdentity(catalog, file.toString(), version, level));
            }
            all.put(version, Collections.unmodifiableMap(levels));
        }
        return new CatalogSet(all);
    }

    /** The bundled versions plus those of a directory; a version present in both is an error. */
    public static CatalogSet bundledAndDirectory(Path dir, Set<String> knownMetrics) {
        return bundled(knownMetrics).plus(fromDirectory(dir, knownMetrics));
    }

    /** This set and another one side by side; a version present in both is an error. */
    public CatalogSet plus(CatalogSet other) {
        TreeMap<String, Map<CourtLevel, Catalog>> all = new TreeMap<>(VERSION_ORDER);
        all.putAll(byVersion);
        for (Map.Entry<String, Map<CourtLevel, Catalog>> e : other.byVersion.entrySet()) {
            if (all.containsKey(e.getKey())) {
                throw new IllegalArgumentException("指标体系版本 " + e.getKey() + " 重复：新版本请使用新的版本名");
            }
            all.put(e.getKey(), e.getValue());
        }
        return new CatalogSet(all);
    }

    /** The versions, oldest first. */
    public List<String> versions() {
        return List.copyOf(byVersion.keySet());
    }

    public boolean contains(String version) {
        return byVersion.containsKey(version);
    }

    public String latestVersion() {
        return byVersion.lastKey();
    }

    public Catalog get(String version, CourtLevel level) {
        Map<CourtLevel, Catalog> levels = byVersion.get(version);
        if (levels == null) {
            throw new IllegalArgumentException("未知的指标体系版本: " + version + "（已有: " + versions() + "）");
        }
        return levels.get(level);
    }

    /** The given level's tree in the latest version. */
    public Catalog latest(CourtLevel level) {
        return get(latestVersion(), level);
    }

    static int compareVersions(String a, String b) {
        int c = compareNatural(a, b);
        return c != 0 ? c : a.compareTo(b);
    }

    private static int compareNatural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) i++;
                while (j < b.length() && Character.isDigit(b.charAt(j))) j++;
                String na = a.substring(si, i).replaceFirst("^0+(?=.)", "");
                String nb = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
                int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
                if (c != 0) return c;
            } else {
                if (ca != cb) return Character.compare(ca, cb);
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
