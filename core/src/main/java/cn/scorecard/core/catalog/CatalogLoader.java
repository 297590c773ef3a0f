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
import java.time.LocalDate;
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
        return bundledEditions().stream().map(BundledEdition::version).toList();
    }

    /**
     * A bundled version with the dates it is in force: {@code /catalog/versions.txt} lines are
     * {@code <version> <from> [<to>]} (ISO dates); a line without dates is in force from 2016-01-01.
     */
    public record BundledEdition(String version, LocalDate from, LocalDate to) {
    }

    /** Parses a catalog given as text (an uploaded file, a stored version) and checks its version and level. */
    public static Catalog parse(String label, String text, String version, CourtLevel level, Set<String> knownMetrics) {
        return checkIdentity(CatalogYamlReader.read(label, new java.io.StringReader(text), knownMetrics), label,
                version, level);
    }

    /** Parses a catalog given as text without expecting a version or level (a proposed version being checked). */
    public static Catalog parse(String label, String text, Set<String> knownMetrics) {
        return CatalogYamlReader.read(label, new java.io.StringReader(text), knownMetrics);
    }

    /** The YAML text of a bundled catalog file, as shipped. */
    public static String resourceText(String version, CourtLevel level) {
        String resource = RESOURCE_ROOT + version + "/" + fileName(level);
        try (InputStream in = CatalogLoader.class.getResourceAsStream(resource)) {
            if (in == null) throw new CatalogValidationException("classpath:" + resource, null, "文件不存在");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled versions with their effective dates, oldest first. */
    public static List<BundledEdition> bundledEditions() {
        InputStream in = CatalogLoader.class.getResourceAsStream(VERSIONS_RESOURCE);
        if (in == null) {
            throw new CatalogValidationException("classpath:" + VERSIONS_RESOURCE, null, "文件不存在");
        }
        List<BundledEdition> editions = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int lineNo = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNo++;
                int hash = line.indexOf('#');
                String v = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (v.isEmpty()) continue;
                String[] parts = v.split("\\s+");
                if (editions.stream().anyMatch(e -> e.version().equals(parts[0]))) {
                    throw new CatalogValidationException("classpath:" + VERSIONS_RESOURCE, null, "版本重复: " + parts[0]);
                }
                try {
                    LocalDate from = parts.length > 1 ? LocalDate.parse(parts[1]) : LocalDate.of(2016, 1, 1);
                    LocalDate to = parts.length > 2 ? LocalDate.parse(parts[2]) : null;
                    editions.add(new BundledEdition(parts[0], from, to));
                } catch (java.time.format.DateTimeParseException e) {
                    throw new CatalogValidationException("classpath:" + VERSIONS_RESOURCE, null,
                            "第 " + lineNo + " 行的日期不是 yyyy-MM-dd: " + v, e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(editions);
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
