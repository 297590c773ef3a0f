package cn.scorecard.app.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.scorecard.app.AppTest;
import cn.scorecard.app.platform.runs.ResultRun;
import cn.scorecard.app.platform.runs.RunStatus;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.security.Role;
import cn.scorecard.app.security.Users;
import cn.scorecard.app.staff.objections.Objection;
import cn.scorecard.app.staff.objections.ObjectionFiling;
import cn.scorecard.app.staff.objections.ObjectionService;
import cn.scorecard.app.staff.versions.StaffMonths;
import cn.scorecard.app.staff.versions.StaffRuns;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who may read and do what in the staff assessment, page and API alike (April 2025 of 江0102 and 江0103, published in
 * the set-up; the other staff tests use other months).
 */
@AppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffWebAccessTest {
    static final YearMonth APRIL = YearMonth.of(2025, 4);
    static final CurrentUser SONG = new CurrentUser("songlinlan", "宋琳兰", "-", Role.OFFICER, "江0102", "江0102-002", true);
    static final CurrentUser OTHER_COURT_OFFICER = new CurrentUser("o0103", "他院干警", "-", Role.OFFICER, "江0103", "江0103-001", true);
    static final RequestPostProcessor SUN = Users.OFFICER; // 江0102-001
    static final RequestPostProcessor GROUP = Users.STAFF_GROUP; // 江0102
    @Autowired
    MockMvc mvc;
    @Autowired
    StaffRuns runs;
    @Autowired
    StaffMonths months;
    @Autowired
    ObjectionService objections;
    @Autowired
    ObjectionFiling filing;
    @Autowired
    JdbcTemplate jdbc;
    final ObjectMapper json = new ObjectMapper();
    ResultRun published0102;
    ResultRun draft0102;
    ResultRun published0103;
    Objection songs;
    Objection otherCourts;

    @BeforeAll
    void publishAprilAndObject() {
        published0102 = runs.computeDraft("江0102", APRIL, "测试", "kaohe");
        runs.publish(published0102.id(), "kaohe");
        published0103 = runs.computeDraft("江0103", APRIL, "测试", "admin");
        runs.publish(published0103.id(), "admin");
        draft0102 = runs.computeDraft("江0102", APRIL, "重新计算", "kaohe");
        songs = filing.file(SONG, APRIL, "宋琳兰的异议", null);
        otherCourts = filing.file(OTHER_COURT_OFFICER, APRIL, "他院干警的异议", null);
    }

    private int statusOf(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private JsonNode body(RequestBuilder request) throws Exception {
        return json.readTree(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void anOfficerReadsOnlyTheirOwnPublishedResult() throws Exception {
        assertThat(statusOf(get("/staff/people/江0102-002").with(SUN))).isEqualTo(403);
        assertThat(statusOf(get("/api/staff/people/江0102-002?month=2025-04").with(SUN))).isEqualTo(403);
        assertThat(statusOf(get("/staff/people/江0103-001").with(SUN))).isEqualTo(403);
        assertThat(statusOf(get("/staff/people/江0102-002/trend").with(SUN))).isEqualTo(403);
        assertThat(statusOf(get("/staff/ranking?court=江0102").with(SUN))).isEqualTo(403);
        assertThat(statusOf(get("/api/staff/ranking?court=江0102").with(SUN))).isEqualTo(403);
        assertThat(statusOf(get("/staff/versions?court=江0102").with(SUN))).isEqualTo(403);
        assertThat(statusOf(get("/staff/notice.xlsx?run=" + published0102.id()).with(SUN))).isEqualTo(403);
        // the published version 1, not the newer draft, and never a run chosen by id
        JsonNode mine = body(get("/api/staff/me?month=2025-04").with(SUN));
        assertThat(mine.at("/result/id").asText()).isEqualTo("江0102-001");
        assertThat(mine.at("/version/versionNo").asInt()).isEqualTo(1);
        assertThat(mine.at("/version/status").asText()).isEqualTo("PUBLISHED");
        JsonNode byRun = body(get("/api/staff/people/江0102-001?month=2025-04&run=" + draft0102.id()).with(SUN));
        assertThat(byRun.at("/version/id").asLong()).isEqualTo(published0102.id());
        String page = mvc.perform(get("/staff/me?month=2025-04").with(SUN)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("第 1 版 · 已发布").doesNotContain("第 2 版");
        // a month without a published version
        assertThat(statusOf(get("/api/staff/me?month=2025-05").with(SUN))).isEqualTo(404);
        assertThat(mvc.perform(get("/staff/me?month=2025-05").with(SUN)).andReturn().getResponse().getContentAsString())
                .contains("本月考核结果尚未发布").doesNotContain("id=\"items\"");
    }

    @Test
    void theGroupSeesDraftsAndEveryVersionOfItsCourt() throws Exception {
        JsonNode current = body(get("/api/staff/people/江0102-002?month=2025-04").with(GROUP));
        assertThat(current.at("/version/versionNo").asInt()).isEqualTo(1);
        JsonNode draft = body(get("/api/staff/people/江0102-002?run=" + draft0102.id()).with(GROUP));
        assertThat(draft.at("/version/status").asText()).isEqualTo("DRAFT");
        JsonNode ranking = body(get("/api/staff/ranking?court=江0102&month=2025-04").with(GROUP));
        assertThat(ranking.get("people").size()).isPositive();
        ranking.get("people").forEach(p -> assertThat(p.get("court").asText()).isEqualTo("江0102"));
        String versions = mvc.perform(get("/staff/versions?court=江0102&month=2025-04").with(GROUP)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(versions).contains("第 2 版", "第 1 版", "审核通过并发布");
        assertThat(body(get("/api/staff/ranking/year?court=江0102&month=2025-04").with(GROUP)).get("publishedMonths").toString())
                .contains("2025-04");
    }

    @Test
    void anOfficerCannotReadAnotherOfficersObjectionNorDecideOne() throws Exception {
        assertThat(statusOf(get("/staff/objections/" + songs.id()).with(SUN))).isEqualTo(403);
        assertThat(statusOf(get("/api/staff/objections/" + songs.id()).with(SUN))).isEqualTo(403);
        assertThat(body(get("/api/staff/objections").with(SUN)).findValuesAsText("staffId")).doesNotContain("江0102-002");
        assertThat(body(get("/api/staff/objections").with(user(SONG))).findValuesAsText("staffId")).contains("江0102-002");
        assertThat(statusOf(get("/api/staff/objections/" + songs.id()).with(user(SONG)))).isEqualTo(200);
        String decision = "{\"decision\":\"REJECTED\",\"reason\":\"x\",\"adjustments\":[]}";
        assertThat(statusOf(post("/api/staff/objections/" + songs.id() + "/decision").with(SUN).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(decision))).isEqualTo(403);
        assertThat(statusOf(post("/api/staff/objections/" + songs.id() + "/decision").with(user(SONG)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(decision))).isEqualTo(403);
        assertThat(statusOf(post("/staff/objections/" + songs.id() + "/decision").with(SUN).with(csrf())
                .param("decision", "REJECTED").param("reason", "x"))).isEqualTo(403);
        // court administrators read but do not decide: that is the group's
        assertThat(statusOf(get("/staff/objections/" + songs.id()).with(Users.BASIC_ADMIN))).isEqualTo(200);
        assertThat(statusOf(post("/api/staff/objections/" + songs.id() + "/decision").with(Users.BASIC_ADMIN).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(decision))).isEqualTo(403);
        assertThat(objections.get(Users.of(Role.STAFF_GROUP, "江0102", null), songs.id()).pending()).isTrue();
        // only officers object, and only to their own month
        assertThat(statusOf(multipart("/api/staff/objections").param("month", "2025-04").param("reason", "x")
                .with(GROUP).with(csrf()))).isEqualTo(403);
    }

    @Test
    void theGroupOfOneCourtCannotReadNorActOnAnothersCourt() throws Exception {
        assertThat(statusOf(get("/staff/ranking?court=江0103").with(GROUP))).isEqualTo(403);
        assertThat(statusOf(get("/api/staff/ranking?court=江0103").with(GROUP))).isEqualTo(403);
        assertThat(statusOf(get("/api/staff/ranking/year?court=江0103").with(GROUP))).isEqualTo(403);
        assertThat(statusOf(get("/staff/people/江0103-001").with(GROUP))).isEqualTo(403);
        assertThat(statusOf(get("/api/staff/people/江0103-001").with(GROUP))).isEqualTo(403);
        assertThat(statusOf(get("/staff/versions?court=江0103").with(GROUP))).isEqualTo(403);
        assertThat(statusOf(get("/staff/notice.pdf?run=" + published0103.id()).with(GROUP))).isEqualTo(403);
        assertThat(statusOf(get("/staff/objections/" + otherCourts.id()).with(GROUP))).isEqualTo(403);
        assertThat(statusOf(get("/api/staff/objections/" + otherCourts.id()).with(GROUP))).isEqualTo(403);
        assertThat(body(get("/api/staff/objections").with(GROUP)).findValuesAsText("courtCode")).containsOnly("江0102");
        assertThat(statusOf(post("/api/staff/objections/" + otherCourts.id() + "/decision").with(GROUP).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"REJECTED\",\"reason\":\"x\"}"))).isEqualTo(403);
        ResultRun draft0103 = runs.computeDraft("江0103", APRIL, "他院草稿", "admin");
        assertThat(statusOf(post("/staff/versions/" + draft0103.id() + "/publish").with(GROUP).with(csrf()))).isEqualTo(403);
        assertThat(statusOf(post("/staff/versions/compute").param("court", "江0103").param("month", "2025-04")
                .with(GROUP).with(csrf()))).isEqualTo(403);
        assertThat(statusOf(post("/staff/interviews").param("court", "江0103").param("month", "2025-04")
                .param("staffId", "江0103-001").param("date", "2025-05-06").param("interviewer", "x").param("notes", "x")
                .with(GROUP).with(csrf()))).isEqualTo(403);
        assertThat(runs.run(draft0103.id()).status()).isEqualTo(RunStatus.DRAFT);
        // the intermediate court's administrator reads the courts under it, but does not publish them
        assertThat(statusOf(get("/staff/ranking?court=江0103&month=2025-04").with(Users.INTERMEDIATE_ADMIN))).isEqualTo(200);
        assertThat(statusOf(post("/staff/versions/" + draft0103.id() + "/publish").with(Users.INTERMEDIATE_ADMIN).with(csrf())))
                .isEqualTo(403);
    }

    @Test
    void everyStateChangingRequestNeedsTheCsrfToken() throws Exception {
        int versions = months.versions("江0102", APRIL).size();
        String countInterviews = "SELECT COUNT(*) FROM staff_interview WHERE month_start = DATE '2025-04-01'";
        int interviews = jdbc.queryForObject(countInterviews, Integer.class);
        MockMultipartFile pdf = new MockMultipartFile("attachment", "a.pdf", "application/pdf", "%PDF-1.4".getBytes());
        RequestBuilder[] withoutToken = {
                post("/staff/versions/compute").param("court", "江0102").param("month", "2025-04").with(GROUP),
                post("/staff/versions/" + draft0102.id() + "/publish").with(GROUP),
                multipart("/staff/objections").file(pdf).param("month", "2025-04").param("reason", "x").with(SUN),
                multipart("/api/staff/objections").file(pdf).param("month", "2025-04").param("reason", "x").with(SUN),
                post("/staff/objections/" + songs.id() + "/decision").param("decision", "REJECTED").param("reason", "x").with(GROUP),
                post("/api/staff/objections/" + songs.id() + "/decision").with(GROUP).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"REJECTED\",\"reason\":\"x\"}"),
                post("/staff/interviews").param("court", "江0102").param("month", "2025-04").param("staffId", "江0102-001")
                        .param("date", "2025-05-06").param("interviewer", "x").param("notes", "x").with(GROUP),
                post("/notifications/read-all").with(SUN),
                post("/notifications/1/read").with(SUN)};
        for (RequestBuilder r : withoutToken) assertThat(statusOf(r)).as(r.toString()).isEqualTo(403);
        assertThat(months.versions("江0102", APRIL)).hasSize(versions);
        assertThat(runs.run(draft0102.id()).status()).isEqualTo(RunStatus.DRAFT);
        assertThat(objections.get(Users.of(Role.STAFF_GROUP, "江0102", null), songs.id()).pending()).isTrue();
        assertThat(jdbc.queryForObject(countInterviews, Integer.class)).isEqualTo(interviews);
    }

    @Test
    void anOfficerFilesThroughTheApiWithTheEvidenceChecksOnTheAttachment() throws Exception {
        MockMultipartFile fake = new MockMultipartFile("attachment", "清单.pdf", "application/pdf", "MZ not a pdf".getBytes());
        MockMultipartFile script = new MockMultipartFile("attachment", "a.html", "text/html", "<script>".getBytes());
        assertThat(statusOf(multipart("/api/staff/objections").file(fake).param("month", "2025-04").param("reason", "x")
                .with(SUN).with(csrf()))).isEqualTo(400);
        assertThat(statusOf(multipart("/api/staff/objections").file(script).param("month", "2025-04").param("reason", "x")
                .with(SUN).with(csrf()))).isEqualTo(400);
        assertThat(statusOf(multipart("/api/staff/objections").param("month", "2025-04").param("reason", " ")
                .with(SUN).with(csrf()))).isEqualTo(400);
        assertThat(statusOf(multipart("/api/staff/objections").param("month", "2025-05").param("reason", "x")
                .with(SUN).with(csrf()))).isEqualTo(400); // not published
        MockMultipartFile pdf = new MockMultipartFile("attachment", "清单.pdf", "application/pdf", "%PDF-1.4 清单".getBytes());
        JsonNode filed = json.readTree(mvc.perform(multipart("/api/staff/objections").file(pdf).param("month", "2025-04")
                        .param("reason", "二.1 结案数漏计").with(SUN).with(csrf())).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString());
        assertThat(filed.get("status").asText()).isEqualTo("PENDING");
        assertThat(filed.get("staffId").asText()).isEqualTo("江0102-001");
        assertThat(filed.get("attachmentName").asText()).isEqualTo("清单.pdf");
        assertThat(statusOf(multipart("/api/staff/objections").param("month", "2025-04").param("reason", "再提一次")
                .with(SUN).with(csrf()))).isEqualTo(400); // one pending objection per month
        long id = filed.get("id").asLong();
        var download = mvc.perform(get("/staff/objections/" + id + "/attachment").with(SUN)).andExpect(status().isOk())
                .andReturn().getResponse();
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment;");
        assertThat(statusOf(get("/staff/objections/" + id + "/attachment").with(user(SONG)))).isEqualTo(403);
        assertThat(statusOf(get("/staff/objections/" + id + "/attachment").with(GROUP))).isEqualTo(200);
        // the group decides through the API: an upheld decision needs an adjustment of one of the person's items
        String noAdjustment = "{\"decision\":\"UPHELD\",\"reason\":\"属实\",\"adjustments\":[]}";
        assertThat(statusOf(post("/api/staff/objections/" + id + "/decision").with(GROUP).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(noAdjustment))).isEqualTo(400);
        String unknownItem = "{\"decision\":\"UPHELD\",\"reason\":\"属实\",\"adjustments\":[{\"itemCode\":\"九.9\",\"points\":1,\"reason\":\"x\"}]}";
        assertThat(statusOf(post("/api/staff/objections/" + id + "/decision").with(GROUP).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(unknownItem))).isEqualTo(400);
        String rejected = "{\"decision\":\"REJECTED\",\"reason\":\"结案日期在7月，不属本月\"}";
        JsonNode decided = json.readTree(mvc.perform(post("/api/staff/objections/" + id + "/decision").with(GROUP).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(rejected)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(decided.at("/objection/status").asText()).isEqualTo("REJECTED");
        assertThat(decided.at("/objection/newRunId").isNull()).isTrue();
        assertThat(statusOf(post("/api/staff/objections/" + id + "/decision").with(GROUP).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(rejected))).isEqualTo(409);
    }

    @Test
    void aNoticeIsReadOnlyByItsRecipient() throws Exception {
        jdbc.update("INSERT INTO notification (recipient, title, created_at) VALUES ('kaohe', '给考核组', CURRENT_TIMESTAMP)");
        long id = jdbc.queryForObject("SELECT MAX(id) FROM notification WHERE recipient = 'kaohe'", Long.class);
        mvc.perform(post("/notifications/" + id + "/read").with(SUN).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("SELECT read_at FROM notification WHERE id = ?", java.sql.Timestamp.class, id)).isNull();
        String page = mvc.perform(get("/notifications").with(SUN)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).doesNotContain("给考核组");
    }

    @Test
    void theGroupRecordsInterviewsOnlyForTheMonthsFails() throws Exception {
        var due = months.published("江0102", APRIL).orElseThrow().snapshot().interviews();
        String passed = months.published("江0102", APRIL).orElseThrow().snapshot().people().stream()
                .filter(StaffSnapshot.Person::passed).findFirst().orElseThrow().id();
        mvc.perform(post("/staff/interviews").param("court", "江0102").param("month", "2025-04").param("staffId", passed)
                .param("date", "2025-05-06").param("interviewer", "张组长").param("notes", "谈话").with(GROUP).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(due).as("April 2025 has fails in 江0102").isNotEmpty();
        String failed = due.get(0).id();
        mvc.perform(post("/staff/interviews").param("court", "江0102").param("month", "2025-04").param("staffId", failed)
                .param("date", "2025-05-06").param("interviewer", "张组长").param("notes", "分析未完成结案指标的原因")
                .with(GROUP).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForList("SELECT staff_id FROM staff_interview WHERE month_start = DATE '2025-04-01'", String.class))
                .containsExactly(failed);
        String page = mvc.perform(get("/staff/ranking?court=江0102&month=2025-04").with(GROUP)).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("分析未完成结案指标的原因", "已约谈");
        assertThat(statusOf(post("/staff/interviews").param("court", "江0102").param("month", "2025-04").param("staffId", failed)
                .param("date", "2025-05-06").param("interviewer", "x").param("notes", "x").with(Users.BASIC_ADMIN).with(csrf())))
                .isEqualTo(403);
    }

    @Test
    void theNoticeDownloadsAndTheApiDocs() throws Exception {
        var xlsx = mvc.perform(get("/staff/notice.xlsx?court=江0102&month=2025-04").with(GROUP)).andExpect(status().isOk())
                .andReturn().getResponse();
        assertThat(xlsx.getContentType()).startsWith("application/vnd.openxmlformats");
        assertThat(xlsx.getHeader("Content-Disposition")).contains("staff-notice-0102-2025-04-v1.xlsx");
        try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            assertThat(wb.getSheets().map(org.dhatim.fastexcel.reader.Sheet::getName).toList())
                    .containsExactly("个人排名", "团队排名", "约谈与问责");
            var rows = wb.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).contains("执行干警绩效考核通报", "2025年4月", "个人排名");
            assertThat(rows.get(2).getCellText(3)).isEqualTo("姓名");
            assertThat(rows.size() - 3).isEqualTo(months.published("江0102", APRIL).orElseThrow().snapshot().people().size());
        }
        byte[] pdf = mvc.perform(get("/staff/notice.pdf?run=" + published0102.id()).with(GROUP)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) { // the PDF's words come from the message bundle
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("个人排名").contains("团队排名").doesNotContain("??");
        }
        assertThat(statusOf(get("/staff/notice.xlsx?court=江0102&month=2025-05").with(GROUP))).isEqualTo(404);
        String doc = mvc.perform(get("/v3/api-docs").with(Users.ADMIN)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(doc).contains("/api/staff/me", "/api/staff/people/{staffId}", "/api/staff/ranking",
                "/api/staff/objections", "/api/staff/objections/{id}/decision", "异议复核", "干警考核", "提出异议");
    }
}
