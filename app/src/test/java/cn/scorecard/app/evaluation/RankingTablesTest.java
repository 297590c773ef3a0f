package cn.scorecard.app.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.scorecard.app.AppTest;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.security.Role;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The ranking's table is rendered once per data version, results, level, period and scope: asked again it is the same
 * table without a render; another scope or period renders its own, and a new data version renders again.
 */
@AppTest
class RankingTablesTest {
    private static final CurrentUser ASSESSOR = new CurrentUser("assessor", "第三方评估组", "-", Role.ASSESSOR, null, null, true);
    private static final CurrentUser BASIC_COURT = new CurrentUser("chengdong", "城东区法院执行局", "-", Role.COURT_ADMIN, "江0102", null, true);
    private static final Pattern TABLE = Pattern.compile("(?s)<table[^>]*id=\"ranking\".*?</table>");
    private static final Pattern ROW = Pattern.compile("<tr data-court=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    RankingTables tables;

    @Test
    void aRepeatedRankingRendersNoTableAndShowsTheSame() throws Exception {
        // a period no other test asks for: the shared context's cache cannot hold it yet
        String first = table(ASSESSOR, "/evaluation/ranking?level=BASIC&year=2025&month=4");
        long renders = tables.renders();
        String again = table(ASSESSOR, "/evaluation/ranking?level=BASIC&year=2025&month=4");

        assertThat(again).isEqualTo(first);
        assertThat(tables.renders()).isEqualTo(renders);
        assertThat(rows(first)).hasSizeGreaterThan(1).contains("江0102", "江0103");
        assertThat(first).contains("/evaluation/courts/%E6%B1%9F0102?year=2025&amp;month=4"); // the request's links

        String court = table(BASIC_COURT, "/evaluation/ranking?level=BASIC&year=2025&month=4");
        assertThat(tables.renders()).as("another viewer's courts: another table").isEqualTo(renders + 1);
        assertThat(rows(court)).containsExactly("江0102");
        table(ASSESSOR, "/evaluation/ranking?level=BASIC&year=2025&month=3");
        assertThat(tables.renders()).as("another period").isEqualTo(renders + 2);
    }

    @Test
    void aNewDataVersionRendersAgain() {
        RankingTables cache = new RankingTables(null, null);
        AtomicInteger rendered = new AtomicInteger();
        assertThat(cache.html(7, "BASIC|2025", () -> "第" + rendered.incrementAndGet() + "次")).isEqualTo("第1次");
        assertThat(cache.html(7, "BASIC|2025", () -> "第" + rendered.incrementAndGet() + "次")).isEqualTo("第1次");
        assertThat(cache.html(8, "BASIC|2025", () -> "第" + rendered.incrementAndGet() + "次")).isEqualTo("第2次");
        assertThat(cache.renders()).isEqualTo(2);
    }

    private String table(CurrentUser as, String url) throws Exception {
        String page = mvc.perform(get(url).with(user(as))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        Matcher m = TABLE.matcher(page);
        assertThat(m.find()).as("the page has its table").isTrue();
        return m.group();
    }

    private static java.util.List<String> rows(String table) {
        return ROW.matcher(table).results().map(r -> r.group(1)).toList();
    }
}
