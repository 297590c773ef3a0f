package cn.scorecard.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import cn.scorecard.app.AppTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An assessor logs in, opens the ranking and drills from a court's total down to the cases behind a value. */
@AppTest
class EvaluationBrowserTest {
    @LocalServerPort
    int port;

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void drillFromTheRankingToTheCasesBehindAnIndicator() {
        Browser.login(base(), "assessor", "demo2026");
        WebDriver d = Browser.driver();
        Browser.open(d, base() + "/evaluation/ranking?level=BASIC");
        List<WebElement> rows = d.findElements(By.cssSelector("#ranking tbody tr"));
        assertThat(rows).hasSize(12);
        Browser.screenshot("01-ranking");

        rows.get(0).findElement(By.cssSelector("a.court-link")).click();
        Browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("tree")));
        Browser.await().until(ExpectedConditions.attributeToBe(By.id("radar"), "data-loaded", "true"));
        Browser.await().until(ExpectedConditions.attributeToBe(By.id("trend"), "data-loaded", "true"));
        assertThat(d.findElement(By.id("total")).getText()).matches("\\d+\\.\\d{2}");
        assertThat(Browser.contentSecurityViolations()).as("内容安全策略拒绝的脚本或样式").isEmpty();
        Browser.screenshot("02-court-score-tree");

        // 执行完毕率 (B4.02.1): open the denominator, then the misses
        WebElement row = d.findElement(By.cssSelector("tr[data-code='B4.02.1']"));
        WebElement link = row.findElement(By.cssSelector("a.den-link"));
        String denominator = link.getText();
        Browser.open(d, link.getAttribute("href")); // the link itself; clicking far down a long page is flaky headless
        Browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("records")));
        assertThat(d.findElement(By.id("record-total")).getText()).isEqualTo(denominator);
        assertThat(d.findElements(By.cssSelector("#records tbody tr"))).isNotEmpty();
        assertThat(d.findElement(By.cssSelector("#records tbody tr td")).getText()).contains("执");
        Browser.screenshot("03-cases-behind-indicator");
    }

    @Test
    void downloadTheScoreTreeAsExcelAndTheReportAsPdf() throws Exception {
        Browser.login(base(), "assessor", "demo2026");
        WebDriver d = Browser.driver();
        Browser.open(d, base() + "/evaluation/courts/江0102");
        d.findElement(By.id("export-tree")).click();
        java.nio.file.Path xlsx = Browser.awaitDownload(".xlsx");
        assertThat(java.nio.file.Files.readAllBytes(xlsx)).startsWith('P', 'K'); // a zip: the xlsx container
        // the report is a job: its progress shows in the page, then its download (at once the second time)
        d.findElement(By.id("export-pdf")).click();
        Browser.await().until(ExpectedConditions.elementToBeClickable(By.id("report-download"))).click();
        java.nio.file.Path pdf = Browser.awaitDownload(".pdf");
        assertThat(new String(java.nio.file.Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        d.navigate().refresh();
        d.findElement(By.id("export-pdf")).click();
        assertThat(Browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("report-download"))).isDisplayed()).isTrue();
    }
}
