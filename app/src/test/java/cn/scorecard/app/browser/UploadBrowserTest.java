package cn.scorecard.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.app.AppTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An upload with a bad row is rejected with the file, row and column named; a good one is imported. */
@AppTest
class UploadBrowserTest {
    @LocalServerPort
    int port;

    @Test
    void uploadShowsTheValidationReportThenImports() throws Exception {
        String base = "http://localhost:" + port;
        WebDriver d = Browser.driver();
        Path dir = Files.createTempDirectory("upload");
        Path bad = dir.resolve("法院统计.csv");
        Files.writeString(bad, "法院代码,年度,统计项,数值\n江0102,2025,一审民商事案件数,-5\n", StandardCharsets.UTF_8);

        Browser.login(base, "admin", "demo2026");
        Browser.open(d, base + "/import");
        d.findElement(By.id("files")).sendKeys(bad.toAbsolutePath().toString());
        d.findElement(By.id("start-import")).click();
        Browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("import-result")));
        assertThat(d.findElement(By.id("import-result")).getText()).contains("导入失败");
        String errors = d.findElement(By.id("import-errors")).getText();
        assertThat(errors).contains("法院统计.csv").contains("数值").contains("-5");
        Browser.screenshot("30-import-rejected");

        Path good = Files.createTempDirectory("upload2").resolve("法院统计.csv");
        Files.writeString(good, "法院代码,年度,统计项,数值\n江0102,2025,一审民商事案件数,12345\n", StandardCharsets.UTF_8);
        Browser.open(d, base + "/import");
        d.findElement(By.id("files")).sendKeys(good.toAbsolutePath().toString());
        d.findElement(By.id("start-import")).click();
        Browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("import-result")));
        assertThat(d.findElement(By.id("import-result")).getText()).contains("导入成功");
        Browser.screenshot("31-import-accepted");
    }
}
