package cn.scorecard.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.scorecard.app.AppTest;
import cn.scorecard.app.audit.AuditLog;
import cn.scorecard.app.security.Users;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The pages that explain themselves, and the one list component behind every list: search, sort, page size, total
 * count and export behave the same on the records, warnings, audit, users, staff records and objections.
 */
@AppTest
class ListPagesTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    AuditLog audit;

    private Document page(RequestPostProcessor user, MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(user)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private List<Row> sheet(RequestPostProcessor user, String url) throws Exception {
        byte[] xlsx = mvc.perform(get(url).with(user)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return wb.getFirstSheet().read();
        }
    }

    private static int total(Document d) {
        return Integer.parseInt(d.selectFirst("#list-total strong").text());
    }

    // ---- 15: the same controls everywhere

    @Test
    void everyListHasSearchSortPageSizeTotalAndExport() throws Exception {
        String[][] lists = {
                {"/evaluation/courts/江0102/indicators/B4.02.1/records?year=2025", "records"},
                {"/warnings?court=江0102", "warnings"},
                {"/audit", "audit"},
                {"/admin/users", "users"},
                {"/staff/records?court=江0102&month=2025-06", "incidents"},
                {"/staff/objections", "objections"}};
        for (String[] l : lists) {
            Document d = page(Users.ADMIN, get(l[0]));
            assertThat(d.select("#list-q")).as(l[0]).hasSize(1);
            assertThat(d.select("#list-size option")).as(l[0]).extracting(Element::val).containsExactly("20", "50", "100", "200");
            assertThat(d.select("#list-total strong")).as(l[0]).hasSize(1);
            assertThat(d.selectFirst("#list-export")).as(l[0]).isNotNull();
            assertThat(d.select("#" + l[1] + " th[aria-sort] a.sort-link")).as(l[0]).isNotEmpty();
        }
    }

    @Test
    void theRecordsListPagesSortsAndSearches() throws Exception {
        String url = "/evaluation/courts/江0102/indicators/B4.02.1/records?year=2025";
        Document all = page(Users.ASSESSOR, get(url));
        int total = total(all);
        assertThat(total).isGreaterThan(20);
        Document small = page(Users.ASSESSOR, get(url + "&size=20&sort=c2&dir=desc&page=2"));
        assertThat(small.select("#records tbody tr")).hasSize(20);
        assertThat(small.selectFirst("#page-of").text()).isEqualTo("第 2 / " + ((total + 19) / 20) + " 页");
        assertThat(small.selectFirst("#records th[aria-sort=descending]").text()).startsWith("立案日期");
        List<String> filed = small.select("#records tbody tr").stream().map(r -> r.child(2).text()).toList();
        assertThat(filed).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        String number = all.selectFirst("#records tbody tr td").text();
        Document one = page(Users.ASSESSOR, get(url + "&q=" + number));
        assertThat(total(one)).isEqualTo(1);
        assertThat(one.selectFirst("#records tbody tr td").text()).isEqualTo(number);
        // the download has the same rows as the list (all of them, the list's order)
        List<Row> rows = sheet(Users.ASSESSOR, "/evaluation/courts/江0102/indicators/B4.02.1/records.xlsx?year=2025&sort=c2&dir=desc");
        assertThat(rows.get(2).getCellText(0)).isEqualTo( // title, header, then the rows
                page(Users.ASSESSOR, get(url + "&sort=c2&dir=desc")).selectFirst("#records tbody tr").child(0).text());
        // bad list parameters are a 400 naming the parameter
        String error = mvc.perform(get(url + "&size=100000").with(Users.ASSESSOR)).andExpect(status().isBadRequest())
                .andReturn().getResponse().getErrorMessage();
        assertThat(error).contains("参数 size", "不能大于 500");
    }

    // ---- 12: the audit log in Chinese, filtered, exported, within what the reader may see

    @Test
    void theAuditLogNamesEntitiesInChineseAndFiltersWithinTheReadersScope() throws Exception {
        audit.record("assessor", "发布评估结果", "evaluation_run", "3", "R41", null, "AUDIT-PAGE-RUN");
        audit.record("kaohe", "复核考核异议", "staff_objection", "1", "江0102", "待复核", "AUDIT-PAGE-OBJECTION");
        audit.record("chengdong", "佐证意见", "evidence_comment", "江0202/2025/B1.01.1", "江0202", null, "AUDIT-PAGE-OTHER");
        Document admin = page(Users.ADMIN, get("/audit?q=AUDIT-PAGE"));
        assertThat(admin.select("#audit td.subject").eachText()).contains("评估期间 3", "异议 1");
        assertThat(admin.select("#audit tbody").text()).contains("江川省高级人民法院", "第三方评估组（assessor）")
                .doesNotContain("result_run", "staff_objection");
        // by kind, user, court and day
        assertThat(page(Users.ADMIN, get("/audit?q=AUDIT-PAGE&kind=staff_objection")).select("#audit td.subject").eachText())
                .containsExactly("异议 1");
        assertThat(total(page(Users.ADMIN, get("/audit?q=AUDIT-PAGE&actor=kaohe")))).isEqualTo(1);
        assertThat(total(page(Users.ADMIN, get("/audit?q=AUDIT-PAGE&court=江0202")))).isEqualTo(1);
        String tomorrow = LocalDate.now().plusDays(1).toString();
        assertThat(total(page(Users.ADMIN, get("/audit?q=AUDIT-PAGE&from=" + tomorrow)))).isZero();
        assertThat(total(page(Users.ADMIN, get("/audit?q=AUDIT-PAGE&to=" + LocalDate.now())))).isEqualTo(3);
        // the filters stay inside what the reader may see: a court administrator of 江0102 asking for 江0202 sees nothing
        assertThat(total(page(Users.BASIC_ADMIN, get("/audit?q=AUDIT-PAGE&court=江0202")))).isZero();
        assertThat(page(Users.BASIC_ADMIN, get("/audit?q=AUDIT-PAGE")).select("#audit td.subject").eachText())
                .containsExactly("异议 1");
        assertThat(total(page(Users.STAFF_GROUP, get("/audit?q=AUDIT-PAGE&kind=evaluation_run")))).isZero();
        // the export: the same entries, the same words
        List<Row> rows = sheet(Users.ADMIN, "/audit.xlsx?q=AUDIT-PAGE");
        assertThat(rows).hasSize(3 + 3);
        assertThat(rows.stream().map(r -> r.getCellText(3)).toList()).contains("评估期间 3", "异议 1");
        assertThat(sheet(Users.BASIC_ADMIN, "/audit.xlsx?q=AUDIT-PAGE")).hasSize(3 + 1);
        mvc.perform(get("/audit?from=yesterday").with(Users.ADMIN)).andExpect(status().isBadRequest());
    }

    // ---- 13: user management

    @Test
    void usersShowCourtNamesEditInPlaceKeepTheFormOnErrorAndStartAsOfficers() throws Exception {
        Document list = page(Users.ADMIN, get("/admin/users"));
        assertThat(list.selectFirst("#users tr[data-user=chengdong] td.court").text()).isEqualTo("澄源市城东区人民法院");
        assertThat(list.selectFirst("#new-user-role option[selected]").val()).isEqualTo("OFFICER");
        assertThat(list.selectFirst("#new-user-enabled").hasAttr("checked")).isTrue();

        Document editing = page(Users.ADMIN, get("/admin/users?edit=chengdong"));
        Element row = editing.selectFirst("#edit-row");
        assertThat(row.attr("data-user")).isEqualTo("chengdong");
        assertThat(row.selectFirst("#edit-user-username").hasAttr("readonly")).isTrue();
        assertThat(row.selectFirst("#edit-user-role option[selected]").val()).isEqualTo("COURT_ADMIN");
        assertThat(row.selectFirst("#edit-user-court option[selected]").val()).isEqualTo("江0102");

        // a refused new user keeps what was entered (not the password) and says why
        Document refused = page(Users.ADMIN, post("/admin/users").with(csrf()).param("username", "newclerk")
                .param("displayName", "新书记员").param("role", "OFFICER").param("courtCode", "江0102")
                .param("password", "short").param("enabled", "true"));
        assertThat(refused.selectFirst("#form-error").text()).contains("密码至少 12 个字符");
        assertThat(refused.selectFirst("#new-user-username").val()).isEqualTo("newclerk");
        assertThat(refused.selectFirst("#new-user-name").val()).isEqualTo("新书记员");
        assertThat(refused.selectFirst("#new-user-court option[selected]").val()).isEqualTo("江0102");
        assertThat(refused.selectFirst("#new-user-password").val()).isEmpty();
    }

    // ---- 14: warnings

    @Test
    void warningsAreSearchedByCaseNumberAndOfficerSortedExportedAndLinkToTheCase() throws Exception {
        String base = "/warnings?court=江0102&asOf=2025-12-31";
        Document all = page(Users.BASIC_ADMIN, get(base));
        int total = total(all);
        assertThat(total).isPositive();
        Element first = all.selectFirst("#warnings tbody tr");
        String number = first.selectFirst("a.case-link").text();
        String href = first.selectFirst("a.case-link").attr("href");
        assertThat(href).startsWith("/cases/"); // the case page (issue 10), which lists the case's open warnings
        assertThat(page(Users.BASIC_ADMIN, get(java.net.URI.create(href))).selectFirst("#case-number").text()).isEqualTo(number);
        Document byCase = page(Users.BASIC_ADMIN, get(base + "&q=" + number));
        assertThat(byCase.select("#warnings tbody tr a.case-link").eachText()).isNotEmpty().allMatch(number::equals);
        String judge = first.child(8).text();
        Document byOfficer = page(Users.BASIC_ADMIN, get(base + "&q=" + judge));
        assertThat(total(byOfficer)).isPositive().isLessThan(total);
        assertThat(byOfficer.select("#warnings tbody tr").stream()
                .allMatch(r -> r.text().contains(judge))).isTrue();
        Document sorted = page(Users.BASIC_ADMIN, get(base + "&sort=due&dir=asc&size=200"));
        // by the deadline (a day rule's deadline is the day's last minute, so compare the days)
        List<String> due = sorted.select("#warnings tbody tr").stream().map(r -> r.child(5).text().substring(0, 10)).toList();
        assertThat(due).isSorted();
        List<Row> rows = sheet(Users.BASIC_ADMIN, "/warnings.xlsx?court=江0102&asOf=2025-12-31&q=" + judge);
        assertThat(rows).hasSize(3 + total(byOfficer));
        assertThat(rows.get(2).getCellText(1)).isEqualTo("案号");
    }

    // ---- 10: staff pages

    @Test
    void administratorsPickTheCourtOfTheStaffAssessmentAndTotalsExplainThemselves() throws Exception {
        String to = mvc.perform(get("/staff").with(Users.ADMIN)).andExpect(status().is3xxRedirection()).andReturn()
                .getResponse().getRedirectedUrl();
        Document ranking = page(Users.ADMIN, get(to));
        assertThat(ranking.select("#staff-court option")).hasSizeGreaterThan(1);
        assertThat(ranking.selectFirst("#staff-court").hasAttr("data-submit-on-change")).isTrue();
        Document court = page(Users.ADMIN, get("/staff/ranking?court=江0102&month=2025-06"));
        Element line = court.selectFirst("#staff-ranking tbody tr");
        Matcher m = Pattern.compile("基础 ([\\d.]+) − 扣分 ([\\d.]+) \\+ 加分 ([\\d.]+)").matcher(line.selectFirst(".breakdown").text());
        assertThat(m.matches()).isTrue();
        double total = Double.parseDouble(line.child(4).text());
        assertThat(Double.parseDouble(m.group(1)) - Double.parseDouble(m.group(2)) + Double.parseDouble(m.group(3)))
                .isCloseTo(total, org.assertj.core.data.Offset.offset(0.011));
        Document person = page(Users.ADMIN, get("/staff/people/江0102-001?month=2025-06"));
        assertThat(person.selectFirst("#rule-set").text()).startsWith("《").contains("》（");
    }

    // ---- 11: evidence

    @Test
    void evidenceWithoutFindingIsToSubmitOrToAssessAndCompletionCountsFindingsOnly() throws Exception {
        int year = 2026; // no evidence imported for this year: nothing is found yet
        Document court = page(Users.ASSESSOR, get("/evidence/江0103?year=" + year));
        assertThat(court.select("#evidence-items .state").eachText()).isNotEmpty().allMatch("待提交"::equals);
        String code = court.selectFirst("#evidence-items tbody tr").attr("data-code");
        mvc.perform(multipart("/evidence/江0103/{c}/files", code).file(new MockMultipartFile("file", "制度.pdf",
                "application/pdf", "%PDF-1.4 evidence".getBytes())).param("year", String.valueOf(year))
                .with(Users.ASSESSOR).with(csrf())).andExpect(status().is3xxRedirection());
        Document after = page(Users.ASSESSOR, get("/evidence/江0103?year=" + year));
        assertThat(after.selectFirst("#evidence-items tr[data-code=" + code + "] .state").text()).isEqualTo("待评定");
        Element overview = page(Users.ASSESSOR, get("/evidence?year=" + year)).selectFirst("#evidence-overview tr[data-court=江0103]");
        assertThat(overview.selectFirst(".assessed").text()).isEqualTo("0");
        assertThat(overview.selectFirst(".to-assess").text()).isEqualTo("1");
        assertThat(overview.selectFirst(".percent").text()).isEqualTo("0%"); // a file is not an assessment
        mvc.perform(post("/evidence/江0103/{c}/assessment", code).param("year", String.valueOf(year)).param("status", "MET")
                .with(Users.ASSESSOR).with(csrf())).andExpect(status().is3xxRedirection());
        Element assessed = page(Users.ASSESSOR, get("/evidence?year=" + year)).selectFirst("#evidence-overview tr[data-court=江0103]");
        int items = Integer.parseInt(assessed.child(2).text());
        assertThat(assessed.selectFirst(".assessed").text()).isEqualTo("1");
        assertThat(assessed.selectFirst(".percent").text()).isEqualTo(Math.round(100f / items) + "%");
    }
}
