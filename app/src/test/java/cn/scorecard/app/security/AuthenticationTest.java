package cn.scorecard.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.scorecard.app.AppTest;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Signing in and staying signed in: the throttle by user name and address, personal API tokens, sessions ended by
 * the administrator's changes, the password policy and the forced change. Each test uses accounts of its own.
 */
@AppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthenticationTest {
    static final String PASSWORD = "长江后浪推前浪2026";
    @Autowired
    MockMvc mvc;
    @Autowired
    UserRepository users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    void accounts() {
        String hash = encoder.encode(PASSWORD);
        for (String name : List.of("auth-throttle", "auth-session", "auth-token", "auth-officer", "auth-reset")) {
            Role role = name.equals("auth-officer") ? Role.OFFICER : Role.COURT_ADMIN;
            users.insert(new UserAccount(name, name, hash, role, "江0102", role == Role.OFFICER ? "江0102-002" : null, true,
                    LocalDateTime.now()));
        }
    }

    static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder login(String user, String password) {
        return post("/login").param("username", user).param("password", password).with(csrf());
    }

    private RequestPostProcessor tokenUser() {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                CurrentUser.of(users.find("auth-token").orElseThrow()));
    }

    private static RequestPostProcessor from(String address) {
        return r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }

    @Test
    void wrongPasswordsFromOneAddressSlowDownThatAddressOnly() throws Exception {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            mvc.perform(login("auth-throttle", "wrong-" + i).with(from("10.9.0.1"))).andExpect(redirectedUrl("/login?error"));
        }
        // the right password from the guessing address must wait, the password is not even checked
        mvc.perform(login("auth-throttle", PASSWORD).with(from("10.9.0.1")))
                .andExpect(redirectedUrl("/login?locked"));
        // the real user at another address is not locked out
        mvc.perform(login("auth-throttle", PASSWORD).with(from("10.9.0.2")))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void httpBasicIsOffByDefault() throws Exception {
        mvc.perform(get("/api/courts").with(httpBasic("auth-token", PASSWORD))).andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenActsAsItsUserWithinItsScope() throws Exception {
        ApiTokens.Created read = tokens.create("auth-token", "报表", ApiTokens.Scope.READ, 30, "auth-token");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM api_token WHERE token_hash = ? OR token_prefix = ?",
                Integer.class, read.secret(), read.secret())).isZero();
        mvc.perform(get("/api/evaluation/courts/江0102").header("Authorization", "Bearer " + read.secret()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/evaluation/courts/江0202").header("Authorization", "Bearer " + read.secret()))
                .andExpect(status().isForbidden());
        // read-only: no change, whatever the role allows
        mvc.perform(post("/api/staff/objections").param("month", "2025-09").param("reason", "x")
                .contentType("application/x-www-form-urlencoded").header("Authorization", "Bearer " + read.secret()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/courts").header("Authorization", "Bearer sct_not-a-token")).andExpect(status().isUnauthorized());

        tokens.revoke(read.token().id(), "auth-token");
        mvc.perform(get("/api/courts").header("Authorization", "Bearer " + read.secret())).andExpect(status().isUnauthorized());

        ApiTokens.Created old = tokens.create("auth-token", "过期", ApiTokens.Scope.READ, 1, "auth-token");
        jdbc.update("UPDATE api_token SET expires_at = ? WHERE id = ?", LocalDateTime.now().minusMinutes(1), old.token().id());
        mvc.perform(get("/api/courts").header("Authorization", "Bearer " + old.secret())).andExpect(status().isUnauthorized());
    }

    @Test
    void aWriteTokenNeedsNoCsrfTokenAndADisabledUsersTokenStops() throws Exception {
        ApiTokens.Created write = tokens.create("auth-officer", "脚本", ApiTokens.Scope.WRITE, 30, "admin");
        // no session, no CSRF token: the request is authenticated by its header alone (400: no published month)
        int status = mvc.perform(post("/api/staff/objections").param("month", "2024-01").param("reason", "x")
                .contentType("application/x-www-form-urlencoded").header("Authorization", "Bearer " + write.secret()))
                .andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(400);
        UserAccount officer = users.find("auth-officer").orElseThrow();
        users.update(new UserAccount(officer.username(), officer.displayName(), officer.passwordHash(), officer.role(),
                officer.courtCode(), officer.staffCode(), false, officer.createdAt()));
        mvc.perform(get("/api/staff/me").header("Authorization", "Bearer " + write.secret())).andExpect(status().isUnauthorized());
    }

    @Test
    void theWebPageShowsANewTokenOnceAndKeepsOnlyItsHash() throws Exception {
        MvcResult created = mvc.perform(post("/account/tokens").param("name", "网页令牌").param("scope", "READ").param("days", "7")
                .with(tokenUser()).with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
        String secret = (String) created.getFlashMap().get("secret");
        assertThat(secret).startsWith("sct_");
        assertThat(tokens.find(secret)).isPresent();
        String page = mvc.perform(get("/account/tokens").with(tokenUser())).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("网页令牌").doesNotContain(secret);
    }

    @Test
    void disablingAUserEndsTheirSignedInSession() throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(login("auth-session", PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession();
        mvc.perform(get("/evaluation/courts/江0102").session(session)).andExpect(status().isOk());
        mvc.perform(post("/admin/users").param("username", "auth-session").param("displayName", "auth-session")
                .param("role", "COURT_ADMIN").param("courtCode", "江0102").param("enabled", "false")
                .with(Users.ADMIN).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/evaluation/courts/江0102").session(session)).andExpect(redirectedUrl("/login?expired"));
    }

    @Test
    void aPasswordResetEndsTheSessionsAndMustBeChangedAtTheNextSignIn() throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(login("auth-reset", PASSWORD))
                .andReturn().getRequest().getSession();
        mvc.perform(post("/admin/users").param("username", "auth-reset").param("displayName", "auth-reset")
                .param("role", "COURT_ADMIN").param("courtCode", "江0102").param("enabled", "true")
                .param("password", "short").with(Users.ADMIN).with(csrf()))
                // the form is shown again with what was entered and the reason (user management keeps the form)
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
                        .attribute("error", org.hamcrest.Matchers.containsString("至少 12 个字符")));
        String first = "管理员给的初始密码-7391";
        mvc.perform(post("/admin/users").param("username", "auth-reset").param("displayName", "auth-reset")
                .param("role", "COURT_ADMIN").param("courtCode", "江0102").param("enabled", "true")
                .param("password", first).with(Users.ADMIN).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/evaluation/courts/江0102").session(session)).andExpect(redirectedUrl("/login?expired"));
        Map<String, Object> audit = jdbc.queryForMap("SELECT * FROM audit_log WHERE action = '重置密码' AND entity_key = 'auth-reset'");
        assertThat(audit.values().toString()).doesNotContain(first);

        mvc.perform(login("auth-reset", first))
                .andExpect(redirectedUrl("/account/password?expired&username=auth-reset"));
        mvc.perform(post("/account/password").param("username", "auth-reset").param("current", first)
                        .param("chosen", "password1234").param("repeated", "password1234").with(csrf()))
                .andExpect(status().isOk()).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .content().string(org.hamcrest.Matchers.containsString("过于常见")));
        String mine = "我自己选的一句话作为新的密码";
        mvc.perform(post("/account/password").param("username", "auth-reset").param("current", first)
                .param("chosen", mine).param("repeated", mine).with(csrf())).andExpect(redirectedUrl("/login?changed"));
        mvc.perform(login("auth-reset", mine)).andExpect(redirectedUrl("/"));
    }
}
