package cn.scorecard.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.scorecard.core.court.CourtLevel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CatalogLoaderTest {

    @ParameterizedTest
    @EnumSource(CourtLevel.class)
    void bundledCatalogsLoadAndValidate(CourtLevel level) {
        Catalog catalog = CatalogLoader.loadResource("2019", level, KnownMetrics.ALL);

        assertThat(catalog.version()).isEqualTo("2019");
        assertThat(catalog.level()).isEqualTo(level);
        assertThat(catalog.title()).endsWith("·" + level.label() + "人民法院");
        assertThat(catalog.areas().stream().mapToDouble(IndicatorNode::weight).sum()).isEqualTo(100.0);
        for (IndicatorNode n : catalog.allNodes()) {
            if (n.isLeaf()) {
                assertThat(n.kind()).as(n.code()).isNotEqualTo(IndicatorKind.GROUP);
                assertThat(NodeRules.rulesFor(n.kind())).as(n.code()).contains(n.scoring().rule());
                if (n.kind() == IndicatorKind.COMPUTED) assertThat(n.metric()).as(n.code()).isIn(KnownMetrics.ALL);
            } else {
                assertThat(n.kind()).as(n.code()).isEqualTo(IndicatorKind.GROUP);
                assertThat(n.scoring()).as(n.code()).isEqualTo(Scoring.weighted());
                assertThat(n.children().stream().mapToDouble(IndicatorNode::weight).sum())
                        .as(n.code()).isCloseTo(100.0, org.assertj.core.data.Offset.offset(1e-9));
            }
        }
    }

    @Test
    void scoringParametersAreMappedFromYaml() {
        Catalog high = CatalogLoader.loadResource("2019", CourtLevel.HIGH, KnownMetrics.ALL);
        Catalog mid = CatalogLoader.loadResource("2019", CourtLevel.INTERMEDIATE, KnownMetrics.ALL);
        Catalog basic = CatalogLoader.loadResource("2019", CourtLevel.BASIC, KnownMetrics.ALL);

        assertThat(basic.find("B1.01.2").metric()).isEqualTo("preservation_start_within_5_days");
        assertThat(basic.find("B1.01.2").scoring().rule()).isEqualTo(ScoringRule.SHARE);
        assertThat(mid.find("I1.09.1").scoring())
                .isEqualTo(new Scoring(ScoringRule.MIN_YEARS_TARGET, 0.9, 0, true, 3, false));
        assertThat(mid.find("I1.08.1").scoring().higherIsBetter()).isFalse();
        assertThat(mid.find("I3.01.3").scoring().noCasesFullMarks()).isTrue();
        assertThat(high.find("H2.01.3").scoring().noCasesFullMarks()).isFalse();
        assertThat(high.find("H1.04.2").scoring()).isEqualTo(new Scoring(ScoringRule.FREQUENCY, 0, 10, true, 0, false));
        assertThat(high.find("H2.05.3.a").applicability()).isEqualTo(Applicability.KEY_CITY_ONLY);
        assertThat(high.find("H2.05.3.b").applicability()).isEqualTo(Applicability.ALWAYS);
        assertThat(mid.find("I4.06").applicability()).isEqualTo(Applicability.NOT_MUNICIPALITY);
        assertThat(basic.find("B3.06").applicability()).isEqualTo(Applicability.NOT_MUNICIPALITY);
        assertThat(high.find("H4").kind()).isEqualTo(IndicatorKind.SUBORDINATE_MEAN);
        assertThat(high.find("H4").scoring().rule()).isEqualTo(ScoringRule.SUBORDINATE_MEAN);
        assertThat(mid.find("I6").kind()).isEqualTo(IndicatorKind.SUBORDINATE_MEAN);
        assertThat(basic.find("B3.01.7.b").scoring())
                .isEqualTo(new Scoring(ScoringRule.PEER, 0, 0, false, 0, false));
    }

    @Test
    void everyKnownMetricIsUsedSomewhere() {
        Set<String> used = new HashSet<>();
        for (CourtLevel level : CourtLevel.values()) {
            CatalogLoader.loadResource("2019", level, KnownMetrics.ALL).allNodes().forEach(n -> {
                if (n.metric() != null) used.add(n.metric());
            });
        }
        Set<String> unused = new java.util.TreeSet<>(KnownMetrics.ALL);
        unused.removeAll(used);
        // the two metrics of the core targets “三个90%、一个80%” only, which no catalog names
        assertThat(unused).containsExactly("overall_closure_rate", "petition_conclusion_rate");
    }

    @Test
    void bundledVersionsAndSet() {
        assertThat(CatalogLoader.bundledVersions()).containsExactly("2016", "2019");
        assertThat(CatalogLoader.bundledEditions()).containsExactly(
                new CatalogLoader.BundledEdition("2016", java.time.LocalDate.of(2016, 1, 1), java.time.LocalDate.of(2018, 12, 31)),
                new CatalogLoader.BundledEdition("2019", java.time.LocalDate.of(2019, 1, 1), null));
        CatalogSet set = CatalogSet.bundled(KnownMetrics.ALL);
        assertThat(set.versions()).containsExactly("2016", "2019");
        assertThat(set.get("2016", CourtLevel.BASIC).find("B1").weight()).isEqualTo(30.0);
        assertThat(set.latestVersion()).isEqualTo("2019");
        assertThat(set.get("2019", CourtLevel.BASIC).find("B1").name()).isEqualTo("规范执行");
        assertThat(set.latest(CourtLevel.HIGH).level()).isEqualTo(CourtLevel.HIGH);
        assertThatThrownBy(() -> set.get("1999", CourtLevel.HIGH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1999");
    }

    @Test
    void unknownBundledVersionIsReported() {
        assertThatThrownBy(() -> CatalogLoader.loadResource("1999", CourtLevel.HIGH, KnownMetrics.ALL))
                .isInstanceOf(CatalogValidationException.class)
                .hasMessageContaining("classpath:/catalog/1999/high.yaml");
    }

    /** A court adds a version (new weights) as files in a directory, next to the bundled ones. */
    @Test
    void directoryAddsAVersion() throws IOException {
        Path dir = Path.of("target", "catalog-dir-test");
        deleteTree(dir);
        for (String version : new String[] {"2024", "2024b"}) {
            Files.createDirectories(dir.resolve(version));
            for (CourtLevel level : CourtLevel.values()) {
                String text = bundledText(level).replace("version: \"2019\"", "version: \"" + version + "\"");
                if (level == CourtLevel.BASIC) {
                    // new weights: 规范执行 35, 执行质效 45
                    text = text.replace("    name: 规范执行\n    weight: 40", "    name: 规范执行\n    weight: 35")
                            .replace("    name: 执行质效\n    weight: 40", "    name: 执行质效\n    weight: 45");
                }
                Files.writeString(dir.resolve(version).resolve(CatalogLoader.fileName(level)), text);
            }
        }
        Files.writeString(dir.resolve("README.txt"), "not a version");

        CatalogSet set = CatalogSet.bundledAndDirectory(dir, KnownMetrics.ALL);

        assertThat(set.versions()).containsExactly("2016", "2019", "2024", "2024b");
        assertThat(set.latestVersion()).isEqualTo("2024b");
        assertThat(set.get("2024", CourtLevel.BASIC).find("B1").weight()).isEqualTo(35.0);
        assertThat(set.get("2024", CourtLevel.BASIC).find("B4").weight()).isEqualTo(45.0);
        assertThat(set.get("2019", CourtLevel.BASIC).find("B1").weight()).isEqualTo(40.0);
        assertThatThrownBy(() -> set.plus(CatalogSet.fromDirectory(dir, KnownMetrics.ALL)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2024");

        // a version folder missing a level, and a file filed under the wrong version
        Files.delete(dir.resolve("2024b").resolve("basic.yaml"));
        assertThatThrownBy(() -> CatalogSet.fromDirectory(dir, KnownMetrics.ALL))
                .isInstanceOf(CatalogValidationException.class)
                .hasMessageContaining("basic.yaml").hasMessageContaining("文件不存在");
        Files.writeString(dir.resolve("2024b").resolve("basic.yaml"), bundledText(CourtLevel.BASIC));
        assertThatThrownBy(() -> CatalogSet.fromDirectory(dir, KnownMetrics.ALL))
                .isInstanceOf(CatalogValidationException.class)
                .hasMessageContaining("basic.yaml").hasMessageContaining("2019").hasMessageContaining("2024b");
        deleteTree(dir);
    }

    @Test
    void versionOrderIsNatural() {
        assertThat(CatalogSet.compareVersions("2019", "2020")).isNegative();
        assertThat(CatalogSet.compareVersions("2020", "2020b")).isNegative();
        assertThat(CatalogSet.compareVersions("2020b", "2021")).isNegative();
        assertThat(CatalogSet.compareVersions("v9", "v10")).isNegative();
        assertThat(CatalogSet.compareVersions("2019", "2019")).isZero();
        assertThat(CatalogSet.compareVersions("2019", "02019")).isNotZero();
    }

    static String bundledText(CourtLevel level) throws IOException {
        try (InputStream in = CatalogLoaderTest.class.getResourceAsStream(
                "/catalog/2019/" + CatalogLoader.fileName(level))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
