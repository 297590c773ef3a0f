package cn.scorecard.app.export;

import cn.scorecard.app.documents.Downloads;
import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.app.evaluation.PeriodParam;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pieces without Spring: download names and the charts. */
class ExportPartsTest {
    @Test
    void contentDispositionHasAnRfc5987Utf8NameAndAnAsciiFallback() {
        assertThat(Downloads.contentDisposition("评估排名-基层-2025.xlsx", "ranking-basic-2025.xlsx")).isEqualTo(
                "attachment; filename=\"ranking-basic-2025.xlsx\"; filename*=UTF-8''"
                        + "%E8%AF%84%E4%BC%B0%E6%8E%92%E5%90%8D-%E5%9F%BA%E5%B1%82-2025.xlsx");
        assertThat(Downloads.rfc5987("a b\"/%")).isEqualTo("a%20b%22%2F%25");
        assertThat(Downloads.ascii("x\"; y/../z.pdf")).isEqualTo("xy..z.pdf");
        assertThat(Downloads.codeAscii("江0102")).isEqualTo("0102");
        assertThat(Downloads.codeAscii("江")).isEqualTo("court");
        assertThat(ExportNames.periodName(new PeriodParam(2025, null))).isEqualTo("2025");
        assertThat(ExportNames.periodName(new PeriodParam(2025, 6))).isEqualTo("2025年1-6月");
        assertThat(ExportNames.periodAscii(new PeriodParam(2025, 6))).isEqualTo("2025-01-06");
    }

    @Test
    void chartsDrawTheCourtInItsColourAndTheLevelMeanOnlyWhenThereIsOne() {
        List<String> areas = List.of("规范执行", "阳光执行", "执行保障", "执行质效");
        List<Double> court = List.of(82.0, 91.7, 92.8, 100.0);
        List<Double> mean = List.of(76.7, 90.0, 87.3, 66.5);
        for (ChartCanvas chart : List.of(ReportCharts.radar(areas, court, mean, "城东区人民法院"),
                ReportCharts.bars(areas, court, mean, "城东区人民法院"),
                TrendChart.draw(Arrays.asList(80.0, 85.0, null), Arrays.asList(70.0, 75.0, 78.0), "城东区人民法院"))) {
            assertThat(chart.dataUri()).startsWith("data:image/png;base64,iVBOR");
            assertThat(count(chart.image, ChartCanvas.COURT.getRGB())).isGreaterThan(500);
            assertThat(count(chart.image, ChartCanvas.PEERS.getRGB())).isGreaterThan(200);
        }
        ChartCanvas alone = ReportCharts.bars(areas, court, null, "江川省高级人民法院");
        alone.png();
        assertThat(count(alone.image, ChartCanvas.PEERS.getRGB())).isZero();
    }

    private static long count(BufferedImage img, int rgb) {
        long n = 0;
        for (int y = 0; y < img.getHeight(); y++) for (int x = 0; x < img.getWidth(); x++) if (img.getRGB(x, y) == rgb) n++;
        return n;
    }
}
