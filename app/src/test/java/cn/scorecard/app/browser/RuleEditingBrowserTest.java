package cn.scorecard.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.app.AppTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The administrator edits a weight of the basic courts' catalog in the form, sees the preview of every court's total
 * and rank, and activates the version. The version is in force for August 2025 only, so that the shared context's
 * other tests never evaluate under it.
 */
@AppTest
class RuleEditingBrowserTest {
    @LocalServerPort
    int port;

    @Test
    void editAWeightPreviewAndActivate() {
        String base = "http://localhost:" + port;
        Browser.login(base, "admin", "demo2026");
        WebDriver d = Browser.driver();
        Browser.open(d, base + "/rules");
        assertThat(d.findElement(By.cssSelector("#catalog-versions tr[data-version='2019'] .status")).getText()).isEqualTo("已启用");
        d.findElement(By.cssSelector("#catalog-versions tr[data-version='2019'] a.edit-from")).click();
        Browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("catalog-form")));
        d.findElement(By.id("version")).sendKeys("2019-b8");
        d.findElement(By.id("title")).sendKeys("八月试行");
        date(d, "from", "2025-08-01");
        date(d, "to", "2025-08-31");
        // 规范执行 40 → 30, 执行质效 40 → 50: the first level still adds up to 100
        set(d.findElement(By.id("weight-B1")), "30");
        set(d.findElement(By.id("weight-B4")), "50");
        Browser.screenshot("40-rules-edit-weight");
        Browser.click(d.findElement(By.id("save-version")));
        Browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("preview-table")));
        assertThat(d.findElement(By.id("edition-status")).getText()).isEqualTo("待启用");

        // preview the period the version covers: the basic courts' totals change, the first column is the one in force
        Browser.open(d, base + "/rules/catalogs/2019-b8/preview?year=2025&month=8");
        Browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("preview-table")));
        assertThat(d.findElement(By.id("preview-explained")).getText()).contains("现行版本 2019", "本版本 2019-b8");
        long changed = d.findElements(By.cssSelector("#preview-table tbody tr")).stream()
                .filter(r -> r.findElement(By.cssSelector("td:nth-child(2)")).getText().equals("基层"))
                .filter(r -> !r.findElement(By.cssSelector(".current")).getText()
                        .equals(r.findElement(By.cssSelector(".proposed")).getText())).count();
        assertThat(changed).isPositive();
        Browser.screenshot("41-rules-preview");

        Browser.click(d.findElement(By.id("activate")));
        Browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("flash-message")));
        assertThat(d.findElement(By.id("flash-message")).getText()).contains("已启用指标体系版本 2019-b8");
        assertThat(d.findElement(By.cssSelector("#catalog-versions tr[data-version='2019-b8'] .status")).getText())
                .isEqualTo("已启用");
        Browser.screenshot("42-rules-activated");
    }

    private static void set(WebElement input, String value) {
        input.clear();
        input.sendKeys(value);
    }

    /** A date input gets its value by script (typing into it depends on the browser's locale). */
    private static void date(WebDriver d, String id, String value) {
        Browser.script("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }
}
