package cn.scorecard.app.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.security.Role;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import cn.scorecard.app.AppTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.web.context.WebApplicationContext;

/**
 * The access rules of the warnings on the demo province (as of its last day, 2025-12-31). MockMvc is built on
 * the browser tests' context (same properties, no extra annotations), so Spring starts once for both.
 */
@AppTest
class WarningAccessTest {
    static final CurrentUser SUN = new CurrentUser("sunxueyan", "孙雪艳", "-", Role.OFFICER, "江0102", "江0102-001", true);
    static final CurrentUser UNLINKED = new CurrentUser("nobody", "未关联", "-", Role.OFFICER, "江0102", null, true);
    static final CurrentUser CHENGDONG = new CurrentUser("chengdong", "城东区法院执行局", "-", Role.COURT_ADMIN, "江0102", null, true);
    static final CurrentUser ZHONGYUAN = new CurrentUser("zhongyuan", "澄源中院执行局", "-", Role.COURT_ADMIN, "江01", null, true);
    static final CurrentUser KAOHE = new CurrentUser("kaohe", "考核领导小组", "-", Role.STAFF_GROUP, "江0102", null, true);
    static final CurrentUser ASSESSOR = new CurrentUser("assessor", "评估组", "-", Role.ASSESSOR, null, null, true);
    private final ObjectMapper json = new ObjectMapper();
    @Autowired
    WebApplicationContext context;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    private JsonNode api(CurrentUser who, String query) throws Exception {
        String body = mvc.perform(get("/api/warnings?asOf=2025-12-31&size=1000&" + query).with(user(who)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    private int statusOf(CurrentUser who, String query) throws Exception {
        MockHttpServletRequestBuilder r = get("/api/warnings?asOf=2025-12-31&" + query).with(user(who));
        return mvc.perform(r).andReturn().getResponse().getStatus();
    }

    private static Set<String> officers(JsonNode w) {
        Set<String> ids = new HashSet<>();
        for (String role : new String[] {"judge", "assistant", "clerk"}) {
            if (w.hasNonNull(role)) ids.add(w.get(role).get("id").asText());
        }
        return ids;
    }

    @Test
    void anOfficerGetsOnlyTheCasesWhereTheyAreJudgeAssistantOrClerk() throws Exception {
        JsonNode mine = api(SUN, "");
        assertThat(mine.get("total").asInt()).isPositive();
        for (JsonNode w : mine.get("warnings")) assertThat(officers(w)).contains("江0102-001");
        // the court has many more, among them another team's, which she never gets
        JsonNode court = api(CHENGDONG, "court=江0102");
        assertThat(court.get("total").asInt()).isGreaterThan(mine.get("total").asInt());
        Set<String> hers = new HashSet<>();
        mine.get("warnings").forEach(w -> hers.add(w.get("caseNumber").asText()));
        JsonNode other = api(CHENGDONG, "staff=江0102-004");
        assertThat(other.get("total").asInt()).isPositive();
        other.get("warnings").forEach(w -> assertThat(hers).doesNotContain(w.get("caseNumber").asText()));
    }

    @Test
    void anOfficerAskingForAnotherOfficerOrCourtIsRefused() throws Exception {
        assertThat(statusOf(SUN, "staff=江0102-004")).isEqualTo(403);
        assertThat(statusOf(SUN, "staff=江0102-002")).isEqualTo(403);
        assertThat(statusOf(SUN, "court=江0103")).isEqualTo(403);
        assertThat(api(SUN, "staff=江0102-001").get("total").asInt()).isEqualTo(api(SUN, "").get("total").asInt());
        assertThat(api(UNLINKED, "").get("total").asInt()).isZero();
    }

    @Test
    void aBasicCourtAdministratorCannotReadAnotherCourt() throws Exception {
        assertThat(statusOf(CHENGDONG, "court=江0103")).isEqualTo(403);
        assertThat(statusOf(CHENGDONG, "staff=江0103-001")).isEqualTo(403);
        assertThat(statusOf(KAOHE, "court=江0103")).isEqualTo(403);
        for (JsonNode w : api(CHENGDONG, "").get("warnings")) assertThat(w.get("courtCode").asText()).isEqualTo("江0102");
        // an intermediate court's administrator sees the courts under it; the assessment group every court
        assertThat(api(ZHONGYUAN, "court=江0103").get("total").asInt()).isPositive();
        assertThat(statusOf(ZHONGYUAN, "court=江0202")).isEqualTo(403);
        assertThat(api(ASSESSOR, "court=江0202").get("total").asInt()).isPositive();
    }

    @Test
    void theRuleFilterKeepsTheCountsAndTheOrderIsByUrgency() throws Exception {
        JsonNode all = api(CHENGDONG, "");
        JsonNode one = api(CHENGDONG, "rule=statutory_period");
        assertThat(one.get("counts")).isEqualTo(all.get("counts"));
        int expected = 0;
        for (JsonNode c : all.get("counts")) if (c.get("rule").asText().equals("statutory_period")) expected = c.get("total").asInt();
        assertThat(one.get("total").asInt()).isEqualTo(expected).isPositive();
        String previous = "";
        boolean seenDueSoon = false;
        for (JsonNode w : all.get("warnings")) {
            assertThat(w.get("due").asText()).isGreaterThanOrEqualTo(previous);
            previous = w.get("due").asText();
            if (w.get("status").asText().equals("DUE_SOON")) seenDueSoon = true;
            else assertThat(seenDueSoon).as("overdue before due soon").isFalse();
        }
        assertThat(statusOf(CHENGDONG, "rule=no_such_rule")).isEqualTo(400);
        assertThat(statusOf(CHENGDONG, "staff=江9999-001")).isEqualTo(404);
    }

    @Test
    void thePageShowsTheMomentAndAnHtmxRequestGetsOnlyTheList() throws Exception {
        String page = mvc.perform(get("/warnings").with(user(SUN))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("预警 · 临期与超期案件", "2025-12-31 23:59", "id=\"nav-warnings\"", "孙雪艳（江0102-001）");
        String list = mvc.perform(get("/warnings?rule=statutory_period").header("HX-Request", "true").with(user(SUN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).startsWith("<div id=\"warning-list\"").doesNotContain("<nav class=\"navbar");
        assertThat(list).contains("data-rule=\"statutory_period\"").doesNotContain("data-rule=\"long_pending\" data-status");
        mvc.perform(get("/warnings?court=江0103").with(user(SUN))).andExpect(status().isForbidden());
    }

    @Test
    void theApiIsDescribedInOpenApi() throws Exception {
        String doc = mvc.perform(get("/v3/api-docs").with(user(ASSESSOR))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(doc).contains("/api/warnings", "期限预警列表", "预警");
    }

    @Test
    void anonymousCallsAreNotAnswered() throws Exception {
        assertThat(mvc.perform(get("/api/warnings")).andReturn().getResponse().getStatus()).isIn(302, 401);
    }
}
