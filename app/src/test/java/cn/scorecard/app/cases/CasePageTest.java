package cn.scorecard.app.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.scorecard.app.AppTest;
import cn.scorecard.app.evaluation.EvaluationService;
import cn.scorecard.app.security.Role;
import cn.scorecard.app.security.Users;
import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.Times;
import cn.scorecard.core.evaluation.NodeResult;
import cn.scorecard.core.metric.Period;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The case page (案件画像) and its API on the demo province: a case closed after its statutory deadline, and scope. */
@AppTest
class CasePageTest {
    private static final String COURT = "江0102";
    @Autowired
    MockMvc mvc;
    @Autowired
    EvaluationService service;
    @Autowired
    cn.scorecard.app.staff.StaffResultService staff;
    private int year;
    private int row;
    private String number;

    /** A first-enforcement case of 江0102 closed in the year after its statutory deadline (missed B4.04.1). */
    @BeforeEach
    void lateCase() {
        year = service.latestYear();
        NodeResult leaf = service.court(COURT, Period.year(year)).find("B4.04.1");
        row = leaf.explanation().denominatorRecords().minus(leaf.explanation().numeratorRecords()).indexes().findFirst().orElseThrow();
        number = service.data().cases().number(row);
    }

    private Document page(RequestPostProcessor user) throws Exception {
        return Jsoup.parse(mvc.perform(get("/cases/{c}/{n}?year={y}", COURT, number, year).with(user))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void showsTheCaseItsTimelineItsDeadlineAndWhyItMissed() throws Exception {
        CaseTable t = service.data().cases();
        int over = t.closed(row) - t.statutoryDeadline(row);
        assertThat(over).isPositive();
        Document d = page(Users.BASIC_ADMIN);
        assertThat(d.selectFirst("#case-number").text()).isEqualTo(number);
        assertThat(d.select("#case-facts td").eachText()).contains(Times.format(t.filed(row)), Times.format(t.closed(row)));
        java.util.List<String> events = d.select("#case-timeline li strong").eachText();
        assertThat(events).startsWith("立案").contains("结案");
        assertThat(d.select("#case-timeline li").get(events.indexOf("结案")).text()).startsWith(Times.format(t.closed(row)) + " 结案");
        Element statutory = d.selectFirst("#case-deadlines tbody tr");
        assertThat(statutory.child(2).text()).isEqualTo(Times.format(t.statutoryDeadline(row)));
        assertThat(statutory.child(4).text()).isEqualTo("超期 " + over + " 日结案");
        Element b404 = d.select("#case-indicators tbody tr").stream().filter(r -> r.child(0).text().startsWith("B4.04.1"))
                .findFirst().orElseThrow();
        assertThat(b404.child(1).text()).startsWith("分母");
        assertThat(b404.child(2).text()).isEqualTo("未达标");
        assertThat(b404.child(3).text()).contains("超期 " + over + " 日");
        // the fulfilment rate counts it too (same denominator), as 达标 exactly when it closed by 执行完毕
        Element b402 = d.select("#case-indicators tbody tr").stream().filter(r -> r.child(0).text().startsWith("B4.02.1"))
                .findFirst().orElseThrow();
        assertThat(b402.child(2).text()).isEqualTo(t.method(row).label().equals("执行完毕") ? "达标" : "未达标");
    }

    @Test
    void theApiGivesTheSameReasons() throws Exception {
        String json = mvc.perform(get("/api/cases/{c}/{n}?year={y}", COURT, number, year).with(Users.ASSESSOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode m = new ObjectMapper().readTree(json);
        assertThat(m.get("number").asText()).isEqualTo(number);
        JsonNode b404 = null;
        for (JsonNode i : m.get("indicators")) if (i.get("code").asText().equals("B4.04.1")) b404 = i;
        assertThat(b404).isNotNull();
        assertThat(b404.get("set").asText()).isEqualTo("denominator");
        assertThat(b404.get("reason").get("met").asBoolean()).isFalse();
        assertThat(b404.get("reason").get("cells").get(3).asText())
                .isEqualTo(Times.format(service.data().cases().statutoryDeadline(row)));
        assertThat(m.get("timeline").get(0).get("event").asText()).isEqualTo("立案");
    }

    @Test
    void theOpenApiDocumentDescribesTheCasePageAndTheReasons() throws Exception {
        String doc = mvc.perform(get("/v3/api-docs").with(Users.ASSESSOR)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        JsonNode paths = new ObjectMapper().readTree(doc).get("paths");
        assertThat(paths.get("/api/cases/{court}/{number}").get("get").get("summary").asText()).startsWith("案件画像");
        assertThat(paths.get("/api/evaluation/courts/{code}/indicators/{node}/records").get("get").get("summary").asText())
                .contains("原因");
    }

    @Test
    void theStaffItemsThatNameTheCaseFollowTheStaffRules() throws Exception {
        java.time.YearMonth month = staff.defaultMonth();
        String[] found = null;
        for (cn.scorecard.core.staff.PersonResult p : staff.month(month).people()) {
            if (!service.data().courts().get(p.court()).code().equals(COURT)) continue;
            for (cn.scorecard.core.staff.ItemResult item : p.items()) {
                for (cn.scorecard.core.staff.Reason r : item.reasons()) {
                    for (String ref : r.refs()) {
                        if (found == null && ref.contains("执")) found = new String[] {ref, item.code() + " " + item.name(), p.name()};
                    }
                }
            }
        }
        assertThat(found).as("an item of 江0102 names a case in " + month).isNotNull();
        Document d = Jsoup.parse(mvc.perform(get("/cases/{c}/{n}", COURT, found[0]).with(Users.BASIC_ADMIN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        String item = found[1];
        String person = found[2];
        assertThat(d.select("#case-staff tbody tr").stream()
                .anyMatch(r -> r.child(1).text().equals(item) && r.child(0).text().startsWith(person))).isTrue();
        // assessors do not read the staff assessment: the section stays empty for them
        Document assessor = Jsoup.parse(mvc.perform(get("/cases/{c}/{n}", COURT, found[0]).with(Users.ASSESSOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(assessor.select("#case-staff")).isEmpty();
    }

    @Test
    void courtScopeApplies() throws Exception {
        page(Users.OFFICER); // an officer of the court
        page(Users.INTERMEDIATE_ADMIN); // the court above
        mvc.perform(get("/cases/{c}/{n}", COURT, number).with(Users.as(Role.COURT_ADMIN, "江0202")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/cases/{c}/{n}", COURT, number).with(Users.as(Role.OFFICER, "江0202", "江0202-001")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/cases/{c}/{n}", COURT, "（2099）江0102执1号").with(Users.ADMIN)).andExpect(status().isNotFound());
    }

    @Test
    void theRecordListLinksEachCaseNumberToItsPage() throws Exception {
        Document d = Jsoup.parse(mvc.perform(get("/evaluation/courts/{c}/indicators/B4.04.1/records?set=missed&year={y}", COURT, year)
                .with(Users.ASSESSOR)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        String href = d.selectFirst("#records tbody tr a.case-link").attr("href");
        assertThat(href).startsWith("/cases/");
        Document target = Jsoup.parse(mvc.perform(get(java.net.URI.create(href)).with(Users.ASSESSOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(target.selectFirst("#case-number").text()).isEqualTo(d.selectFirst("#records tbody tr a.case-link").text());
    }
}
