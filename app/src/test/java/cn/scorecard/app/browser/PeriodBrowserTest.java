package cn.scorecard.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.app.AppTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An assessor computes a period in the background, reviews the new version and publishes it. */
@AppTest
class PeriodBrowserTest {
    @LocalServerPort
    int port;

    @Test
    void computeReviewAndPublish() {
        String base = "http://localhost:" + port;
        Browser.login(base, "assessor", "demo2026");
        WebDriver d = Browser.driver();
        Browser.open(d, base + "/periods");
        int runsBefore = d.findElements(By.cssSelector("#runs tbody tr")).size();
        d.findElement(By.id("compute")).click();
        Browser.await().until(ExpectedConditions.elementToBeClickable(By.id("review-run")));
        // only the progress bar came into the page (not a second layout), and the list shows the new version
        assertThat(d.findElements(By.cssSelector("nav.app-nav"))).hasSize(1);
        String review = d.findElement(By.id("review-run")).getAttribute("href");
        String runPath = review.substring(review.indexOf("/periods/runs/"));
        Browser.await().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#runs a.run-link[href='" + runPath + "']")));
        assertThat(d.findElements(By.cssSelector("#runs tbody tr"))).hasSize(runsBefore + 1);
        Browser.screenshot("10-period-computed");
        d.findElement(By.id("review-run")).click();
        Browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("run-status")));
        assertThat(d.findElement(By.id("run-status")).getText()).isEqualTo("待审核");
        assertThat(d.findElements(By.cssSelector("#court-diff tbody tr"))).hasSize(16);
        // the review checks the data before publishing
        assertThat(d.findElement(By.id("check-data")).getText()).contains("一致");
        assertThat(d.findElement(By.id("check-cases")).getText()).isEqualTo("每家法院在本期间都有案件");
        // publishing asks first, saying what will happen; declining leaves the version as it was
        d.findElement(By.id("publish")).click();
        Alert question = Browser.await().until(ExpectedConditions.alertIsPresent());
        assertThat(question.getText()).contains("将锁定", "不能再修改", "名法院管理员将收到通知");
        question.dismiss();
        assertThat(d.findElement(By.id("run-status")).getText()).isEqualTo("待审核");
        d.findElement(By.id("publish")).click();
        Browser.await().until(ExpectedConditions.alertIsPresent()).accept();
        Browser.await().until(ExpectedConditions.textToBe(By.id("run-status"), "已发布"));
        assertThat(d.findElements(By.id("publish"))).isEmpty(); // a published version cannot be changed
        Browser.screenshot("11-period-published");
    }
}
