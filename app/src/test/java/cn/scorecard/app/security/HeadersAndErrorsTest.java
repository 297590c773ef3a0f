package cn.scorecard.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.scorecard.app.AppTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Headers and cookies as a browser receives them from the real server (over HTTP, and as if behind a TLS proxy), and
 * the Chinese error pages and problem details for bad input, unknown ids and another court's data.
 */
@AppTest
class HeadersAndErrorsTest {
    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> fetch(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (headers.length > 0) b.headers(headers);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theSessionCookieIsLaxAndHttpOnlyAndScriptsComeFromFilesOnly() throws Exception {
        HttpResponse<String> r = fetch("/login");
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("JSESSIONID=", "HttpOnly", "SameSite=Lax").doesNotContain("Secure");
        String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
        String scripts = csp.substring(csp.indexOf("script-src"), csp.indexOf(';', csp.indexOf("script-src")));
        assertThat(scripts).isEqualTo("script-src 'self'");
        assertThat(csp).contains("frame-ancestors 'none'", "object-src 'none'");
        assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(r.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(r.body()).doesNotContain("<script>", "onclick=", "onsubmit=", "onchange=");
    }

    @Test
    void behindATlsProxyTheCookieIsSecureAndHstsIsSent() throws Exception {
        HttpResponse<String> r = fetch("/login", "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.9");
        assertThat(r.headers().firstValue("Set-Cookie").orElseThrow()).contains("Secure", "SameSite=Lax");
        assertThat(r.headers().firstValue("Strict-Transport-Security").orElseThrow()).contains("max-age=");
    }

    /** A client signed in as the demo assessor or court administrator, through the login form. */
    private HttpClient signedIn(String user) throws Exception {
        HttpClient c = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String login = c.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(login);
        assertThat(m.find()).isTrue();
        String form = "username=" + user + "&password=demo2026&_csrf=" + m.group(1);
        HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("/login");
        return c;
    }

    private HttpResponse<String> page(HttpClient c, String path) throws Exception {
        return c.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path.replace("江", "%E6%B1%9F")))
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void errorPagesAreChineseWithTheLayoutAndAWayBack() throws Exception {
        HttpClient assessor = signedIn("assessor");
        HttpResponse<String> month = page(assessor, "/evaluation/ranking?month=13");
        assertThat(month.statusCode()).isEqualTo(400);
        assertThat(month.body()).contains("请求有误", "参数 month 的值“13”无效：不能大于 12", "返回上一页", "回到首页", "评估排名")
                .doesNotContain("Whitelabel");
        HttpResponse<String> file = page(assessor, "/evidence/files/-1");
        assertThat(file.statusCode()).isEqualTo(404);
        assertThat(file.body()).contains("未找到", "没有该佐证文件");
        HttpResponse<String> nothing = page(assessor, "/no/such/page");
        assertThat(nothing.statusCode()).isEqualTo(404);
        assertThat(nothing.body()).contains("您要找的页面或数据不存在");
        HttpResponse<String> foreign = page(signedIn("chengdong"), "/evaluation/courts/江0202");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).contains("无权访问", "您无权查看该法院的数据");
    }

    @Test
    void badParametersAre400NamingTheParameter() throws Exception {
        mvc.perform(get("/evaluation/ranking").param("month", "13").with(Users.ADMIN)).andExpect(status().isBadRequest())
                .andExpect(status().reason(Matchers.containsString("参数 month 的值“13”无效")));
        mvc.perform(get("/evaluation/ranking").param("year", "abc").with(Users.ADMIN)).andExpect(status().isBadRequest())
                .andExpect(status().reason(Matchers.containsString("参数 year 的值“abc”格式不正确")));
        mvc.perform(get("/evaluation/courts/江0102/indicators/B4.02.1/records").param("set", "all").with(Users.ADMIN))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/evaluation/ranking").param("month", "0").with(Users.ADMIN)).andExpect(status().isBadRequest())
                .andExpect(status().reason(Matchers.containsString("不能小于 1")));
    }

    @Test
    void apiErrorsAreProblemDetails() throws Exception {
        HttpClient c = signedIn("chengdong");
        for (String path : new String[] {"/api/evaluation/courts/江9999", "/api/evaluation/courts/江0202", "/api/evaluation/ranking?month=0"}) {
            HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path.replace("江", "%E6%B1%9F")))
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            assertThat(r.body()).contains("\"status\":" + r.statusCode(), "\"title\":\"", "\"detail\":\"");
        }
    }

    @Test
    void unknownIdsAre404AndAnotherCourtsAre403() throws Exception {
        mvc.perform(get("/evidence/files/-1").with(Users.ADMIN)).andExpect(status().isNotFound());
        mvc.perform(get("/evaluation/courts/江9999").with(Users.BASIC_ADMIN)).andExpect(status().isNotFound());
        mvc.perform(get("/evaluation/courts/江0202").with(Users.BASIC_ADMIN)).andExpect(status().isForbidden());
        mvc.perform(get("/api/evaluation/courts/江9999").with(Users.BASIC_ADMIN)).andExpect(status().isNotFound());
        mvc.perform(get("/api/evaluation/courts/江0202").with(Users.BASIC_ADMIN)).andExpect(status().isForbidden());
        mvc.perform(get("/staff/people/江0102-999").with(Users.STAFF_GROUP)).andExpect(status().isNotFound());
        mvc.perform(get("/periods/runs/999999").with(Users.ASSESSOR)).andExpect(status().isNotFound());
    }

    @Test
    void anUnauthenticatedApiCallIsAProblemDetail() throws Exception {
        mvc.perform(get("/api/courts")).andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", Matchers.startsWith("application/problem+json")))
                .andExpect(content().string(Matchers.containsString("请先登录")));
    }
}
