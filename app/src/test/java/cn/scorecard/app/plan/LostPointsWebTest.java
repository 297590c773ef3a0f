package cn.scorecard.app.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.scorecard.app.AppTest;
import cn.scorecard.app.evaluation.EvaluationService;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.security.Role;
import cn.scorecard.core.evaluation.CourtResult;
import cn.scorecard.core.metric.Period;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The lost points of the demo's 江0102 on the court page, its own page, the API and Excel: they add up to 100 − total. */
@AppTest
class LostPointsWebTest {
    static final CurrentUser ASSESSOR = new CurrentUser("assessor", "第三方评估组", "-", Role.ASSESSOR, null, null, true);
    static final CurrentUser BASIC_COURT = new CurrentUser("chengdong", "城东区法院执行局", "-", Role.COURT_ADMIN, "江0102", null, true);
    static final String COURT = "江0102";
    @Autowired
    MockMvc mvc;
    @Autowired
    EvaluationService service;

    MockHttpServletResponse get200(CurrentUser as, String url) throws Exception {
        MockHttpServletResponse r = mvc.perform(get(url).with(user(as))).andReturn().getResponse();
        assertThat(r.getStatus()).as(url).isEqualTo(200);
        return r;
    }

    @Test
    void apiRowsAddUpToOneHundredMinusTheTotal() throws Exception {
        int year = service.latestYear();
        CourtResult court = service.court(COURT, Period.year(year));
        JsonNode json = new ObjectMapper().readTree(get200(ASSESSOR,
                "/api/evaluation/courts/" + COURT + "/lost-points?year=" + year + "&view=live").getContentAsString());
        assertThat(json.get("total").asDouble()).isCloseTo(court.total(), within(1e-9));
        double sum = 0;
        double previous = Double.MAX_VALUE;
        for (JsonNode row : json.get("rows")) {
            double lost = row.get("lostPoints").asDouble();
            assertThat(lost).isLessThanOrEqualTo(previous + 1e-12);
            previous = lost;
            sum += lost;
            // a leaf's lost points are (100 − score) × its share of the total
            assertThat(lost).isCloseTo((100 - row.get("score").asDouble()) * row.get("sharePercent").asDouble() / 100, within(1e-9));
        }
        assertThat(sum + court.total()).isCloseTo(100, within(1e-9));
        assertThat(json.get("rows").get(0).get("lostPoints").asDouble()).isPositive();
    }

    @Test
    void pagesShowTheListAndTheSum() throws Exception {
        int year = service.latestYear();
        String court = get200(BASIC_COURT, "/evaluation/courts/" + COURT + "?year=" + year).getContentAsString();
        assertThat(court).contains("id=\"lost-points\"").contains("全部失分清单");
        String page = get200(BASIC_COURT, "/evaluation/courts/" + COURT + "/lost-points?year=" + year).getContentAsString();
        assertThat(page).contains("失分合计").contains("= 100.00");
    }

    @Test
    void workbookHasEveryApplicableLeafAndTheSameSum() throws Exception {
        int year = service.latestYear();
        CourtResult court = service.court(COURT, Period.year(year));
        byte[] xlsx = get200(ASSESSOR, "/evaluation/courts/" + COURT + "/lost-points.xlsx?year=" + year + "&view=live")
                .getContentAsByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = wb.findSheet(LostPointsWorkbook.SHEET).orElseThrow().read();
            assertThat(rows.get(LostPointsWorkbook.HEADER_ROW).getCellText(8)).isEqualTo("失分");
            double sum = 0;
            for (Row r : rows.subList(LostPointsWorkbook.HEADER_ROW + 1, rows.size())) {
                sum += r.getCellAsNumber(8).orElseThrow().doubleValue();
            }
            assertThat(sum + court.total()).isCloseTo(100, within(1e-9));
        }
    }

    @Test
    void anotherCourtIsRefused() throws Exception {
        int status = mvc.perform(get("/evaluation/courts/江0103/lost-points").with(user(BASIC_COURT))).andReturn()
                .getResponse().getStatus();
        assertThat(status).isEqualTo(403);
    }
}
