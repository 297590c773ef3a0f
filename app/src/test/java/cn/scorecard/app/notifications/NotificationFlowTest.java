package cn.scorecard.app.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.scorecard.app.AppTest;
import cn.scorecard.app.platform.runs.ResultRun;
import cn.scorecard.app.platform.runs.ResultRuns;
import cn.scorecard.app.platform.runs.RunKind;
import cn.scorecard.app.platform.runs.RunPeriod;
import cn.scorecard.app.security.Role;
import cn.scorecard.app.security.Users;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who is told of what beyond the staff assessment: the courts of a published evaluation period and of an assessor's
 * finding or comment on their evidence; the assessors of a court's upload or answer. The navigation counts the unread
 * notices, and all can be marked read.
 */
@AppTest
class NotificationFlowTest {
    static final RequestPostProcessor CHENGDONG = Users.as(Role.COURT_ADMIN, "江0102");
    static final String CODE = "B1.01.1";
    @Autowired
    MockMvc mvc;
    @Autowired
    Notifications notifications;
    @Autowired
    ResultRuns runs;

    private List<Notification> of(String user, String titlePart) {
        return notifications.list(user, 500).stream().filter(n -> n.title().contains(titlePart)).toList();
    }

    @Test
    void courtsHearOfFindingsAndCommentsAssessorsOfUploadsAndAnswers() throws Exception {
        int rated = of("chengdong", "佐证材料已评定").size();
        mvc.perform(post("/evidence/江0102/{c}/assessment", CODE).param("year", "2027").param("status", "NOT_MET")
                .param("reason", "制度文件未见签发").with(Users.ASSESSOR).with(csrf())).andExpect(status().is3xxRedirection());
        List<Notification> findings = of("chengdong", "佐证材料已评定");
        assertThat(findings).hasSize(rated + 1);
        assertThat(findings.get(0).title()).contains(CODE);
        assertThat(findings.get(0).body()).contains("2027 年", "未达标", "制度文件未见签发");
        assertThat(findings.get(0).link()).isEqualTo("/evidence/%E6%B1%9F0102/" + CODE + "?year=2027");

        int commented = of("chengdong", "评估组对佐证材料提出意见").size();
        mvc.perform(post("/evidence/江0102/{c}/comments", CODE).param("year", "2027").param("body", "请补充签发文件")
                .with(Users.ASSESSOR).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(of("chengdong", "评估组对佐证材料提出意见")).hasSize(commented + 1);

        int answers = of("assessor", "回复了佐证意见").size();
        mvc.perform(post("/evidence/江0102/{c}/comments", CODE).param("year", "2027").param("body", "已补充")
                .with(CHENGDONG).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(of("assessor", "回复了佐证意见")).hasSize(answers + 1);

        int uploads = of("assessor", "上传了佐证材料").size();
        mvc.perform(multipart("/evidence/江0102/{c}/files", CODE).file(new MockMultipartFile("file", "签发文件.pdf",
                "application/pdf", "%PDF-1.4 notice".getBytes())).param("year", "2027").with(CHENGDONG).with(csrf()))
                .andExpect(status().is3xxRedirection());
        List<Notification> uploaded = of("assessor", "上传了佐证材料");
        assertThat(uploaded).hasSize(uploads + 1);
        assertThat(uploaded.get(0).body()).contains("签发文件.pdf", "待评定");
    }

    @Test
    void courtAdministratorsHearOfAPublishedPeriodWithTheirTotal() throws Exception {
        ResultRun draft = runs.saveDraft(RunKind.EVALUATION, "", RunPeriod.yearToMonth(2025, 9), "2019", "fp",
                "{\"courts\":[{\"code\":\"R41\",\"name\":\"江川省高级人民法院\",\"level\":\"HIGH\",\"total\":81.234,\"nodes\":[]}]}",
                null, "assessor");
        mvc.perform(post("/periods/runs/{id}/publish", draft.id()).with(Users.ASSESSOR).with(csrf()))
                .andExpect(status().is3xxRedirection());
        List<Notification> high = of("gaoyuan", "2025年1—9月评估结果已发布");
        assertThat(high).hasSize(1);
        assertThat(high.get(0).body()).startsWith("江川省高级人民法院总分 81.23 分");
        assertThat(high.get(0).link()).isEqualTo("/evaluation/courts/R41?year=2025&month=9");
        assertThat(of("chengdong", "2025年1—9月评估结果已发布")).hasSize(1);
        assertThat(of("chengdong", "2025年1—9月评估结果已发布").get(0).body()).isEqualTo("该版本不含贵院。");
    }

    @Test
    void theNavigationCountsUnreadNoticesAndAllCanBeMarkedRead() throws Exception {
        RequestPostProcessor zhongyuan = Users.as(Role.COURT_ADMIN, "江01");
        String name = Users.of(Role.COURT_ADMIN, "江01", null).username(); // the test user's account name
        notifications.send(name, "测试通知一", null, null);
        notifications.send(name, "测试通知二", null, null);
        int unread = notifications.unreadCount(name);
        String page = mvc.perform(get("/notifications").with(zhongyuan)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(page).selectFirst("#notification-count").text()).isEqualTo(String.valueOf(unread));
        mvc.perform(post("/notifications/read-all").with(zhongyuan).with(csrf())).andExpect(status().is3xxRedirection());
        String after = mvc.perform(get("/notifications").with(zhongyuan)).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(after).select("#notification-count")).isEmpty();
        assertThat(notifications.unreadCount(name)).isZero();
    }
}
