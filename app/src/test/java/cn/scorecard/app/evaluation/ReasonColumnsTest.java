package cn.scorecard.app.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.scorecard.app.AppTest;
import cn.scorecard.app.security.Users;
import cn.scorecard.core.cases.Times;
import cn.scorecard.core.evaluation.NodeResult;
import cn.scorecard.core.metric.Period;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The record lists and their API carry each record's verdict and reason in columns of their own (issue 10, 1). */
@AppTest
class ReasonColumnsTest {
    private static final String COURT = "江0102";
    @Autowired
    MockMvc mvc;
    @Autowired
    EvaluationService service;

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(Users.ASSESSOR)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    private static List<String> header(Document d) {
        return d.select("#records thead th").eachText();
    }

    @Test
    void theMissedListOfTheFulfilmentRateSaysHowEachCaseClosed() throws Exception {
        int year = service.latestYear();
        Document d = page("/evaluation/courts/" + COURT + "/indicators/B4.02.1/records?set=missed&year=" + year);
        List<String> header = header(d);
        int verdict = header.indexOf("判定");
        assertThat(verdict).isEqualTo(9); // after the nine columns of a case
        assertThat(header.subList(verdict + 1, header.size())).containsExactly("立案日期", "结案日期", "结案方式", "说明");
        List<Element> rows = d.select("#records tbody tr");
        assertThat(rows).isNotEmpty();
        for (Element r : rows) {
            assertThat(r.child(verdict).text()).isEqualTo("未达标");
            assertThat(r.child(verdict + 3).text()).isNotEqualTo("执行完毕").isEqualTo(r.child(4).text());
            assertThat(r.child(verdict + 4).text()).isEqualTo("以“" + r.child(4).text() + "”结案，非执行完毕");
        }
    }

    @Test
    void theDenominatorListMarksEachCaseMetOrMissedAsTheNumeratorCounts() throws Exception {
        int year = service.latestYear();
        Document d = page("/evaluation/courts/" + COURT + "/indicators/B4.02.1/records?set=denominator&size=100&year=" + year);
        int verdict = header(d).indexOf("判定");
        for (Element r : d.select("#records tbody tr")) {
            boolean fulfilled = r.child(4).text().equals("执行完毕");
            assertThat(r.child(verdict).text()).isEqualTo(fulfilled ? "达标" : "未达标");
        }
    }

    @Test
    void theMissesOfTheKeyNodeMeanAreTheCasesWithAnOverdueNode() throws Exception {
        int year = service.latestYear();
        NodeResult leaf = service.court(COURT, Period.year(year)).find("B1.12.3");
        Document d = page("/evaluation/courts/" + COURT + "/indicators/B1.12.3/records?set=missed&year=" + year);
        assertThat(Integer.parseInt(d.selectFirst("#record-total").text())).isEqualTo(leaf.explanation().numeratorRecords().size())
                .isPositive();
        int verdict = header(d).indexOf("判定");
        for (Element r : d.select("#records tbody tr")) {
            assertThat(r.child(verdict).text()).isEqualTo("未达标");
            assertThat(Integer.parseInt(r.child(verdict + 2).text())).isPositive();
        }
    }

    @Test
    void theStatutoryMissesShowTheDeadlineAndTheDaysOverInTheApiToo() throws Exception {
        int year = service.latestYear();
        NodeResult leaf = service.court(COURT, Period.year(year)).find("B4.04.1");
        assertThat(leaf.denominator() - leaf.numerator()).as("the demo court has late closings").isPositive();
        String json = mvc.perform(get("/api/evaluation/courts/" + COURT + "/indicators/B4.04.1/records?set=missed&year=" + year)
                .with(Users.ASSESSOR)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode m = new ObjectMapper().readTree(json);
        assertThat(m.get("reasonHeader").toString()).isEqualTo("[\"立案日期\",\"扣除\",\"延长\",\"法定期限届满日\",\"结案日期\",\"超期\"]");
        JsonNode reasons = m.get("reasons");
        assertThat(reasons.size()).isEqualTo(m.get("rows").size()).isPositive();
        for (JsonNode r : reasons) {
            assertThat(r.get("met").asBoolean()).isFalse();
            LocalDate deadline = LocalDate.parse(r.get("cells").get(3).asText());
            LocalDate closed = LocalDate.parse(r.get("cells").get(4).asText());
            assertThat(r.get("cells").get(5).asText()).isEqualTo("超期 " + (closed.toEpochDay() - deadline.toEpochDay()) + " 日");
            assertThat(r.get("details").get(0).asText()).startsWith("立案 " + r.get("cells").get(0).asText() + " 起 6 个月");
        }
        int row = leaf.explanation().denominatorRecords().minus(leaf.explanation().numeratorRecords()).indexes().findFirst().orElseThrow();
        assertThat(Times.format(service.data().cases().statutoryDeadline(row))).isNotEmpty();
    }
}
