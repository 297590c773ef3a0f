package cn.scorecard.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.scorecard.app.AppTest;
import cn.scorecard.app.audit.AuditLog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who reads which audit entries: the administrator everything; assessors the evaluation's entries of every court but
 * nothing personal of the staff assessment and nothing about accounts; a court administrator the evaluation and staff
 * entries of the courts in scope; the assessment group the staff entries of its court; officers nothing.
 */
@AppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditVisibilityTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    AuditLog audit;

    @BeforeAll
    void entries() {
        audit.record("assessor", "评估佐证", "evidence", "江0102/2025/B1.01.1", "江0102", null, "VIS-EVIDENCE-OWN");
        audit.record("assessor", "评估佐证", "evidence", "江0202/2025/B1.01.1", "江0202", null, "VIS-EVIDENCE-OTHER");
        audit.record("kaohe", "登记考核事件", "staff_incident", "E1", "江0102", null, "VIS-STAFF-OWN");
        audit.record("kaohe", "登记考核事件", "staff_incident", "E2", "江0202", null, "VIS-STAFF-OTHER");
        audit.record("kaohe", "发布干警考核结果", "result_run", "99", "江0102", null, "VIS-LEGACY-STAFF-RUN");
        audit.record("kaohe", "登记一票否决", "veto_record", "江0102-001/2025-09-01/V1", "江0102", null, "VIS-VETO");
        audit.record("kaohe", "设置结案指标", "closure_quota", "江0102-001/2025-09", "江0102", null, "VIS-QUOTA");
        audit.record("kaohe", "书记员季度考评", "clerk_evaluation", "江0102-009/2025-Q3", "江0102", null, "VIS-CLERK");
        audit.record("admin", "修改用户", "app_user", "sunxueyan", "江0102", null, "VIS-ACCOUNT");
        audit.record("assessor", "导入数据", "import", "案件.csv", null, null, "VIS-IMPORT");
    }

    private String page(RequestPostProcessor user) throws Exception {
        return mvc.perform(get("/audit").with(user)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void theAdministratorReadsEverything() throws Exception {
        assertThat(page(Users.ADMIN)).contains("VIS-EVIDENCE-OWN", "VIS-EVIDENCE-OTHER", "VIS-STAFF-OWN", "VIS-STAFF-OTHER",
                "VIS-LEGACY-STAFF-RUN", "VIS-ACCOUNT", "VIS-IMPORT");
    }

    @Test
    void assessorsReadTheEvaluationButNoStaffAssessmentAndNoAccounts() throws Exception {
        assertThat(page(Users.ASSESSOR)).contains("VIS-EVIDENCE-OWN", "VIS-EVIDENCE-OTHER", "VIS-IMPORT")
                .doesNotContain("VIS-STAFF-OWN", "VIS-STAFF-OTHER", "VIS-LEGACY-STAFF-RUN", "VIS-ACCOUNT", "VIS-VETO",
                        "VIS-QUOTA", "VIS-CLERK");
    }

    @Test
    void aCourtAdministratorReadsTheCourtsInScope() throws Exception {
        assertThat(page(Users.BASIC_ADMIN)).contains("VIS-EVIDENCE-OWN", "VIS-STAFF-OWN", "VIS-LEGACY-STAFF-RUN")
                .doesNotContain("VIS-EVIDENCE-OTHER", "VIS-STAFF-OTHER", "VIS-ACCOUNT", "VIS-IMPORT");
    }

    @Test
    void theGroupReadsTheStaffEntriesOfItsCourt() throws Exception {
        assertThat(page(Users.STAFF_GROUP)).contains("VIS-STAFF-OWN", "VIS-LEGACY-STAFF-RUN", "VIS-VETO", "VIS-QUOTA", "VIS-CLERK")
                .doesNotContain("VIS-EVIDENCE-OWN", "VIS-STAFF-OTHER", "VIS-ACCOUNT", "VIS-IMPORT");
    }

    @Test
    void officersReadNone() throws Exception {
        mvc.perform(get("/audit").with(Users.OFFICER)).andExpect(status().isForbidden());
    }
}
