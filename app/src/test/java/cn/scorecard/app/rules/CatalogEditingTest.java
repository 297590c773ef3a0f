package cn.scorecard.app.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.scorecard.app.AppTest;
import cn.scorecard.app.audit.AuditLog;
import cn.scorecard.app.evaluation.EvaluationJson;
import cn.scorecard.app.evaluation.EvaluationService;
import cn.scorecard.app.evaluation.PublishedResults;
import cn.scorecard.app.platform.rules.RuleBookService;
import cn.scorecard.app.platform.rules.RuleVersion;
import cn.scorecard.app.platform.runs.ResultRuns;
import cn.scorecard.app.platform.runs.RunKind;
import cn.scorecard.app.platform.runs.RunPeriod;
import cn.scorecard.app.security.Users;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.evaluation.CourtResult;
import cn.scorecard.core.evaluation.EvaluationResult;
import cn.scorecard.core.metric.Period;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Editing a catalog in the application: a weight edited in the form changes the preview and, once activated, the
 * evaluation (audited); a published result keeps the version it was computed with; invalid edits are refused with
 * the node and field named. The version made here is in force for July 2025 only (2025-07-01 … 2025-07-31), so that
 * no other test of the shared context evaluates under it.
 */
@AppTest
class CatalogEditingTest {
    static final Period JULY = Period.yearToMonth(2025, 7);
    @Autowired
    MockMvc mvc;
    @Autowired
    EvaluationService evaluation;
    @Autowired
    RuleBookService book;
    @Autowired
    AuditLog audit;
    @Autowired
    ResultRuns runs;
    @Autowired
    PublishedResults published;

    @Test
    void aWeightEditedInTheFormChangesThePreviewAndOnceActivatedTheEvaluation() throws Exception {
        EvaluationResult before = evaluation.evaluate(JULY);
        assertThat(before.catalogVersion()).isEqualTo("2019");
        CourtResult basic = before.courts().stream().filter(c -> c.court().level() == CourtLevel.BASIC
                && c.total() != null && c.areas().stream().allMatch(a -> a.applicable())).findFirst().orElseThrow();
        String code = basic.court().code();
        // a published version of the period, computed under 2019, before the new version exists
        long runId = runs.saveDraft(RunKind.EVALUATION, "", new RunPeriod(JULY.start(), JULY.end()), before.catalogVersion(),
                "test", new ObjectMapper().writeValueAsString(new EvaluationJson(evaluation.data().courts(),
                        evaluation.data().cases(), false, c -> evaluation.coreIndicators(c, JULY)).of(before)), null, "测试").id();
        runs.publish(runId, RunKind.EVALUATION, "测试");

        // 规则 B1 40 → 30 and 执行质效 B4 40 → 50 (the areas' scores stay, their weights change)
        MvcResult saved = mvc.perform(post("/rules/catalogs").with(Users.ADMIN).with(csrf())
                .param("version", "2019-w7").param("title", "2019 七月试行").param("from", "2025-07-01").param("to", "2025-07-31")
                .param("basedOn", "2019").param("level", "BASIC").param("weight:B1", "30").param("weight:B4", "50"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/rules/catalogs/2019-w7/preview");
        assertThat(evaluation.evaluate(JULY).catalogVersion()).isEqualTo("2019"); // proposed, not in force
        double expected = (30 * basic.find("B1").score() + 5 * basic.find("B2").score() + 15 * basic.find("B3").score()
                + 50 * basic.find("B4").score()) / 100;

        Document preview = page(get("/rules/catalogs/2019-w7/preview?year=2025&month=7"));
        Element row = preview.selectFirst("#preview-table tr[data-court=" + code + "]");
        assertThat(number(row.selectFirst(".current").text())).isCloseTo(basic.total(), org.assertj.core.data.Offset.offset(0.06));
        assertThat(number(row.selectFirst(".proposed").text())).isCloseTo(expected, org.assertj.core.data.Offset.offset(0.06));
        assertThat(basic.total()).isNotCloseTo(expected, org.assertj.core.data.Offset.offset(0.01));

        mvc.perform(post("/rules/catalogs/2019-w7/activate").with(Users.ADMIN).with(csrf())).andExpect(status().is3xxRedirection());
        EvaluationResult after = evaluation.evaluate(JULY);
        assertThat(after.catalogVersion()).isEqualTo("2019-w7");
        assertThat(after.court(code).total()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(evaluation.evaluate(Period.year(2025)).catalogVersion()).isEqualTo("2019"); // outside its dates
        assertThat(audit.recent(null, "rule_version", 20)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("启用指标体系版本");
            assertThat(e.entityKey()).isEqualTo("CATALOG/2019-w7");
            assertThat(e.before()).contains("2019");
            assertThat(e.actor()).isNotBlank();
        });

        // the published version still shows 2019 and its weights
        var shown = published.latest(JULY).orElseThrow();
        assertThat(shown.result().catalogVersion()).isEqualTo("2019");
        assertThat(shown.result().court(code).find("B1").node().weight()).isEqualTo(40);
        Document court = page(get("/evaluation/courts/" + code + "?year=2025&month=7&view=published"));
        assertThat(court.text()).contains("指标体系版本 2019").doesNotContain("2019-w7");
        assertThat(page(get("/evaluation/courts/" + code + "?year=2025&month=7&view=live")).text()).contains("指标体系版本 2019-w7");
    }

    @Test
    void invalidEditsAreRefusedWithTheNodeAndFieldNamedAndNothingIsStored() throws Exception {
        assertThat(refused("weight:B1.01", "15")).contains("节点 B1").contains("字段 weight").contains("权重之和为 110");
        assertThat(refused("weight:B1.01.2", "abc")).contains("节点 B1.01.2").contains("字段 weight").contains("应为数字");
        assertThat(refused("target:B1.06.2", "1.5")).contains("字段 target");
        assertThat(refused("weight:B1", "45")).contains("一级指标").contains("字段 weight");
        assertThat(book.edition(RuleVersion.Kind.CATALOG, "2019-bad")).isEmpty();

        MvcResult upload = mvc.perform(multipart("/rules/catalogs/upload").file(new MockMultipartFile("file", "basic.yaml",
                "application/yaml", book.catalogText("2019", CourtLevel.BASIC).orElseThrow().getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .param("version", "2019-up").param("from", "2030-01-01").param("level", "BASIC").with(Users.ADMIN).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat((String) upload.getFlashMap().get("error")).contains("basic.yaml").contains("字段 version").contains("2019");
        assertThat(book.edition(RuleVersion.Kind.CATALOG, "2019-up")).isEmpty();
    }

    private String refused(String field, String value) throws Exception {
        MvcResult r = mvc.perform(post("/rules/catalogs").with(Users.ADMIN).with(csrf()).param("version", "2019-bad")
                .param("from", "2030-01-01").param("basedOn", "2019").param("level", "BASIC").param(field, value))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(r.getResponse().getRedirectedUrl()).startsWith("/rules/catalogs/new");
        return (String) r.getFlashMap().get("error");
    }

    private Document page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(Users.ADMIN)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private static double number(String text) {
        return Double.parseDouble(text.replace(",", ""));
    }
}
