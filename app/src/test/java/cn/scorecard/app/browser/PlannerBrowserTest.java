package cn.scorecard.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.scorecard.app.AppTest;
import cn.scorecard.app.evaluation.PeriodParam;
import cn.scorecard.app.plan.PlanService;
import cn.scorecard.core.plan.WhatIf;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * From the ranking to a court, its lost points, its planner; two actions ticked and simulated, the what-if total the
 * engine's; a case number of the planner opens what the application knows about the case.
 */
@AppTest
class PlannerBrowserTest {
    static final String COURT = "江0102";
    @LocalServerPort
    int port;
    @Autowired
    PlanService plans;

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void rankingCourtLostPointsPlannerWhatIfAndACase() {
        Browser.login(base(), "assessor", "demo2026");
        WebDriver d = Browser.driver();
        Browser.open(d, base() + "/evaluation/ranking?level=BASIC&year=2025&view=live");
        Browser.click(d.findElement(By.cssSelector("#ranking tr[data-court='" + COURT + "'] a.court-link")));
        Browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("lost-points-link")));
        assertThat(d.findElements(By.cssSelector("#lost-points tbody tr"))).isNotEmpty();

        Browser.click(d.findElement(By.id("lost-points-link")));
        Browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("lost-sum")));
        assertThat(d.findElement(By.id("lost-sum")).getText()).endsWith("= 100.00");

        Browser.click(d.findElement(By.id("planner-link")));
        Browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("planner-filter")));
        WebElement from = d.findElement(By.id("from"));
        Browser.script("arguments[0].value = '2025-12-01'", from);
        Browser.click(d.findElement(By.cssSelector("#planner-filter button[type=submit]")));
        Browser.await().until(ExpectedConditions.urlContains("from=2025-12-01"));
        assertThat(d.findElement(By.id("planner-exact")).getText()).contains("同级法院的指标值保持不变");

        List<WebElement> picks = d.findElements(By.cssSelector("#plan tbody input[type=checkbox]"));
        assertThat(picks.size()).isGreaterThanOrEqualTo(2);
        List<String> ids = List.of(picks.get(0).getAttribute("value"), picks.get(1).getAttribute("value"));
        Browser.click(picks.get(0));
        Browser.click(picks.get(1));
        Browser.screenshot("planner");
        Browser.click(d.findElement(By.id("simulate")));
        Browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("total-after")));

        WhatIf.Outcome expected = plans.whatIf(COURT, new PeriodParam(2025, null), ids);
        assertThat(Double.parseDouble(d.findElement(By.id("total-after")).getText()))
                .isCloseTo(expected.after().total(), within(0.006));
        assertThat(expected.gain()).isPositive();
        assertThat(d.findElements(By.cssSelector("#actions li"))).hasSize(2);
        assertThat(d.findElements(By.cssSelector("#changes tbody tr"))).isNotEmpty();
        Browser.screenshot("what-if");

        Browser.click(d.findElement(By.id("back-to-planner")));
        Browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("planner-filter")));
        Browser.open(d, base() + "/evaluation/courts/" + COURT + "/planner?year=2025&from=2025-12-01");
        WebElement caseLink = d.findElement(By.cssSelector("#plan tbody a.case-link"));
        String number = caseLink.getText();
        Browser.click(caseLink);
        Browser.await().until(ExpectedConditions.not(ExpectedConditions.urlContains("/planner")));
        assertThat(d.getPageSource()).contains(number);
    }
}
