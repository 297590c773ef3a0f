package cn.scorecard.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.app.AppTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A court uploads a file as evidence; the assessor records a partial score with its reason, and the
 * court's score tree shows it.
 */
@AppTest
class EvidenceBrowserTest {
    @LocalServerPort
    int port;

    @Test
    void enterEvidenceWithAFile() throws Exception {
        String base = "http://localhost:" + port;
        WebDriver d = Browser.driver();
        Path pdf = Files.createTempFile("场所照片", ".pdf");
        Files.writeString(pdf, "%PDF-1.4\n% evidence\n");

        Browser.login(base, "chengdong", "demo2026");
        Browser.open(d, base + "/evidence/江0102/B3.01.1?year=2025");
        d.findElement(By.id("file")).sendKeys(pdf.toAbsolutePath().toString());
        d.findElement(By.id("upload")).click();
        Browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("flash-message")));
        assertThat(d.findElements(By.cssSelector("#files li"))).hasSize(1);
        assertThat(d.findElements(By.id("assess-form"))).isEmpty(); // a court does not assess itself

        Browser.login(base, "assessor", "demo2026");
        Browser.open(d, base + "/evidence/江0102/B3.01.1?year=2025");
        new Select(d.findElement(By.id("status"))).selectByVisibleText("部分达标");
        d.findElement(By.id("partialScore")).sendKeys("60");
        d.findElement(By.id("save-assessment")).click();
        Browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("flash-error")));
        assertThat(d.findElement(By.id("flash-error")).getText()).contains("理由"); // a partial score needs a reason

        new Select(d.findElement(By.id("status"))).selectByVisibleText("部分达标");
        d.findElement(By.id("partialScore")).sendKeys("60");
        d.findElement(By.id("reason")).sendKeys("场所与审判庭合用，未单独设置");
        d.findElement(By.id("save-assessment")).click();
        Browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("flash-message")));
        assertThat(d.findElement(By.id("current-finding")).getText()).contains("部分达标").contains("60");
        Browser.screenshot("20-evidence-entered");

        Browser.open(d, base + "/evaluation/courts/江0102?year=2025");
        // the score tree's row (the lost-points table above it has rows of the same code)
        String score = d.findElement(By.cssSelector("tr[data-depth][data-code='B3.01.1'] td:nth-child(8)")).getText();
        assertThat(score).isEqualTo("60.00");
    }
}
