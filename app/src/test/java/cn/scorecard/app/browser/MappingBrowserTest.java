package cn.scorecard.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.app.AppTest;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 14, point 2: a foreign weekly export is mapped on the screen (two columns by hand, 本院 picked as the
 * court), previewed with its validation report, saved as a profile and imported; next week's export with the
 * same headers (other title, other rows) has the profile chosen by itself.
 */
@AppTest
class MappingBrowserTest {
    private static final String[] HEADER = {"序号", "承办法院", "案件字号", "收案日期", "执行标的", "主办人", "结案方式"};

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;

    @Autowired
    cn.scorecard.app.platform.store.JdbcProvinceSource province;

    /**
     * The weeks' cases are of 2026: left in the shared test database they would make 2026 the latest year of
     * every later test (no published result, no 2025 moment). They go again, with a new data version.
     */
    @org.junit.jupiter.api.AfterEach
    void removeTheImportedWeeks() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String weeks = "court_code = '江0102' AND case_number LIKE '（2026）江0102执900_号'";
        jdbc.update("DELETE FROM case_step WHERE case_id IN (SELECT case_id FROM enforcement_case WHERE " + weeks + ")");
        jdbc.update("DELETE FROM termination_override WHERE " + weeks);
        jdbc.update("DELETE FROM enforcement_case WHERE " + weeks);
        jdbc.update("UPDATE data_version SET version = version + 1, cases_token = NULL WHERE id = 1"); // cases changed outside an import
        province.refresh();
    }

    @Test
    void mapPreviewImportThenTheProfileIsChosenNextWeek() throws Exception {
        String base = "http://localhost:" + port;
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String judge = jdbc.queryForObject("SELECT MIN(code) FROM staff WHERE court_code = '江0102' AND role = 'JUDGE'", String.class);
        Path first = workbook("案件周报20260105.xlsx", "执行案件周报（2026年第1周）", judge,
                new String[] {"（2026）江0102执9001号", "20260105", "1000"}, new String[] {"（2026）江0102执9002号", "20260106", "2500.5"});
        WebDriver d = Browser.driver();
        Browser.login(base, "admin", "demo2026");
        Browser.open(d, base + "/import");
        d.findElement(By.id("files")).sendKeys(first.toAbsolutePath().toString());
        d.findElement(By.id("start-import")).click();
        Browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("mapping-form")));
        String page = d.findElement(By.id("mapping-form")).getText();
        assertThat(page).contains("案件周报20260105.xlsx 工作表“案件清单” · 标题行：第2行").contains("本院").contains("20260105");
        assertThat(d.findElements(By.cssSelector(".missing-required"))).as("案号, 立案日期, 法院代码 suggested").isEmpty();
        assertThat(new Select(d.findElement(By.name("s0.c1"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("法院代码");
        assertThat(d.findElement(By.name("s0.d3")).getAttribute("value")).isEqualTo("yyyyMMdd"); // read off the samples
        assertThat(new Select(d.findElement(By.name("s0.c4"))).getFirstSelectedOption().getAttribute("value")).isEmpty();

        new Select(d.findElement(By.name("s0.c4"))).selectByValue("申请标的额"); // by hand
        new Select(d.findElement(By.name("s0.c5"))).selectByValue("承办法官");    // by hand
        new Select(d.findElement(By.name("s0.v1.0"))).selectByValue("江0102");   // 本院 → the court
        d.findElement(By.id("profile-name")).clear();
        d.findElement(By.id("profile-name")).sendKeys("案件周报（浏览器测试）");
        d.findElement(By.id("preview")).click();
        Browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("mapping-preview")));
        String preview = d.findElement(By.id("mapping-preview")).getText();
        assertThat(preview).contains("江0102 （2026）江0102执9001号 2026-01-05 1000 " + judge);
        assertThat(d.findElement(By.id("check-result")).getText()).contains("校验通过：读取 2 行");
        Browser.screenshot("32-import-mapping");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM enforcement_case WHERE case_number LIKE '%执900_号'", Long.class))
                .as("nothing written by the preview").isZero();

        d.findElement(By.id("save-import")).click();
        Browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("import-result")));
        assertThat(d.findElement(By.id("import-result")).getText()).contains("导入成功");
        assertThat(jdbc.queryForObject("SELECT applied_fen FROM enforcement_case WHERE court_code = '江0102' "
                + "AND case_number = '（2026）江0102执9002号'", Long.class)).isEqualTo(250_050L);

        Path next = workbook("案件周报20260112.xlsx", "执行案件周报（2026年第2周，含补录）", judge,
                new String[] {"（2026）江0102执9003号", "20260109", "300"});
        Browser.open(d, base + "/import");
        d.findElement(By.id("files")).sendKeys(next.toAbsolutePath().toString());
        d.findElement(By.id("start-import")).click();
        Browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("chosen-profile")));
        assertThat(d.findElement(By.id("chosen-profile")).getText()).contains("已自动选用导入配置“案件周报（浏览器测试）”（第1版");
        assertThat(d.findElement(By.id("check-result")).getText()).contains("校验通过：读取 1 行");
        Browser.screenshot("33-import-profile-chosen");
        d.findElement(By.id("import-chosen")).click();
        Browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("import-result")));
        assertThat(d.findElement(By.id("import-result")).getText()).contains("导入成功");
        assertThat(jdbc.queryForObject("SELECT filed_on FROM enforcement_case WHERE court_code = '江0102' "
                + "AND case_number = '（2026）江0102执9003号'", java.sql.Date.class).toString()).isEqualTo("2026-01-09");
    }

    /** A weekly export: a title row, the header, the rows (number, filed yyyyMMdd, amount), a totals row. */
    private static Path workbook(String name, String title, String judge, String[]... rows) throws Exception {
        Path file = Files.createTempDirectory("mapping").resolve(name);
        try (OutputStream os = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(os, "test", "1.0");
            Worksheet ws = wb.newWorksheet("案件清单");
            ws.value(0, 0, title);
            for (int c = 0; c < HEADER.length; c++) ws.value(1, c, HEADER[c]);
            int r = 2;
            for (String[] row : rows) {
                ws.value(r, 0, String.valueOf(r - 1));
                ws.value(r, 1, "本院");
                ws.value(r, 2, row[0]);
                ws.value(r, 3, row[1]);
                ws.value(r, 4, row[2]);
                ws.value(r, 5, judge);
                r++;
            }
            ws.value(r, 0, "合计");
            ws.value(r, 2, "共 " + rows.length + " 件");
            wb.finish();
        }
        return file;
    }
}
