package cn.scorecard.app.security;

import cn.scorecard.app.messages.Bundle;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * The claims an OIDC sign-in reads (scorecard.oidc.*): which claim holds the user name, display name, role, court
 * code and staff id, and how role words of the identity service map to roles here (besides the role names and their
 * Chinese labels, which are always understood). The login itself is configured with Spring's standard properties
 * spring.security.oauth2.client.registration.* (see docs/security.md).
 */
@Configuration
@EnableConfigurationProperties(OidcLoginSettings.Properties.class)
class OidcLoginSettings {
    private final Properties properties;

    OidcLoginSettings(Properties properties) {
        this.properties = properties;
    }

    OidcAccounts.OidcSettings settings() {
        Map<String, Role> words = new HashMap<>();
        for (String pair : properties.getRoleWords().split(",")) {
            if (pair.isBlank()) continue;
            String[] kv = pair.split(":", 2);
            if (kv.length != 2) throw new IllegalArgumentException(Bundle.text("oidc.roleWords", pair));
            words.put(kv[0].trim(), Role.valueOf(kv[1].trim()));
        }
        return new OidcAccounts.OidcSettings(properties.getUsernameClaim(), properties.getNameClaim(),
                properties.getRoleClaim(), properties.getCourtClaim(), properties.getStaffClaim(), words);
    }

    @ConfigurationProperties("scorecard.oidc")
    static class Properties {
        private String usernameClaim = "preferred_username";
        private String nameClaim = "name";
        private String roleClaim = "scorecard_role";
        private String courtClaim = "court_code";
        private String staffClaim = "staff_code";
        /** Role words of the identity service and the role each means: 执行局长:COURT_ADMIN,审管办:COURT_ADMIN. */
        private String roleWords = "";

        public String getUsernameClaim() { return usernameClaim; }
        public void setUsernameClaim(String v) { usernameClaim = v; }
        public String getNameClaim() { return nameClaim; }
        public void setNameClaim(String v) { nameClaim = v; }
        public String getRoleClaim() { return roleClaim; }
        public void setRoleClaim(String v) { roleClaim = v; }
        public String getCourtClaim() { return courtClaim; }
        public void setCourtClaim(String v) { courtClaim = v; }
        public String getStaffClaim() { return staffClaim; }
        public void setStaffClaim(String v) { staffClaim = v; }
        public String getRoleWords() { return roleWords; }
        public void setRoleWords(String v) { roleWords = v; }
    }
}
