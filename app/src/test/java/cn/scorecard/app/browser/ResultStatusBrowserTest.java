package cn.scorecard.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.scorecard.app.AppTest;
import cn.scorecard.app.security.Users;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Published or live, always stated: the assessor publishes January–April 2025; the court administrator then sees that
 * version by default (“已发布 第N版”), and it stays as published when the data changes afterwards, while the live view
 * (the switch) moves with the data; the assessor sees the live computation by default.
 */
@AppTest
class ResultStatusBrowserTest {
    static final String PERIOD = "year=2025&month=4";
    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void courtsSeeThePublishedVersionAndItStaysWhenTheDataChanges() throws Exception {
        WebDriver d = Browser.driver();
        Browser.login(base(), "assessor", "demo2026");
        Browser.open(d, base() + "/periods");
        new Select(d.findElement(By.id("compute-month"))).selectByValue("4");
        d.findElement(By.id("compute")).click();
        Browser.await().until(ExpectedConditions.elementToBeClickable(By.id("review-run"))).click();
        Browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("publish"))).click();
        Browser.await().until(ExpectedConditions.alertIsPresent()).accept();
        Browser.await().until(ExpectedConditions.textToBe(By.id("run-status"), "已发布"));

        // the assessor works on the live computation
        Browser.open(d, base() + "/evaluation/ranking?level=BASIC&" + PERIOD);
        assertThat(d.findElement(By.id("result-badge")).getText()).startsWith("实时计算（数据版本 ");

        // the court administrator sees the published version, on the ranking and the court page
        Browser.login(base(), "chengdong", "demo2026");
        Browser.open(d, base() + "/evaluation/courts/江0102?" + PERIOD);
        assertThat(d.findElement(By.id("result-badge")).getText()).matches("已发布 第\\d+版（\\d{4}-\\d{2}-\\d{2}）");
        String published = d.findElement(By.id("total")).getText();
        Browser.screenshot("40-court-published");

        // the data changes after publishing: an assessor finds one of the court's evidence items not met
        String item = jdbc.queryForObject("SELECT MIN(indicator_code) FROM evidence WHERE court_code = '江0102'"
                + " AND report_year = 2025 AND status = 'MET' AND count_value IS NULL AND partial_score IS NULL", String.class);
        assess(item, "NOT_MET");
        try {
            Browser.open(d, base() + "/evaluation/courts/江0102?" + PERIOD);
            assertThat(d.findElement(By.id("total")).getText()).isEqualTo(published);
            d.findElement(By.id("view-live")).click();
            Browser.await().until(ExpectedConditions.textMatches(By.id("result-badge"), java.util.regex.Pattern.compile("^实时计算")));
            assertThat(d.getCurrentUrl()).contains("view=live");
            assertThat(d.findElement(By.id("total")).getText()).isNotEqualTo(published);
            assertThat(d.findElement(By.id("result-note")).getText()).contains("可能与已发布的第");
            // the live view is kept when following the page's links
            assertThat(d.findElement(By.id("export-tree")).getAttribute("href")).contains("view=live");
            d.findElement(By.id("view-published")).click();
            Browser.await().until(ExpectedConditions.textMatches(By.id("result-badge"), java.util.regex.Pattern.compile("^已发布")));
            assertThat(d.findElement(By.id("total")).getText()).isEqualTo(published);
            Browser.open(d, base() + "/evaluation/ranking?level=BASIC&" + PERIOD);
            assertThat(d.findElement(By.id("result-badge")).getText()).startsWith("已发布 第");
        } finally {
            assess(item, "MET");
        }
    }

    private void assess(String code, String status) throws Exception {
        mvc.perform(post("/evidence/江0102/{code}/assessment", code).param("year", "2025").param("status", status)
                .with(Users.ASSESSOR).with(csrf()));
    }
}
