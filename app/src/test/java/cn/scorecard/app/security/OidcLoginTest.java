package cn.scorecard.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A production-like installation (not the demo profile) with single sign-on at an OIDC server started by the test
 * and HTTP Basic switched on: role and court come from the identity service's claims; the demo accounts must change
 * their password first; HTTP Basic goes through the same throttle as the login form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:oidctest;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "scorecard.evidence-dir=target/test-evidence-oidc",
        "scorecard.demo.cases=2000", "scorecard.demo.intermediate-courts=1", "scorecard.demo.basic-courts=2",
        "scorecard.security.http-basic=true",
        "spring.security.oauth2.client.registration.court.client-id=scorecard",
        "spring.security.oauth2.client.registration.court.client-secret=secret",
        "spring.security.oauth2.client.registration.court.scope=openid,profile",
        "scorecard.oidc.role-words=执行局长:COURT_ADMIN,审判长:OFFICER"})
@AutoConfigureMockMvc
class OidcLoginTest {
    static final MockOAuth2Server IDP = new MockOAuth2Server();

    static {
        IDP.start();
    }

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserRepository users;
    @Autowired
    PasswordEncoder encoder;

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.client.provider.court.issuer-uri", () -> IDP.issuerUrl("court").toString());
    }

    @AfterAll
    static void stop() {
        IDP.shutdown();
    }

    @Test
    void aUserOfTheIdentityServiceSignsInWithTheRoleAndCourtOfTheClaims() throws Exception {
        IDP.enqueueCallback(new DefaultOAuth2TokenCallback("court", "zhang-sub", "JWT", List.of("scorecard"),
                Map.of("preferred_username", "zhangfaguan", "name", "张法官", "scorecard_role", "执行局长",
                        "court_code", "江0102"), 3600));
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String base = "http://localhost:" + port;
        // our login → the identity service → back to us with a code → signed in, sent to the start page
        URI next = URI.create(base + "/oauth2/authorization/court");
        for (int hop = 0; hop < 6 && !next.toString().equals(base + "/"); hop++) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(next).GET().build(), HttpResponse.BodyHandlers.ofString());
            String location = r.headers().firstValue("Location").orElseThrow(() -> new AssertionError(
                    "登录过程中断：" + r.statusCode() + " " + r.body()));
            next = next.resolve(location);
        }
        assertThat(next.toString()).isEqualTo(base + "/");
        HttpResponse<String> courts = http.send(HttpRequest.newBuilder(URI.create(base + "/api/courts")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(courts.statusCode()).isEqualTo(200);
        assertThat(courts.body()).contains("\"code\":\"江0102\"").doesNotContain("\"code\":\"江0103\"");
        UserAccount account = users.find("zhangfaguan").orElseThrow();
        assertThat(account.role()).isEqualTo(Role.COURT_ADMIN);
        assertThat(account.courtCode()).isEqualTo("江0102");
        assertThat(account.displayName()).isEqualTo("张法官");
        assertThat(account.source()).isEqualTo(UserAccount.OIDC);
    }

    @Test
    void outsideTheDemoProfileTheDemoAccountsMustChangeTheirPasswordFirst() throws Exception {
        assertThat(users.find("admin").orElseThrow().mustChangePassword()).isTrue();
        mvc.perform(AuthenticationTest.login("admin", "demo2026"))
                .andExpect(redirectedUrl("/account/password?expired&username=admin"));
        String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("统一身份认证登录").doesNotContain("demo2026");
    }

    @Test
    void httpBasicWhenSwitchedOnIsThrottledLikeTheForm() throws Exception {
        users.insert(new UserAccount("basic-user", "脚本", encoder.encode(AuthenticationTest.PASSWORD), Role.ASSESSOR, null,
                null, true, LocalDateTime.now()));
        mvc.perform(get("/api/courts").with(httpBasic("basic-user", AuthenticationTest.PASSWORD))).andExpect(status().isOk());
        for (int i = 0; i < 10; i++) {
            mvc.perform(get("/api/courts").with(httpBasic("basic-user", "wrong"))).andExpect(status().isUnauthorized());
        }
        // the right password while the back-off runs: refused, as for the form
        mvc.perform(get("/api/courts").with(httpBasic("basic-user", AuthenticationTest.PASSWORD)))
                .andExpect(status().isUnauthorized());
    }
}
