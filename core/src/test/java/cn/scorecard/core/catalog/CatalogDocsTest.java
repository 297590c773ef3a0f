package cn.scorecard.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.core.court.CourtLevel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/indicators.md is generated from the bundled catalogs; this test fails when it is out of date.
 * Regenerate with {@code -Dcatalog.writeDocs=true}.
 */
class CatalogDocsTest {
    static final Path DOC = Path.of("../docs/indicators.md");

    @Test
    void everyMetricIsDocumented() {
        // every metric but the two of the core targets is named by a catalog
        java.util.Set<String> unused = new java.util.TreeSet<>(KnownMetrics.ALL);
        unused.removeAll(IndicatorsDoc.usedMetrics());
        assertThat(unused).containsExactly("overall_closure_rate", "petition_conclusion_rate");
    }

    @Test
    void indicatorsDocIsUpToDate() throws IOException {
        String generated = IndicatorsDoc.generate();
        if (Boolean.getBoolean("catalog.writeDocs")) {
            Files.writeString(DOC, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(DOC)).as(DOC + " exists (regenerate with -Dcatalog.writeDocs=true)").isTrue();
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/indicators.md is out of date: regenerate with -Dcatalog.writeDocs=true")
                .isEqualTo(generated);
    }

    @Test
    void docListsEveryIndicator() throws IOException {
        String doc = IndicatorsDoc.generate();
        for (CourtLevel level : CourtLevel.values()) {
            for (IndicatorNode n : CatalogLoader.loadResource("2019", level, KnownMetrics.ALL).allNodes()) {
                assertThat(doc).contains(n.code());
                assertThat(doc).contains(n.name());
            }
        }
    }
}
