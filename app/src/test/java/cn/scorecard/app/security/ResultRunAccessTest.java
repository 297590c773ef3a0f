package cn.scorecard.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.scorecard.app.AppTest;
import cn.scorecard.app.platform.runs.ResultRun;
import cn.scorecard.app.platform.runs.ResultRuns;
import cn.scorecard.app.platform.runs.RunKind;
import cn.scorecard.app.platform.runs.RunPeriod;
import cn.scorecard.app.platform.runs.RunStatus;
import cn.scorecard.app.staff.versions.StaffRuns;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The evaluation period pages act on evaluation runs only (an assessor once published a court's staff month through
 * them), and the audit entry of a publish names the court it covers.
 */
@AppTest
class ResultRunAccessTest {
    static final YearMonth MONTH = YearMonth.of(2025, 8);
    @Autowired
    MockMvc mvc;
    @Autowired
    StaffRuns staffRuns;
    @Autowired
    ResultRuns runs;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void thePeriodPagesDoNotKnowAStaffRun() throws Exception {
        ResultRun staffDraft = staffRuns.computeDraft("江0103", MONTH, "测试", "admin");
        for (var user : new org.springframework.test.web.servlet.request.RequestPostProcessor[] {Users.ASSESSOR, Users.ADMIN}) {
            mvc.perform(get("/periods/runs/{id}", staffDraft.id()).with(user)).andExpect(status().isNotFound());
            mvc.perform(post("/periods/runs/{id}/publish", staffDraft.id()).with(user).with(csrf()))
                    .andExpect(status().isNotFound());
        }
        assertThat(staffRuns.run(staffDraft.id()).status()).isEqualTo(RunStatus.DRAFT);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE entity_key = ? AND action LIKE '发布%'",
                Integer.class, String.valueOf(staffDraft.id()))).isZero();
    }

    @Test
    void publishingAnEvaluationNamesTheCourtItCovers() throws Exception {
        ResultRun draft = runs.saveDraft(RunKind.EVALUATION, "", RunPeriod.yearToMonth(2025, 2), "2019", "fp", "{}", null, "assessor");
        mvc.perform(post("/periods/runs/{id}/publish", draft.id()).with(Users.ASSESSOR).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Map<String, Object> entry = jdbc.queryForMap("SELECT * FROM audit_log WHERE entity = 'evaluation_run' AND entity_key = ?"
                + " AND action = '发布评估结果'", String.valueOf(draft.id()));
        assertThat(entry.get("court_code")).isEqualTo("R41");
        assertThat((String) entry.get("after_json")).contains("江川省高级人民法院及其下级法院");
    }

    @Test
    void aStaffPublishNamesItsCourt() {
        ResultRun draft = staffRuns.computeDraft("江0104", MONTH, "测试", "admin");
        staffRuns.publish(draft.id(), "admin");
        assertThat(jdbc.queryForObject("SELECT court_code FROM audit_log WHERE entity = 'staff_run' AND entity_key = ?"
                + " AND action = '发布干警考核结果'", String.class, String.valueOf(draft.id()))).isEqualTo("江0104");
    }
}
