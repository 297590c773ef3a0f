package cn.scorecard.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.scorecard.app.AppTest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * For every court-scoped endpoint and every role below the assessors, a request for a court outside the
 * user's scope is refused (403), by URL and through the API; the ranking and the court list never show it.
 */
@AppTest
class CourtAccessTest {
    /** 岚江市湖滨区人民法院: outside the scope of every court user below. */
    static final String FOREIGN = "江0202";

    @Autowired
    MockMvc mvc;

    static List<RequestBuilder> requestsFor(String court) {
        List<RequestBuilder> r = new ArrayList<>();
        r.add(get("/evaluation/courts/{c}", court));
        r.add(get("/evaluation/courts/{c}/indicators/{n}/records", court, "B4.02.1"));
        r.add(get("/evaluation/courts/{c}/charts/radar", court));
        r.add(get("/evaluation/courts/{c}/charts/trend", court));
        r.add(get("/evaluation/courts/{c}/charts/ages", court));
        // a court compares itself with any peer of its level (totals and areas), but never takes another court's place
        r.add(get("/evaluation/compare").param("a", court).param("b", "江0102"));
        r.add(get("/evidence/{c}", court));
        r.add(get("/evidence/{c}/{n}", court, "B1.01.1"));
        r.add(post("/evidence/{c}/{n}/assessment", court, "B1.01.1").param("year", "2025").param("status", "MET").with(csrf()));
        r.add(post("/evidence/{c}/{n}/comments", court, "B1.01.1").param("year", "2025").param("body", "x").with(csrf()));
        r.add(multipart("/evidence/{c}/{n}/files", court, "B1.01.1")
                .file(new MockMultipartFile("file", "a.pdf", "application/pdf", "%PDF-1.4".getBytes()))
                .param("year", "2025").with(csrf()));
        r.add(get("/api/evaluation/courts/{c}", court));
        r.add(get("/api/evaluation/courts/{c}/indicators/{n}/records", court, "B4.02.1"));
        return r;
    }

    static Stream<Arguments> foreignRequests() {
        List<Arguments> out = new ArrayList<>();
        for (RequestPostProcessor user : List.of(Users.BASIC_ADMIN, Users.INTERMEDIATE_ADMIN, Users.STAFF_GROUP, Users.OFFICER)) {
            for (RequestBuilder r : requestsFor(FOREIGN)) out.add(Arguments.of(user, r));
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("foreignRequests")
    void anotherCourtsDataIsRefused(RequestPostProcessor user, RequestBuilder request) throws Exception {
        mvc.perform(((org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder) request).with(user))
                .andExpect(status().isForbidden());
    }

    @Test
    void aBasicCourtSeesItsOwnData() throws Exception {
        mvc.perform(get("/evaluation/courts/江0102").with(Users.BASIC_ADMIN)).andExpect(status().isOk());
        mvc.perform(get("/api/evaluation/courts/江0102").with(Users.BASIC_ADMIN)).andExpect(status().isOk());
        mvc.perform(get("/evaluation/courts/江0103").with(Users.INTERMEDIATE_ADMIN)).andExpect(status().isOk());
    }

    @Test
    void theRankingAndTheCourtListShowOnlyVisibleCourts() throws Exception {
        String page = mvc.perform(get("/evaluation/ranking").param("level", "BASIC").with(Users.BASIC_ADMIN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("data-court=\"江0102\"").doesNotContain("data-court=\"江0103\"")
                .doesNotContain("data-court=\"" + FOREIGN + "\"");
        String api = mvc.perform(get("/api/courts").with(Users.INTERMEDIATE_ADMIN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(api).contains("江0103").doesNotContain(FOREIGN).doesNotContain("\"code\":\"R41\"");
        String ranking = mvc.perform(get("/api/evaluation/ranking").param("level", "BASIC").with(Users.BASIC_ADMIN))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(ranking).contains("江0102").doesNotContain("江0103");
    }

    @Test
    void officersAndTheAssessmentGroupCannotOpenEvaluationPages() throws Exception {
        for (RequestPostProcessor u : List.of(Users.OFFICER, Users.STAFF_GROUP)) {
            mvc.perform(get("/evaluation/ranking").with(u)).andExpect(status().isForbidden());
            mvc.perform(get("/evaluation/courts/江0102").with(u)).andExpect(status().isForbidden());
            mvc.perform(get("/api/courts").with(u)).andExpect(status().isForbidden());
        }
    }

    @Test
    void onlyProvinceDataManagersImportData() throws Exception {
        for (RequestPostProcessor u : List.of(Users.BASIC_ADMIN, Users.INTERMEDIATE_ADMIN, Users.STAFF_GROUP, Users.OFFICER)) {
            mvc.perform(get("/import").with(u)).andExpect(status().isForbidden());
            mvc.perform(multipart("/import").file(new MockMultipartFile("files", "法院统计.csv", "text/csv", "x".getBytes()))
                    .with(csrf()).with(u)).andExpect(status().isForbidden());
        }
    }

    @Test
    void onlyAssessorsRecordFindings() throws Exception {
        mvc.perform(post("/evidence/江0102/B1.01.1/assessment").param("year", "2025").param("status", "MET")
                .with(csrf()).with(Users.BASIC_ADMIN)).andExpect(status().isForbidden());
    }

    @Test
    void anonymousUsersAreSentToTheLoginAndTheApiNeedsCredentials() throws Exception {
        mvc.perform(get("/evaluation/ranking").accept(org.springframework.http.MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/evaluation/ranking")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/courts")).andExpect(status().isUnauthorized());
    }

    @Test
    void changesWithoutTheCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/evidence/江0102/B1.01.1/comments").param("year", "2025").param("body", "x")
                .with(Users.ASSESSOR)).andExpect(status().isForbidden());
    }
}
