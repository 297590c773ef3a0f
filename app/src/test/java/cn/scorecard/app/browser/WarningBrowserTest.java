package cn.scorecard.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import cn.scorecard.app.AppTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo officer opens her warnings from the navigation and narrows them to one rule (an htmx update); a court
 * administrator narrows the court's list to one officer.
 */
@AppTest
class WarningBrowserTest {
    @LocalServerPort
    int port;

    @Test
    void anOfficerSeesHerWarningsAndFiltersThemByRule() {
        String base = "http://localhost:" + port;
        Browser.login(base, "sunxueyan", "demo2026");
        WebDriver d = Browser.driver();
        Browser.open(d, base + "/warnings");
        d.findElement(By.id("nav-warnings")).click();
        Browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("warnings")));
        assertThat(d.findElement(By.id("as-of")).getText()).isEqualTo("2025-12-31 23:59");
        assertThat(d.findElement(By.id("warning-scope")).getText()).contains("孙雪艳");
        List<WebElement> rows = d.findElements(By.cssSelector("#warnings tbody tr"));
        assertThat(rows).isNotEmpty();
        assertThat(rows.get(0).getText()).contains("已超期");
        Browser.screenshot("warnings-officer");

        String before = d.findElement(By.id("warning-total")).getText();
        // a full page load would forget this: the rule filter must replace only the list
        ((JavascriptExecutor) d).executeScript("window.samePage = true;");
        WebElement statutory = d.findElement(By.cssSelector("#rule-counts a[data-rule='statutory_period']"));
        statutory.click();
        Browser.await().until(ExpectedConditions.urlContains("rule=statutory_period"));
        Browser.await().until(d2 -> d2.findElements(By.cssSelector("#warnings tbody tr")).stream()
                .allMatch(r -> "statutory_period".equals(r.getAttribute("data-rule"))));
        assertThat(d.findElement(By.id("warning-total")).getText()).isNotEqualTo(before);
        assertThat(((JavascriptExecutor) d).executeScript("return window.samePage === true;")).isEqualTo(true);
        Browser.screenshot("warnings-officer-statutory");
    }

    @Test
    void aCourtAdministratorNarrowsToOneOfficerOfTheCourt() {
        String base = "http://localhost:" + port;
        Browser.login(base, "chengdong", "demo2026");
        WebDriver d = Browser.driver();
        Browser.open(d, base + "/warnings");
        Browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("warnings")));
        int court = Integer.parseInt(d.findElement(By.id("warning-total")).getText());
        new Select(d.findElement(By.id("staff"))).selectByValue("江0102-004");
        d.findElement(By.id("filter-submit")).click();
        Browser.await().until(ExpectedConditions.urlContains("staff="));
        assertThat(d.findElement(By.id("warning-scope")).getText()).contains("江0102-004");
        assertThat(Integer.parseInt(d.findElement(By.id("warning-total")).getText())).isPositive().isLessThan(court);
        Browser.screenshot("warnings-court-admin");
    }
}
