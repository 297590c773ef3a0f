package cn.scorecard.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.scorecard.app.AppTest;
import cn.scorecard.app.security.Users;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The verification page is the administrator's; a password reset is audited as such, without the secret. */
@AppTest
class AuditWebTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void administratorSeesTheVerdictOthersDoNot() throws Exception {
        mvc.perform(get("/audit/verify").with(Users.ADMIN)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("审计日志完整：共 ")));
        mvc.perform(get("/audit/verify").with(Users.ASSESSOR)).andExpect(status().isForbidden());
        mvc.perform(get("/audit/verify").with(Users.BASIC_ADMIN)).andExpect(status().isForbidden());
    }

    @Test
    void passwordResetIsRecordedAsSuchWithoutTheSecret() throws Exception {
        String secret = "Zq7-reset-secret-2026";
        mvc.perform(post("/admin/users").with(Users.ADMIN).with(csrf()).param("username", "reset.probe")
                .param("displayName", "测试用户").param("role", "ASSESSOR").param("password", "Initial-pass-2026-x")
                .param("enabled", "true")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/users").with(Users.ADMIN).with(csrf()).param("username", "reset.probe")
                .param("displayName", "测试用户").param("role", "ASSESSOR").param("password", secret)
                .param("enabled", "true")).andExpect(status().is3xxRedirection());
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT action, before_json, after_json FROM audit_log WHERE entity_key = 'reset.probe' ORDER BY chain_seq");
        assertThat(rows).extracting(r -> r.get("action")).containsExactly("新建用户", "修改用户", "重置密码");
        String hash = jdbc.queryForObject("SELECT password_hash FROM app_user WHERE username = 'reset.probe'", String.class);
        assertThat(rows.toString()).doesNotContain(secret).doesNotContain(hash).doesNotContain("Initial-pass");
    }
}
