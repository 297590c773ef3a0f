package cn.scorecard.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.scorecard.app.AppTest;
import cn.scorecard.app.evaluation.EvaluationService;
import cn.scorecard.app.security.Users;
import cn.scorecard.core.evaluation.CoreIndicators;
import cn.scorecard.core.metric.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A court sees where it stands: its rank in its level, each area against the level's mean, the years; it compares
 * itself with a peer or the mean (totals and areas, never the peer's cases); the score tree folds and is searched;
 * the ranking has a chart, sorts by any column and opens the cases behind a missed core target.
 */
@AppTest
class CourtPageBrowserTest {
    static final String COURT = "江0102";
    static final String PEER = "江0202"; // a basic court under another intermediate court
    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    EvaluationService service;

    private String base() {
        return "http://localhost:" + port;
    }

    private static List<Double> column(WebDriver d, int index) {
        return d.findElements(By.cssSelector("#ranking tbody tr")).stream()
                .map(r -> r.findElements(By.tagName("td")).get(index).getText())
                .filter(t -> t.matches("[-+]?\\d+\\.\\d+")).map(Double::valueOf).toList();
    }

    @Test
    void rankLevelMeansAndYearsOnTheCourtPage() throws Exception {
        Browser.login(base(), "assessor", "demo2026");
        WebDriver d = Browser.driver();
        Browser.open(d, base() + "/evaluation/ranking?level=BASIC&year=2025&view=live");
        String rank = d.findElement(By.cssSelector("#ranking tr[data-court='" + COURT + "'] td")).getText();
        int courts = d.findElements(By.cssSelector("#ranking tbody tr")).size();
        double firstAreaMean = column(d, 4).stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double meanTotal = column(d, 2).stream().mapToDouble(Double::doubleValue).average().orElseThrow();

        Browser.open(d, base() + "/evaluation/courts/" + COURT + "?year=2025&view=live");
        assertThat(d.findElement(By.id("rank")).getText()).isEqualTo("基层法院第 " + rank + " / " + courts + " 名");
        WebElement firstArea = d.findElements(By.cssSelector("#areas tbody tr")).get(0);
        List<WebElement> cells = firstArea.findElements(By.tagName("td"));
        assertThat(Double.parseDouble(cells.get(3).getText())).isCloseTo(firstAreaMean, within(0.006));
        assertThat(Double.parseDouble(cells.get(4).getText()))
                .isCloseTo(Double.parseDouble(cells.get(2).getText()) - Double.parseDouble(cells.get(3).getText()), within(0.011));
        assertThat(Double.parseDouble(d.findElement(By.id("level-mean")).getText())).isCloseTo(meanTotal, within(0.006));
        Browser.await().until(ExpectedConditions.attributeToBe(By.id("years"), "data-loaded", "true"));

        // every year with data (the demo's cases are filed 2024–2025): the total and the four core targets
        mvc.perform(get("/evaluation/courts/{c}/charts/years", COURT).with(Users.ASSESSOR)).andExpect(status().isOk())
                .andExpect(jsonPath("$.xAxis.data[0]").value("2024年"))
                .andExpect(jsonPath("$.xAxis.data[1]").value("2025年"))
                .andExpect(jsonPath("$.series.length()").value(5))
                .andExpect(jsonPath("$.series[0].data[1]").value(Math.round(service.court(COURT, Period.year(2025)).total() * 100) / 100.0));
    }

    @Test
    void aBasicCourtComparesItselfWithAPeerAndTheMeanButCannotOpenThePeersCases() throws Exception {
        Browser.login(base(), "chengdong", "demo2026");
        WebDriver d = Browser.driver();
        Browser.open(d, base() + "/evaluation/courts/" + COURT + "?year=2025");
        d.findElement(By.id("compare-link")).click();
        Browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("compare-table")));
        assertThat(d.findElement(By.cssSelector("#compare-table thead")).getText()).contains("基层法院平均");
        Browser.open(d, base() + "/evaluation/compare?a=" + COURT + "&b=" + PEER + "&year=2025");
        assertThat(d.findElement(By.id("compare-total")).getText()).contains("总分");
        Browser.await().until(ExpectedConditions.attributeToBe(By.id("compare-radar"), "data-loaded", "true"));
        Browser.screenshot("41-compare-peer");
        // totals and areas of a peer, yes; its pages, cases and other levels, no
        mvc.perform(get("/evaluation/courts/{c}/charts/radar", COURT).param("other", PEER).with(Users.BASIC_ADMIN))
                .andExpect(status().isOk());
        mvc.perform(get("/evaluation/courts/{c}/charts/radar", COURT).param("other", "江01").with(Users.BASIC_ADMIN))
                .andExpect(status().isForbidden());
        mvc.perform(get("/evaluation/courts/{c}", PEER).with(Users.BASIC_ADMIN)).andExpect(status().isForbidden());
        mvc.perform(get("/evaluation/compare").param("a", PEER).param("b", COURT).with(Users.BASIC_ADMIN))
                .andExpect(status().isForbidden());
    }

    @Test
    void theScoreTreeFoldsByLevelRemembersItAndFindsAnIndicator() {
        Browser.login(base(), "assessor", "demo2026");
        WebDriver d = Browser.driver();
        Browser.open(d, base() + "/evaluation/courts/" + COURT + "?year=2025");
        int all = d.findElements(By.cssSelector("#tree tbody tr")).size();
        Browser.click(d.findElement(By.id("tree-level-1")));
        int areas = d.findElements(By.cssSelector("#tree tbody tr[data-depth='0']")).size();
        assertThat(visibleRows(d)).hasSize(areas);
        d.navigate().refresh(); // the choice is remembered
        assertThat(visibleRows(d)).hasSize(areas);
        // a branch opens with its button (keyboard: Enter on the focused button)
        WebElement first = d.findElements(By.cssSelector("#tree [data-tree-toggle]")).get(0);
        Browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", first);
        first.sendKeys(Keys.ENTER);
        assertThat(first.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(visibleRows(d).size()).isGreaterThan(areas);
        Browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", d.findElement(By.id("tree-search")));
        d.findElement(By.id("tree-search")).sendKeys("B4.02.1");
        assertThat(d.findElement(By.cssSelector("#tree tr[data-code='B4.02.1']")).isDisplayed()).isTrue();
        assertThat(visibleRows(d)).extracting(r -> r.getAttribute("data-code")).containsExactly("B4", "B4.02", "B4.02.1");
        assertThat(d.findElement(By.id("tree-found")).getText()).isEqualTo("找到 1 项");
        d.findElement(By.id("tree-search")).clear();
        d.findElement(By.id("tree-search")).sendKeys("执行完毕率");
        assertThat(visibleRows(d)).extracting(r -> r.getAttribute("data-code")).contains("B4.02.1");
        d.findElement(By.id("tree-search")).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        Browser.click(d.findElement(By.id("tree-all")));
        assertThat(visibleRows(d)).hasSize(all);
    }

    private static List<WebElement> visibleRows(WebDriver d) {
        return d.findElements(By.cssSelector("#tree tbody tr")).stream().filter(WebElement::isDisplayed).toList();
    }

    @Test
    void theRankingChartsSortsAndOpensTheCasesBehindACoreTarget() {
        Browser.login(base(), "assessor", "demo2026");
        WebDriver d = Browser.driver();
        Browser.open(d, base() + "/evaluation/ranking?level=BASIC&year=2025");
        Browser.await().until(ExpectedConditions.attributeToBe(By.id("ranking-chart"), "data-loaded", "true"));
        WebElement byTotal = d.findElements(By.cssSelector("#ranking thead .sort-button")).get(2);
        byTotal.click();
        List<Double> ascending = column(d, 2);
        assertThat(ascending).isSorted();
        byTotal.sendKeys(Keys.ENTER); // the header is a button: the keyboard sorts too
        List<Double> descending = column(d, 2);
        assertThat(descending).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(byTotal.findElement(By.xpath("..")).getAttribute("aria-sort")).isEqualTo("descending");

        // the second core target (终本合格率) of 江0102: the cases that missed it
        Browser.open(d, base() + "/evaluation/ranking?level=BASIC&year=2025");
        List<WebElement> core = d.findElements(By.cssSelector("#ranking tr[data-court='" + COURT + "'] a.core-link"));
        Browser.open(d, core.get(1).getAttribute("href"));
        Browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("records")));
        CoreIndicators.CoreValue value = service.coreIndicators(COURT, Period.year(2025)).get(1);
        int missed = value.explanation().denominatorRecords().minus(value.explanation().numeratorRecords()).size();
        assertThat(d.findElement(By.id("record-total")).getText()).isEqualTo(String.valueOf(missed));
        assertThat(d.findElement(By.tagName("h1")).getText()).contains(value.label(), "未达标");
        Browser.screenshot("42-core-target-cases");
    }
}
