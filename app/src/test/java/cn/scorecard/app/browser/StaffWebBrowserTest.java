package cn.scorecard.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.app.AppTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The monthly cycle in the browser (June 2025 of 江0102): the group computes and publishes the month; the officer
 * reads it and objects with an attachment; the group upholds the objection with an adjustment and publishes the new
 * version; the officer gets the notices, sees the decision and the new version.
 */
@AppTest
class StaffWebBrowserTest {
    static final String MONTH = "2025-06";
    @LocalServerPort
    int port;

    private String base() {
        return "http://localhost:" + port;
    }

    private static WebElement version(WebDriver d, int no) {
        return d.findElement(By.cssSelector(".version[data-version='" + no + "']"));
    }

    /**
     * Clicks after scrolling the element to the middle of the window at once: Bootstrap makes scrolling smooth, so
     * WebDriver's own scrolling may still be under way when it clicks far down a page.
     */
    private static void click(WebElement e) {
        ((JavascriptExecutor) Browser.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", e);
        e.click();
    }

    private static int unread(WebDriver d) {
        var badge = d.findElements(By.id("notification-count"));
        return badge.isEmpty() ? 0 : Integer.parseInt(badge.get(0).getText().trim());
    }

    @Test
    void publishObjectUpholdAndReadTheNewVersion() throws Exception {
        WebDriver d = Browser.driver();
        // 1. the group computes the month (nothing there yet) and publishes version 1
        Browser.login(base(), "kaohe", "demo2026");
        Browser.open(d, base() + "/staff/versions?court=江0102&month=" + MONTH);
        assertThat(d.findElements(By.id("no-versions"))).hasSize(1);
        click(d.findElement(By.id("compute")));
        Browser.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".version[data-version='1'][data-status='DRAFT']")));
        click(version(d, 1).findElement(By.cssSelector("button.publish")));
        Alert question = Browser.await().until(ExpectedConditions.alertIsPresent());
        assertThat(question.getText()).contains("第 1 版将锁定", "名干警将收到通知", "日内提出异议");
        question.accept();
        Browser.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".version[data-version='1'][data-status='PUBLISHED']")));
        Browser.screenshot("20-staff-version-published");

        // 2. the officer reads her month (version 1, published) and objects with a PDF
        Browser.login(base(), "sunxueyan", "demo2026");
        int before = unread(d);
        assertThat(before).isPositive();
        Browser.open(d, base() + "/staff/me?month=" + MONTH);
        assertThat(d.findElement(By.id("version")).getText()).contains("第 1 版", "已发布");
        double total = Double.parseDouble(d.findElement(By.cssSelector("#month-total .fs-3")).getText());
        assertThat(d.findElements(By.cssSelector("#items tbody tr"))).hasSizeGreaterThanOrEqualTo(12);
        Browser.await().until(ExpectedConditions.attributeToBe(By.id("trend"), "data-loaded", "true"));
        assertThat(d.findElement(By.id("objection-window")).getText()).contains("前提出异议");
        Browser.screenshot("21-officer-month");
        ((JavascriptExecutor) d).executeScript("document.getElementById('trend').scrollIntoView({behavior: 'instant'});");
        Browser.screenshot("21b-officer-year-and-objection-form");
        Path pdf = Files.createTempFile("结案清单", ".pdf");
        Files.write(pdf, "%PDF-1.4\n% 结案清单\n".getBytes(StandardCharsets.UTF_8));
        d.findElement(By.id("objection-reason")).sendKeys("6月结案数漏计：（2025）江0102执1234号已于6月20日执行完毕结案。");
        d.findElement(By.id("objection-attachment")).sendKeys(pdf.toAbsolutePath().toString());
        click(d.findElement(By.id("file-objection")));
        Browser.await().until(ExpectedConditions.textToBe(By.id("objection-status"), "待复核"));
        assertThat(d.findElement(By.id("attachment")).getText()).endsWith(".pdf");
        String objectionUrl = d.getCurrentUrl();
        Browser.screenshot("22-objection-filed");

        // 3. the group (told by a notice) upholds it with +5 on the first item and publishes the new version
        Browser.login(base(), "kaohe", "demo2026");
        assertThat(unread(d)).isPositive();
        Browser.open(d, base() + "/staff/objections?status=PENDING");
        String id = objectionUrl.substring(objectionUrl.lastIndexOf('/') + 1);
        click(d.findElement(By.cssSelector("#objections tr[data-id='" + id + "'] a")));
        Browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("decide-form")));
        click(d.findElement(By.id("decision-upheld")));
        d.findElement(By.id("decision-text")).sendKeys("经核对执行案件流程管理系统，该案确于6月结案，予以采纳。");
        new Select(d.findElements(By.name("itemCode")).get(0)).selectByValue("二.1");
        d.findElements(By.name("points")).get(0).sendKeys("5");
        d.findElements(By.name("adjustmentReason")).get(0).sendKeys("补计漏计的结案");
        click(d.findElement(By.id("decide")));
        Browser.await().until(ExpectedConditions.textToBe(By.id("objection-status"), "予以采纳"));
        assertThat(d.findElement(By.id("adjustments")).getText()).contains("二.1", "+5.00", "补计漏计的结案");
        Browser.screenshot("23-objection-upheld");
        Browser.open(d, base() + "/staff/versions?court=江0102&month=" + MONTH);
        assertThat(version(d, 2).getAttribute("data-status")).isEqualTo("DRAFT");
        assertThat(version(d, 2).findElements(By.cssSelector("table.diff tr[data-staff='江0102-001']"))).hasSize(1);
        assertThat(version(d, 2).getText()).contains("异议复核");
        Browser.screenshot("24-new-version-draft");
        click(version(d, 2).findElement(By.cssSelector("button.publish")));
        Browser.await().until(ExpectedConditions.alertIsPresent()).accept();
        Browser.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".version[data-version='2'][data-status='PUBLISHED']")));
        assertThat(version(d, 1).getAttribute("data-status")).isEqualTo("SUPERSEDED");
        Browser.screenshot("25-new-version-published");

        // 4. the officer has the notices, reads the decision and the new version
        Browser.login(base(), "sunxueyan", "demo2026");
        assertThat(unread(d)).isEqualTo(before + 2); // the decision and version 2
        Browser.open(d, base() + "/notifications");
        assertThat(d.findElement(By.id("notifications")).getText()).contains("予以采纳", "第 2 版");
        Browser.screenshot("26-officer-notifications");
        WebElement decided = d.findElements(By.cssSelector("#notifications li")).stream()
                .filter(li -> li.getText().contains("予以采纳")).findFirst().orElseThrow();
        click(decided.findElement(By.cssSelector("button.open-notification")));
        Browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("decision")));
        assertThat(d.findElement(By.id("decision-reason")).getText()).contains("予以采纳");
        assertThat(d.findElement(By.id("new-version")).getText()).contains("第 2 版", "已发布");
        Browser.screenshot("27-officer-sees-decision");
        click(d.findElement(By.linkText("查看我的考核结果")));
        Browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("version")));
        assertThat(d.findElement(By.id("version")).getText()).contains("第 2 版", "已发布");
        assertThat(Double.parseDouble(d.findElement(By.cssSelector("#month-total .fs-3")).getText())).isEqualTo(total + 5);
        assertThat(d.findElement(By.cssSelector("#items tr[data-item='二.1'] .adjustment")).getText()).contains("异议经考核领导小组复核予以采纳", "补计漏计的结案");
        assertThat(d.findElement(By.cssSelector("#objection-list tr[data-status='UPHELD']"))).isNotNull();
        assertThat(unread(d)).isEqualTo(before + 1);
        Browser.await().until(ExpectedConditions.attributeToBe(By.id("trend"), "data-loaded", "true"));
        Browser.screenshot("28-officer-new-version");

        // 5. the group's ranking of the published month, the year so far, and the notice as Excel and PDF
        Browser.login(base(), "kaohe", "demo2026");
        Browser.open(d, base() + "/staff/ranking?court=江0102&month=" + MONTH);
        assertThat(d.findElement(By.id("version")).getText()).contains("第 2 版");
        Browser.screenshot("29-group-ranking");
        click(d.findElement(By.id("notice-xlsx")));
        assertThat(Files.readAllBytes(Browser.awaitDownload(".xlsx"))).startsWith('P', 'K');
        click(d.findElement(By.id("notice-pdf")));
        assertThat(new String(Files.readAllBytes(Browser.awaitDownload(".pdf")), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        click(d.findElement(By.id("year-link")));
        Browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("year-ranking")));
        assertThat(d.findElement(By.id("published-months")).getText()).contains(MONTH);
        Browser.screenshot("30-group-year-ranking");
    }
}
