package cn.scorecard.core.catalog;

import cn.scorecard.core.court.CourtLevel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Loads indicator catalogs from YAML (schema: docs/indicators.md and the bundled
 * {@code /catalog/<version>/<level>.yaml} files) and validates them; any problem is a
 * {@link CatalogValidationException} naming the file and the indicator code.
 *
 * <p>{@code knownMetrics} is the set of metric ids the engine can compute: every COMPUTED leaf, and every other
 * leaf that names a metric, must name one of them.
 */
public final class CatalogLoader {
    /** Classpath folder of the bundled catalogs. */
    public static final String RESOURCE_ROOT = "/catalog/";
    /** The index of bundled versions, one a line ({@code #} starts a comment). */
    public static final String VERSIONS_RESOURCE = RESOURCE_ROOT + "versions.txt";

    private CatalogLoader() {
    }

    /** The file name of one level's tree inside a version folder: {@code high.yaml}, {@code intermediate.yaml}, {@code basic.yaml}. */
    public static String fileName(CourtLevel level) {
        return level.name().toLowerCase(Locale.ROOT) + ".yaml";
    }

    /** Loads and validates one file. */
    public static Catalog load(Path file, Set<String> knownMetrics) {
        String label = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new CatalogValidationException(label, null, "文件不存在");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CatalogYamlReader.read(label, reader, knownMetrics);
        } catch (IOException e) {
            throw new CatalogValidationException(label, null, "无法读取: " + e.getMessage(), e);
        }
    }

    /** Loads a bundled catalog from the classpath ({@code /catalog/<version>/<level>.yaml}). */
    public static Catalog loadResource(String version, CourtLevel level, Set<String> knownMetrics) {
        String resource = RESOURCE_ROOT + version + "/" + fileName(level);
        String label = "classpath:" + resource;
        InputStream in = CatalogLoader.class.getResourceAsStream(resource);
        if (in == null) {
            throw new CatalogValidationException(label, null, "没有内置的指标体系版本 " + version + "（" + level.label() + "）");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return checkIdentity(CatalogYamlReader.read(label, reader, knownMetrics), label, version, level);
        } catch (IOException e) {
            throw new CatalogValidationException(label, null, "无法读取: " + e.getMessage(), e);
        }
    }

    /** The bundled versions, as listed in {@code /catalog/versions.txt}. */
    public static List<String> bundledVersions() {
        InputStream in = CatalogLoader.class.getResourceAsStream(VERSIONS_RESOURCE);
        if (in == null) {
            throw new CatalogValidationException("classpath:" + VERSIONS_RESOURCE, null, "文件不存在");
        }
        List<String> versions = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int hash = line.indexOf('#');
                String v = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (v.isEmpty()) continue;
                if (versions.contains(v)) {
                    throw new CatalogValidationException("classpath:" + VERSIONS_RESOURCE, null, "版本重复: " + v);
                }
                versions.add(v);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(versions);
    }

    /** The file must say the version and level it is filed under. */
    static Catalog checkIdentity(Catalog catalog, String label, String version, CourtLevel level) {
        if (!catalog.version().equals(version)) {
            throw new CatalogValidationException(label, null,
                    "文件中的 version 为 " + catalog.version() + "，但它位于版本 " + version + " 的目录中");
        }
        if (catalog.level() != level) {
            throw new CatalogValidationException(label, null,
                    "文件中的 level 为 " + catalog.level() + "，但文件名对应 " + level);
        }
        return catalog;
    }
}
