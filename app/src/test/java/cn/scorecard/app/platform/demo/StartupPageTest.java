package cn.scorecard.app.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.app.web.StartupPage;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** While the demo loads, pages say how far it has come; static files and, after the load, everything pass through. */
class StartupPageTest {
    private static MockHttpServletResponse request(StartupPage filter, String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        if (chain.getRequest() != null) response.setStatus(299); // passed on to the application
        return response;
    }

    @Test
    void pagesShowTheProgressWhileTheDemoLoads() throws Exception {
        StartupProgress progress = new StartupProgress();
        StartupPage filter = new StartupPage(progress);
        assertThat(request(filter, "/login").getStatus()).isEqualTo(299); // nothing loading

        progress.start();
        progress.at(62, new StartupProgress.Step("startup.step.rows", "3100", "5000"));
        MockHttpServletResponse page = request(filter, "/login");
        assertThat(page.getStatus()).isEqualTo(503);
        assertThat(page.getHeader("Retry-After")).isEqualTo("5");
        assertThat(page.getContentAsString()).contains("正在载入演示数据", "62%", "导入数据（3100 / 5000 行）",
                "http-equiv=\"refresh\"").doesNotContain("<script");
        MockHttpServletResponse api = request(filter, "/api/courts");
        assertThat(api.getStatus()).isEqualTo(503);
        assertThat(api.getContentType()).startsWith("application/problem+json");
        assertThat(api.getContentAsString()).contains("系统正在启动", "62%");
        assertThat(request(filter, "/webjars/bootstrap/css/bootstrap.min.css").getStatus()).isEqualTo(299);

        progress.at(40, new StartupProgress.Step("startup.step.import")); // progress never goes back
        assertThat(progress.percent()).isEqualTo(62);
        progress.end();
        assertThat(request(filter, "/login").getStatus()).isEqualTo(299);
    }
}
