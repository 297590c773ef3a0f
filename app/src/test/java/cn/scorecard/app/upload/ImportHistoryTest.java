package cn.scorecard.app.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.scorecard.app.AppTest;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.security.Role;
import java.time.LocalDateTime;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The import history lists every run with its counts, a rejected one with its errors. */
@AppTest
class ImportHistoryTest {
    private static final CurrentUser ADMIN = new CurrentUser("admin", "系统管理员", "-", Role.ADMIN, null, null, true);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyRunIsListedWithItsCounts() throws Exception {
        LocalDateTime t = LocalDateTime.of(2026, 1, 12, 8, 0);
        jdbc.update("INSERT INTO import_log (started_at, finished_at, actor, files, rows_read, accepted, error_count, "
                + "first_errors, data_version, rows_written, written) VALUES (?, ?, '监视文件夹（/srv/in）', '案件20260112.csv', 3, TRUE, 0, "
                + "NULL, 99, 3, '案件 2、流程节点 1')", t, t.plusSeconds(2));
        jdbc.update("INSERT INTO import_log (started_at, finished_at, actor, files, rows_read, accepted, error_count, "
                + "first_errors, data_version, rows_written, written) VALUES (?, ?, '数据库来源（案件）', '案件', 1, FALSE, 1, "
                + "'案件 第2行 结案方式 “办完了”：未知的结案方式', NULL, 0, '')", t.plusMinutes(5), t.plusMinutes(5));
        String html = mvc.perform(get("/import/history").with(user(ADMIN))).andReturn().getResponse().getContentAsString();
        String rows = Jsoup.parse(html).select("#import-history tbody tr").text();
        assertThat(rows).contains("2026-01-12 08:00 2026-01-12 08:00 监视文件夹（/srv/in） 案件20260112.csv 3 3 案件 2、流程节点 1 已导入");
        assertThat(rows).contains("数据库来源（案件） 案件 1 0").contains("被拒绝（1 个错误）").contains("未知的结案方式");
    }
}
