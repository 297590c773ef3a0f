package cn.scorecard.app.staff.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.scorecard.app.AppTest;
import cn.scorecard.app.security.Role;
import cn.scorecard.app.security.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Who may read and change the assessment group's records (September 2025; nothing here stays written). */
@AppTest
class StaffRecordAccessTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    static MockHttpServletRequestBuilder addIncident(String staff, String kind, String caseNumber) {
        return post("/staff/records/incidents").param("court", "江0102").param("month", "2025-09").param("staff", staff)
                .param("day", "2025-09-10").param("kind", kind).param("caseNumber", caseNumber).param("count", "1")
                .param("note", "测试");
    }

    int incidents() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM staff_incident", Integer.class);
    }

    long version() {
        return jdbc.queryForObject("SELECT version FROM data_version WHERE id = 1", Long.class);
    }

    void refused(RequestPostProcessor who, MockHttpServletRequestBuilder request) throws Exception {
        int n = incidents();
        mvc.perform(request.with(who).with(csrf())).andExpect(status().isForbidden());
        assertThat(incidents()).isEqualTo(n);
    }

    @Test
    void officersAndCourtAdminsCannotChangeRecords() throws Exception {
        for (RequestPostProcessor who : new RequestPostProcessor[] {Users.OFFICER, Users.BASIC_ADMIN}) {
            refused(who, addIncident("江0102-001", "IMPROPER_ENFORCEMENT", ""));
            refused(who, post("/staff/records/incidents/update").param("court", "江0102").param("month", "2025-09")
                    .param("id", "x").param("staff", "江0102-001").param("day", "2025-09-10").param("kind", "IMPROPER_ENFORCEMENT"));
            refused(who, post("/staff/records/incidents/delete").param("court", "江0102").param("month", "2025-09").param("id", "x"));
            refused(who, post("/staff/records/vetoes").param("court", "江0102").param("month", "2025-09")
                    .param("staff", "江0102-001").param("day", "2025-09-10").param("condition", "FALSIFICATION"));
            refused(who, post("/staff/records/quotas").param("court", "江0102").param("month", "2025-09")
                    .param("staff", "江0102-001").param("quota", "3"));
        }
        mvc.perform(get("/staff/records").param("court", "江0102").with(Users.OFFICER)).andExpect(status().isForbidden());
        // a court administrator reads its court's records, without forms
        String page = mvc.perform(get("/staff/records").param("court", "江0102").param("month", "2025-09").with(Users.BASIC_ADMIN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("考核事件").doesNotContain("id=\"add-incident\"");
    }

    @Test
    void theGroupManagesOnlyItsOwnCourt() throws Exception {
        mvc.perform(get("/staff/records").param("court", "江0103").with(Users.STAFF_GROUP)).andExpect(status().isForbidden());
        refused(Users.STAFF_GROUP, addIncident("江0103-001", "IMPROPER_ENFORCEMENT", ""));
        refused(Users.STAFF_GROUP, post("/staff/records/quotas").param("court", "江0102").param("month", "2025-09")
                .param("staff", "江0103-001").param("quota", "3"));
        mvc.perform(get("/staff/records/kinds").param("staff", "江0103-001").with(Users.STAFF_GROUP)).andExpect(status().isForbidden());
        // another court's group cannot touch 江0102's incident
        mvc.perform(addIncident("江0102-001", "IMPROPER_ENFORCEMENT", "").with(Users.STAFF_GROUP).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("message"));
        String id = jdbc.queryForObject("SELECT event_id FROM staff_incident WHERE staff_code = '江0102-001'"
                + " AND happened_on = DATE '2025-09-10' AND note = '测试'", String.class);
        refused(Users.as(Role.STAFF_GROUP, "江0103"), post("/staff/records/incidents/delete").param("court", "江0102")
                .param("month", "2025-09").param("id", id));
        String page = mvc.perform(get("/staff/records").param("court", "江0102").param("month", "2025-09").with(Users.STAFF_GROUP))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(id).contains("id=\"add-incident\"");
        mvc.perform(post("/staff/records/incidents/delete").param("court", "江0102").param("month", "2025-09").param("id", id)
                .with(Users.STAFF_GROUP).with(csrf())).andExpect(flash().attributeExists("message"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM staff_incident WHERE event_id = ?", Integer.class, id)).isZero();
    }

    @Test
    void badInputIsAClearErrorAndWritesNothing() throws Exception {
        int n = incidents();
        long v = version();
        mvc.perform(addIncident("江0102-001", "IMPROPER_ENFORCEMENT", "2025执123").with(Users.STAFF_GROUP).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("error", "案号格式不正确：2025执123"));
        String judge = jdbc.queryForObject("SELECT MIN(code) FROM staff WHERE court_code = '江0102' AND role = 'JUDGE'", String.class);
        mvc.perform(addIncident(judge, "DOCUMENT_ERROR", "").with(Users.STAFF_GROUP).with(csrf()))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("不适用于岗位 员额法官"))); // 三.2 is the clerks'
        assertThat(incidents()).isEqualTo(n);
        assertThat(version()).isEqualTo(v);
    }

    @Test
    void csrfIsRequired() throws Exception {
        int n = incidents();
        mvc.perform(addIncident("江0102-001", "IMPROPER_ENFORCEMENT", "").with(Users.STAFF_GROUP)).andExpect(status().isForbidden());
        assertThat(incidents()).isEqualTo(n);
    }
}
