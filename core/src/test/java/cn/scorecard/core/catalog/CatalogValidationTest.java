package cn.scorecard.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each file in catalog-bad/ is catalog-good/minimal.yaml with one defect; the error names file, code and defect. */
class CatalogValidationTest {
    static final Path GOOD = Path.of("src/test/resources/catalog-good/minimal.yaml");
    static final Path BAD = Path.of("src/test/resources/catalog-bad");

    @Test
    void theControlFileIsValid() {
        Catalog c = CatalogLoader.load(GOOD, KnownMetrics.ALL);
        assertThat(c.allNodes()).extracting(IndicatorNode::code)
                .containsExactly("B1", "B1.01", "B1.01.1", "B1.01.2", "B2", "B2.01", "B2.02");
    }

    @Test
    void weightsAddingTo90FailNamingFileAndCode() {
        CatalogValidationException e = catchThrowableOfType(CatalogValidationException.class,
                () -> CatalogLoader.load(BAD.resolve("weights-90.yaml"), KnownMetrics.ALL));
        assertThat(e.file()).endsWith("weights-90.yaml");
        assertThat(e.code()).isEqualTo("B1.01");
        assertThat(e.getMessage())
                .contains("weights-90.yaml", "B1.01", "权重之和为 90", "应为 100", "B1.01.1=50", "B1.01.2=40");
    }

    @Test
    void unknownMetricFailsNamingFileCodeAndMetric() {
        assertThatThrownBy(() -> CatalogLoader.load(BAD.resolve("unknown-metric.yaml"), KnownMetrics.ALL))
                .isInstanceOf(CatalogValidationException.class)
                .hasMessageContaining("unknown-metric.yaml")
                .hasMessageContaining("B1.01.2")
                .hasMessageContaining("未知的 metric: preservation_start_within_five_days");
    }

    @Test
    void unknownKeyFailsNamingFileCodeAndKey() {
        assertThatThrownBy(() -> CatalogLoader.load(BAD.resolve("unknown-key.yaml"), KnownMetrics.ALL))
                .isInstanceOf(CatalogValidationException.class)
                .hasMessageContaining("unknown-key.yaml")
                .hasMessageContaining("B2.01")
                .hasMessageContaining("未知的键 [weigth]");
    }

    @Test
    void aMetricIsOnlyKnownIfTheEngineSaysSo() {
        Set<String> withoutFulfilment = Set.of("preservation_start_within_5_days", "state_compensation_count");
        assertThatThrownBy(() -> CatalogLoader.load(GOOD, withoutFulfilment))
                .isInstanceOf(CatalogValidationException.class)
                .hasMessageContaining("B2.01").hasMessageContaining("fulfilment_rate");
    }

    /** fixture | code named in the error (- = none) | what the error says. */
    static final String CASES = """
            areas-90                   | -       | 一级指标权重之和为 90
            unknown-top-key            | -       | 未知的键 [sources]
            duplicate-code             | B2.01   | 指标代码重复
            duplicate-key              | -       | duplicate key rule
            target-as-percent          | B2.01   | 0 < target ≤ 1
            peer-without-direction     | B2.01   | rule PEER 需要 direction
            bad-direction              | B2.01   | direction 应为 higher 或 lower
            frequency-without-required | B2.02   | rule FREQUENCY 需要 required
            kind-rule-mismatch         | B1.01.1 | EVIDENCE 指标的 rule 应为 [MET] 之一，而不是 SHARE
            evidence-with-metric       | B1.01.1 | EVIDENCE 指标不读取 metric
            computed-without-metric    | B2.01   | COMPUTED 指标缺少 metric
            leaf-without-kind          | B1.01.1 | 叶子指标缺少 kind
            group-with-rule            | B1.01   | 有 children 的指标按 WEIGHTED 计分
            parameter-not-used         | B1.01.2 | rule SHARE 不使用 target
            wrong-level-prefix         | I2      | 一级指标代码应为 B 加序号
            child-code-outside-parent  | B2.03   | 代码应为上级代码 B1 加一段
            unknown-applies            | B2.02   | applies 的值未知: KEY_CITIES
            weight-as-text             | B2      | weight 应为数字: 40%
            syntax-error               | -       | YAML 无法解析
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = CASES)
    void badFixturesFailWithFileCodeAndReason(String fixture, String code, String reason) {
        Path file = BAD.resolve(fixture + ".yaml");
        CatalogValidationException e = catchThrowableOfType(CatalogValidationException.class,
                () -> CatalogLoader.load(file, KnownMetrics.ALL));
        assertThat(e).as(fixture + " must fail").isNotNull();
        assertThat(e.getMessage()).startsWith(file.toString() + ": ").contains(reason);
        assertThat(e.code()).isEqualTo(code);
        if (code != null) assertThat(e.getMessage()).contains("指标 " + code + ": ");
    }

    @Test
    void everyBadFixtureIsCovered() throws IOException {
        Set<String> tested = new java.util.TreeSet<>(Set.of("weights-90.yaml", "unknown-metric.yaml", "unknown-key.yaml"));
        CASES.lines().map(l -> l.split("\\|")[0].strip()).filter(s -> !s.isEmpty()).forEach(s -> tested.add(s + ".yaml"));
        try (Stream<Path> files = Files.list(BAD)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(tested);
        }
    }

    @Test
    void missingFileIsReported() {
        assertThatThrownBy(() -> CatalogLoader.load(BAD.resolve("nope.yaml"), KnownMetrics.ALL))
                .isInstanceOf(CatalogValidationException.class)
                .hasMessageContaining("nope.yaml").hasMessageContaining("文件不存在");
    }
}
