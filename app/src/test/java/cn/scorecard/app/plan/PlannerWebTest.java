package cn.scorecard.app.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.scorecard.app.AppTest;
import cn.scorecard.app.evaluation.EvaluationService;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.security.Role;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The planner and what-if of the demo's 江0102 planned from 2025-12-01 (the demo's data end on 2025-12-31): the API,
 * the page, the work list and saved scenarios.
 */
@AppTest
class PlannerWebTest {
    static final CurrentUser ASSESSOR = new CurrentUser("assessor", "第三方评估组", "-", Role.ASSESSOR, null, null, true);
    static final CurrentUser BASIC_COURT = new CurrentUser("chengdong", "城东区法院执行局", "-", Role.COURT_ADMIN, "江0102", null, true);
    static final CurrentUser OTHER = new CurrentUser("zhongyuan", "澄源中院执行局", "-", Role.COURT_ADMIN, "江01", null, true);
    static final String COURT = "江0102";
    static final String FROM = "2025-12-01";
    @Autowired
    MockMvc mvc;
    @Autowired
    EvaluationService service;
    final ObjectMapper json = new ObjectMapper();

    MockHttpServletResponse get200(CurrentUser as, String url) throws Exception {
        return get200(as, get(url));
    }

    MockHttpServletResponse get200(CurrentUser as, MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse r = mvc.perform(request.with(user(as))).andReturn().getResponse();
        assertThat(r.getStatus()).as(r.getErrorMessage()).isEqualTo(200);
        return r;
    }

    static MockHttpServletRequestBuilder whatIf(JsonNode... actions) {
        MockHttpServletRequestBuilder b = get("/api/evaluation/courts/{c}/what-if", COURT).param("year", "2025");
        for (JsonNode a : actions) b.param("a", a.get("id").asText());
        return b;
    }

    JsonNode plan() throws Exception {
        return json.readTree(get200(BASIC_COURT, "/api/evaluation/courts/" + COURT + "/planner?year=2025&from=" + FROM)
                .getContentAsString());
    }

    @Test
    void theApiListsActionsByGainAndWhatIfRecomputesThem() throws Exception {
        JsonNode plan = plan();
        double total = service.court(COURT, Period.year(2025)).total();
        assertThat(plan.get("total").asDouble()).isCloseTo(total, within(1e-9));
        JsonNode actions = plan.get("actions");
        assertThat(actions.size()).isGreaterThan(2);
        double previous = Double.MAX_VALUE;
        for (JsonNode a : actions) {
            assertThat(a.get("gain").asDouble()).isPositive().isLessThanOrEqualTo(previous);
            previous = a.get("gain").asDouble();
            assertThat(a.get("deadline").asText()).isGreaterThanOrEqualTo(FROM).isLessThanOrEqualTo("2025-12-31");
        }
        JsonNode first = actions.get(0);
        JsonNode one = json.readTree(get200(BASIC_COURT, whatIf(first))
                .getContentAsString());
        assertThat(one.get("gain").asDouble()).isCloseTo(first.get("gain").asDouble(), within(1e-9));
        assertThat(one.get("totalAfter").asDouble()).isCloseTo(total + first.get("gain").asDouble(), within(1e-9));
        JsonNode two = json.readTree(get200(BASIC_COURT, whatIf(first, actions.get(1))).getContentAsString());
        assertThat(two.get("gain").asDouble()).isGreaterThan(first.get("gain").asDouble());
        assertThat(two.get("changes").size()).isGreaterThan(0);
        // the data did not change
        assertThat(service.court(COURT, Period.year(2025)).total()).isEqualTo(total);
    }

    @Test
    void badActionIdIsA400NamingIt() throws Exception {
        MockHttpServletResponse r = mvc.perform(get("/api/evaluation/courts/{c}/what-if", COURT)
                .param("a", "close|（2025）江0102执999999号|2025-12-20|FULFILLED").with(user(BASIC_COURT))).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(r.getErrorMessage()).contains("（2025）江0102执999999号");
    }

    @Test
    void pageAndWorkListShowTheSameActions() throws Exception {
        int count = plan().get("actions").size();
        String page = get200(BASIC_COURT, "/evaluation/courts/" + COURT + "/planner?year=2025&from=" + FROM).getContentAsString();
        assertThat(page).contains("id=\"plan\"").contains("同级法院的指标值保持不变").contains("共 " + count + " 项操作");
        byte[] xlsx = get200(BASIC_COURT, "/evaluation/courts/" + COURT + "/planner.xlsx?year=2025&from=" + FROM).getContentAsByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = wb.findSheet(PlannerWorkbook.ACTIONS).orElseThrow().read();
            assertThat(rows.size() - PlannerWorkbook.HEADER_ROW - 1).isEqualTo(count);
        }
        JsonNode officerPlan = json.readTree(get200(BASIC_COURT, "/api/evaluation/courts/" + COURT + "/planner?year=2025&from="
                + FROM + "&officer=" + plan().get("actions").get(0).get("officerId").asText()).getContentAsString());
        assertThat(officerPlan.get("actions").size()).isBetween(1, count);
    }

    @Test
    void aSavedScenarioIsTheUsersOwn() throws Exception {
        JsonNode first = plan().get("actions").get(0);
        MockHttpServletResponse saved = mvc.perform(post("/evaluation/courts/" + COURT + "/scenarios")
                .param("year", "2025").param("name", "年底冲刺").param("a", first.get("id").asText())
                .with(user(BASIC_COURT)).with(csrf())).andReturn().getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        String location = saved.getRedirectedUrl();
        assertThat(location).contains("scenario=");
        String id = location.substring(location.indexOf("scenario=") + "scenario=".length());
        String page = get200(BASIC_COURT, get("/evaluation/courts/{c}/what-if", COURT).param("year", "2025")
                .param("scenario", id)).getContentAsString();
        assertThat(page).contains("年底冲刺").contains(first.get("id").asText()).contains("id=\"total-after\"");
        // another user (who may see the court) does not find it
        int other = mvc.perform(get("/evaluation/courts/{c}/what-if", COURT).param("scenario", id).with(user(OTHER)))
                .andReturn().getResponse().getStatus();
        assertThat(other).isEqualTo(404);
    }
}
