package cn.scorecard.app.export;

import cn.scorecard.app.documents.Downloads;
import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.core.evaluation.CourtResult;
import cn.scorecard.core.metric.Period;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.mock.web.MockHttpServletResponse;

/** The evaluation report: a real PDF whose Chinese is text in the embedded font, and whose first page is not blank. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportPdfTest extends ExportTestSupport {
    private byte[] pdf;
    private String text;
    private int pages;
    private CourtResult court;
    private int year;

    @BeforeAll
    void render() throws Exception {
        year = service.latestYear();
        court = service.court(COURT, Period.year(year));
        MockHttpServletResponse response = ok(ASSESSOR, "/evaluation/courts/{c}/report.pdf?year={y}", COURT, year);
        assertThat(response.getContentType()).isEqualTo(Downloads.PDF);
        assertThat(response.getHeader("Content-Disposition")).contains("filename=\"report-0102-" + year + ".pdf\"")
                .contains(Downloads.rfc5987("评估报告-" + court.court().name() + "-" + year + ".pdf"));
        pdf = response.getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            pages = doc.getNumberOfPages();
            text = new PDFTextStripper().getText(doc);
        }
        Path out = Path.of("target", "export-report.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);
    }

    @Test
    void isAPdfWithTheCourtsNameAsTextInTheEmbeddedFont() {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        // without a registered CJK font every Chinese character would come out as '#'
        assertThat(text).contains(court.court().name()).contains("执行质效评估报告").contains("执行质效评估系统")
                .doesNotContain("###");
        assertThat(pages).isGreaterThanOrEqualTo(3);
    }

    @Test
    void hasTheSectionsAndTheEvaluationsNumbers() {
        assertThat(text).contains("一、总体情况").contains("各评估领域得分").contains("三个90%、一个80%")
                .contains("三、图表分析").contains("四、得分最低的指标及未达标案件").contains("附录")
                .contains(String.format("%.2f", court.total())).contains(court.areas().get(0).node().name())
                .contains(service.catalogVersion())
                .contains("结果版本").contains("实时计算（数据版本 "); // the assessor's default, stated as in the page
        assertThat(text).contains("第 2 页 / 共 " + pages + " 页");
        // 五、失分清单: the sum of the lost points beside the total (the two make 100)
        double lost = cn.scorecard.core.plan.LostPoints.of(service.evaluate(Period.year(year)), COURT).lostTotal();
        assertThat(text).contains("五、失分清单").contains("失分合计").contains(String.format("%.2f", lost));
    }

    @Test
    void firstPageRendersToAnImageThatIsNotBlank() throws Exception {
        Assumptions.assumeTrue(onPath("pdftoppm"), "pdftoppm (poppler-utils) is not installed");
        Path dir = Files.createTempDirectory("report");
        Path in = dir.resolve("report.pdf");
        Files.write(in, pdf);
        Process p = new ProcessBuilder("pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", "-singlefile",
                in.toString(), dir.resolve("page").toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        BufferedImage page = ImageIO.read(dir.resolve("page.png").toFile());
        long ink = 0;
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int rgb = page.getRGB(x, y);
                int lum = (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3;
                if (lum < 160) ink++;
            }
        }
        assertThat(ink).as("dark pixels on page 1").isGreaterThan(500);
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) return true;
        }
        return false;
    }
}
