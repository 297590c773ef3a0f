package cn.scorecard.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.app.AppTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The assessment group of 江0102 records an incident, attaches a file to it and sees both listed (August 2025). */
@AppTest
class StaffRecordBrowserTest {
    @LocalServerPort
    int port;

    @Test
    void recordAnIncidentWithAnAttachment() throws Exception {
        String base = "http://localhost:" + port;
        WebDriver d = Browser.driver();
        Path pdf = Files.createTempFile("督办通报", ".pdf");
        Files.writeString(pdf, "%PDF-1.4\n% incident\n");

        Browser.login(base, "kaohe", "demo2026");
        Browser.open(d, base + "/");
        d.findElement(By.id("nav-records")).click();
        Browser.open(d, base + "/staff/records?court=江0102&month=2025-08");
        new Select(d.findElement(By.id("staff"))).selectByValue("江0102-001");
        Browser.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#kind option[value='IMPROPER_ENFORCEMENT']")));
        Browser.await().until(dr -> dr.findElements(By.cssSelector(".htmx-request")).isEmpty());
        new Select(d.findElement(By.id("kind"))).selectByValue("IMPROPER_ENFORCEMENT");
        WebElement day = d.findElement(By.id("day"));
        ((org.openqa.selenium.JavascriptExecutor) d).executeScript("arguments[0].value = '2025-08-12'", day);
        d.findElement(By.id("caseNumber")).sendKeys("（2025）江0102执123号");
        d.findElement(By.id("note")).sendKeys("选择性执行，经督察查实");
        d.findElement(By.id("add-incident-submit")).click();
        Browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("flash-message")));
        WebElement row = d.findElement(By.cssSelector("#incidents tbody tr[data-id]"));
        assertThat(row.getText()).contains("江0102-001").contains("2025-08-12").contains("（2025）江0102执123号")
                .contains("kaohe");

        row.findElement(By.cssSelector("input.attach-file")).sendKeys(pdf.toAbsolutePath().toString());
        row.findElement(By.cssSelector("button.attach")).click();
        Browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("flash-message")));
        assertThat(d.findElement(By.id("flash-message")).getText()).contains("已上传附件");
        assertThat(d.findElements(By.cssSelector("#incidents tr[data-id] ul.files li a"))).hasSize(1);
        assertThat(d.findElement(By.cssSelector("#incidents tr[data-id] ul.files li a")).getText()).startsWith("督办通报");
        Browser.screenshot("staff-records");
    }
}
