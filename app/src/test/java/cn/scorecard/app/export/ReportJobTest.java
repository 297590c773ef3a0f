package cn.scorecard.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.scorecard.app.AppTest;
import cn.scorecard.app.security.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The court report as a job with progress: the court page starts it, polls it and gets the download; the report is
 * kept per data version, period and results, so asking again is answered at once and renders nothing.
 */
@AppTest
class ReportJobTest {
    static final String PERIOD = "year=2025&month=5";
    @Autowired
    MockMvc mvc;
    @Autowired
    ReportCache cache;

    private Document fragment(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void theReportIsAJobWithProgressAndRepeatedRequestsAreServedAtOnce() throws Exception {
        Document started = fragment(post("/evaluation/courts/江0103/report/jobs?" + PERIOD).header("HX-Request", "true")
                .with(Users.ASSESSOR).with(csrf()));
        Element progress = started.selectFirst("#report-progress");
        assertThat(progress).isNotNull();
        assertThat(started.select("nav.app-nav")).isEmpty(); // a fragment for the page, not a second layout
        String poll = progress.attr("hx-get");
        Element download = progress.selectFirst("#report-download");
        for (int i = 0; download == null && i < 600; i++) {
            Thread.sleep(100);
            download = fragment(get(poll).with(Users.ASSESSOR)).selectFirst("#report-download");
        }
        assertThat(download).as("the report job ends with its download").isNotNull();
        int renders = cache.renders();
        byte[] pdf = mvc.perform(get(java.net.URI.create(download.attr("href"))).with(Users.ASSESSOR)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        mvc.perform(get("/evaluation/courts/江0103/report.pdf?" + PERIOD).with(Users.ASSESSOR)).andExpect(status().isOk());
        assertThat(cache.renders()).as("served from the cache").isEqualTo(renders);
        // asked again: done at once, the download is in the first answer
        Document again = fragment(post("/evaluation/courts/江0103/report/jobs?" + PERIOD).header("HX-Request", "true")
                .with(Users.ASSESSOR).with(csrf()));
        assertThat(again.selectFirst("#report-download")).isNotNull();
        assertThat(cache.renders()).isEqualTo(renders);
        // another user's job is not theirs to read
        mvc.perform(get(poll).with(Users.ADMIN)).andExpect(status().isNotFound());
    }
}
