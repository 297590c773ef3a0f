package cn.scorecard.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.app.AppTest;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The list controls in the browser: page size, search, sort by a header, export; a user edited in place. */
@AppTest
class ListsBrowserTest {
    @LocalServerPort
    int port;

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void aListIsSizedSearchedSortedAndExported() throws Exception {
        Browser.login(base(), "assessor", "demo2026");
        WebDriver d = Browser.driver();
        Browser.open(d, base() + "/evaluation/courts/江0102/indicators/B4.02.1/records?year=2025");
        new Select(d.findElement(By.id("list-size"))).selectByValue("20"); // sends the form at once
        Browser.await().until(ExpectedConditions.urlContains("size=20"));
        assertThat(d.findElements(By.cssSelector("#records tbody tr"))).hasSize(20);
        Browser.click(d.findElement(By.cssSelector("#records th[data-key='c2'] a")));
        Browser.await().until(ExpectedConditions.attributeToBe(By.cssSelector("#records th[data-key='c2']"), "aria-sort", "ascending"));
        assertThat(d.getCurrentUrl()).contains("size=20");
        String number = d.findElement(By.cssSelector("#records tbody td")).getText();
        d.findElement(By.id("list-q")).sendKeys(number, Keys.ENTER);
        Browser.await().until(ExpectedConditions.textToBe(By.cssSelector("#list-total strong"), "1"));
        Browser.screenshot("50-list-controls");
        Browser.click(d.findElement(By.id("list-export")));
        assertThat(Files.readAllBytes(Browser.awaitDownload(".xlsx"))).startsWith('P', 'K');
    }

    @Test
    void aUserIsEditedInPlace() {
        Browser.login(base(), "admin", "demo2026");
        WebDriver d = Browser.driver();
        Browser.open(d, base() + "/admin/users");
        Browser.click(d.findElement(By.cssSelector("#users tr[data-user='songlinlan'] a.edit-user")));
        Browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("edit-row")));
        assertThat(d.findElement(By.id("edit-row")).getAttribute("data-user")).isEqualTo("songlinlan");
        assertThat(d.findElement(By.id("edit-user-name")).getAttribute("value")).isEqualTo("宋琳兰");
        assertThat(new Select(d.findElement(By.id("new-user-role"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("OFFICER");
        Browser.screenshot("51-user-edit-in-place");
    }
}
