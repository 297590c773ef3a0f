package cn.scorecard.core.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.scorecard.core.deadline.DeadlineRules;
import cn.scorecard.core.demo.DemoProvince;
import cn.scorecard.core.demo.DemoSpec;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Metrics are declared one way (rules/metrics.yaml), and the registry and the declarations agree. */
class MetricDefinitionsTest {
    private static final MetricDefinitions BUNDLED = MetricDefinitions.bundled();

    @Test
    void everyComputationHasItsDeclarationAndTheRecordsItDeclares() {
        MetricRegistry registry = MetricRegistry.bundled();
        assertThat(registry.ids()).containsExactlyInAnyOrderElementsOf(BUNDLED.ids());
        EvaluationContext ctx = new EvaluationContext(DemoProvince.generate(DemoSpec.defaults(7L).withCases(2000)),
                Period.year(2025));
        for (Metric m : registry.all()) {
            MetricValue v = m.compute(ctx, 0);
            assertThat(v.numeratorRecords().kind()).as(m.id() + " numerator records").isEqualTo(m.declaration().records());
            if (!m.declaration().isCount()) {
                assertThat(v.denominatorRecords().kind()).as(m.id() + " denominator records")
                        .isEqualTo(m.declaration().denominatorRecords());
            }
        }
    }

    @Test
    void theDefinitionInWordsIsBuiltFromTheDeclaration() {
        MetricDefinition rate = BUNDLED.get("statutory_period_closure_rate");
        assertThat(rate.definition()).isEqualTo("法定期限内结案的案件 ÷ 期内结案的首次执行案件数");
        assertThat(rate.higherIsBetter()).isTrue();
        MetricDefinition count = BUNDLED.get("discipline_count");
        assertThat(count.isCount()).isTrue();
        assertThat(count.higherIsBetter()).isFalse();
        assertThat(count.definition()).isEqualTo(count.numerator());
        assertThat(BUNDLED.get("petition_case_ratio").denominatorRecords()).isEqualTo(RecordKind.CASE);
        assertThat(MetricRegistry.bundled().get("online_search_within_5_days").definition())
                .isEqualTo("期限内完成的案件数 ÷ 期内起算且已完成或已届期的案件数");
    }

    @Test
    void aDeclarationWithoutAComputationIsRefused() {
        String extra = bundledText() + "\nunknown_metric:\n  name: 无\n  numerator: 无\n  records: CASE\n  reads: [案件.csv]\n";
        MetricDefinitions declared = MetricDefinitions.parse("metrics.yaml", new StringReader(extra));
        assertThatThrownBy(() -> new MetricRegistry(DeadlineRules.bundled(), declared))
                .hasMessageContaining("unknown_metric").hasMessageContaining("有定义而没有算法");
    }

    @Test
    void aComputationWithoutADeclarationIsRefused() {
        String without = BUNDLED.all().stream().filter(d -> !d.id().equals("fulfilment_rate")).map(MetricDefinitionsTest::yaml)
                .collect(Collectors.joining());
        MetricDefinitions declared = MetricDefinitions.parse("metrics.yaml", new StringReader(without));
        assertThatThrownBy(() -> new MetricRegistry(DeadlineRules.bundled(), declared))
                .hasMessageContaining("缺少指标 fulfilment_rate 的定义");
    }

    @Test
    void badDeclarationsNameTheFileTheMetricAndTheField() {
        assertThatThrownBy(() -> parse("m:\n  name: 甲\n  numerator: 乙\n  records: CASES\n  reads: [x]\n"))
                .hasMessage("metrics.yaml: 指标 m 的 records 未知的记录类型: CASES");
        assertThatThrownBy(() -> parse("m:\n  numerator: 乙\n  records: CASE\n  reads: [x]\n"))
                .hasMessage("metrics.yaml: 指标 m 的 name 必填");
        assertThatThrownBy(() -> parse("m:\n  name: 甲\n  numerator: 乙\n  records: CASE\n  reads: [x]\n  weight: 3\n"))
                .hasMessage("metrics.yaml: 指标 m 的 weight 未知的字段");
        assertThatThrownBy(() -> parse("m:\n  name: 甲\n  numerator: 乙\n  records: CASE\n  direction: up\n  reads: [x]\n"))
                .hasMessage("metrics.yaml: 指标 m 的 direction 应为 higher 或 lower: up");
        assertThatThrownBy(() -> parse("m:\n  name: 甲\n  numerator: 乙\n  records: CASE\n"))
                .hasMessage("metrics.yaml: 指标 m 的 reads 应列出读取的数据");
    }

    private static MetricDefinitions parse(String yaml) {
        return MetricDefinitions.parse("metrics.yaml", new StringReader(yaml));
    }

    private static String yaml(MetricDefinition d) {
        return d.id() + ":\n  name: '" + d.name() + "'\n  numerator: '" + d.numerator() + "'\n"
                + (d.denominator() == null ? "" : "  denominator: '" + d.denominator() + "'\n")
                + "  records: " + d.records() + "\n  denominatorRecords: " + d.denominatorRecords() + "\n"
                + (d.higherIsBetter() ? "" : "  direction: lower\n") + "  reads: [x]\n";
    }

    private static String bundledText() {
        try (var in = MetricDefinitions.class.getResourceAsStream(MetricDefinitions.BUNDLED)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
