package cn.scorecard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The product's JSON as {@code e2e --launcher} reads it: the five rates found through the catalogs' metrics. */
class CommandBenchTest {
    @TempDir
    Path dir;

    @Test
    void theRatesOfABasicCourtComeFromTheIndicatorsTheCatalogComputesWithThem() throws Exception {
        Map<String, Integer> nodes = CommandBench.rateNodes();
        assertThat(nodes).containsEntry("BASIC B4.01.1", 0).containsEntry("BASIC B4.03.1", 2)
                .containsEntry("BASIC B4.05.1", 4);
        Path json = Files.writeString(dir.resolve("e.json"), """
                {"courts": [{"code": "江0102", "level": "BASIC", "nodes": [
                  {"code": "B4", "value": null, "children": [
                    {"code": "B4.01", "value": null, "children": [{"code": "B4.01.1", "value": 0.625, "children": []}]},
                    {"code": "B4.03", "value": null, "children": [{"code": "B4.03.1", "value": null, "children": []}]}]},
                  {"code": "B1", "value": 0.5, "children": []}]}]}
                """);
        Map<String, Double[]> rates = CommandBench.rates(json, nodes);
        assertThat(rates.get("江0102")).containsExactly(0.625, null, Double.NaN, null, null); // B1 is no rate

        int[] compared = {0};
        double nan = Double.NaN;
        assertThat(CommandBench.compare(rates, Map.of("江0102", new double[] {0.625, 0.1, nan, 0.3, 0.4}), compared)).isZero();
        assertThat(compared[0]).isEqualTo(2); // the two rates shown; the ones not shown are not compared
        assertThat(CommandBench.compare(rates, Map.of("江0102", new double[] {0.626, 0, nan, 0, 0}), new int[1])).isEqualTo(1);
        assertThat(CommandBench.compare(rates, Map.of("江0102", new double[] {0.625, 0, 0.5, 0, 0}), new int[1])).isEqualTo(1);
        assertThat(CommandBench.compare(rates, Map.of(), new int[1])).isEqualTo(1); // the empty one agrees with none
    }
}
