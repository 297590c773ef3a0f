package cn.scorecard.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.app.AppTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the layout promises: the core targets' colours survive Bootstrap's table styles, and on a phone (390 px) the
 * navigation folds into a menu and the court page and the officer's page fit the screen (wide tables scroll in
 * their own box, never the page).
 */
@AppTest
class LayoutBrowserTest {
    static final String MET = "rgb(209, 231, 221)";
    static final String MISSED = "rgb(248, 215, 218)";
    @LocalServerPort
    int port;

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void coreTargetCellsOfTheRankingAreGreenWhenMetAndRedWhenMissed() {
        Browser.login(base(), "assessor", "demo2026");
        WebDriver d = Browser.driver();
        Browser.open(d, base() + "/evaluation/ranking?level=BASIC&year=2025");
        List<WebElement> met = d.findElements(By.cssSelector("#ranking td.core-met"));
        List<WebElement> missed = d.findElements(By.cssSelector("#ranking td.core-missed"));
        assertThat(met).isNotEmpty();
        assertThat(missed).isNotEmpty();
        assertThat(Browser.computed(met.get(0), "background-color")).isEqualTo(MET);
        assertThat(Browser.computed(missed.get(0), "background-color")).isEqualTo(MISSED);
        assertThat(Browser.computed(missed.get(0), "color")).isEqualTo("rgb(132, 32, 41)");
    }

    @Test
    void onAPhoneTheMenuFoldsAndTheCourtPageAndTheOfficersPageFitTheScreen() {
        WebDriver d = Browser.driver();
        try {
            Browser.phone();
            Browser.login(base(), "chengdong", "demo2026");
            Browser.open(d, base() + "/evaluation/courts/江0102?year=2025");
            Browser.await().until(ExpectedConditions.attributeToBe(By.id("radar"), "data-loaded", "true"));
            WebElement toggle = d.findElement(By.id("nav-toggle"));
            assertThat(toggle.isDisplayed()).isTrue();
            assertThat(d.findElement(By.id("nav-ranking")).isDisplayed()).isFalse();
            assertThat(Browser.scrollsSideways()).as("the court page scrolls sideways at 390 px").isFalse();
            // the score tree is wider than the phone: it scrolls inside its own box
            WebElement tree = d.findElement(By.id("tree"));
            assertThat(Browser.computed(tree.findElement(By.xpath("..")), "overflow-x")).isEqualTo("auto");
            Browser.screenshot("mobile-court");
            toggle.click(); // Bootstrap's collapse, from bootstrap.bundle.min.js (no inline script)
            Browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-ranking")));
            assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
            Browser.screenshot("mobile-menu");

            Browser.login(base(), "sunxueyan", "demo2026");
            Browser.open(d, base() + "/staff/me?month=2025-06");
            Browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("trend")));
            assertThat(Browser.scrollsSideways()).as("the officer's page scrolls sideways at 390 px").isFalse();
            Browser.screenshot("mobile-officer");
        } finally {
            Browser.desktop();
        }
    }
}
