package cn.scorecard.app.security;

import java.time.LocalDateTime;

/**
 * A user as stored (the password only as its BCrypt hash).
 *
 * @param mustChangePassword the next sign-in must choose a new password first (a reset by the administrator, a demo
 *                           account outside the demo profile)
 * @param source             LOCAL (password here) or OIDC (signed in through the courts' identity service)
 */
public record UserAccount(String username, String displayName, String passwordHash, Role role, String courtCode,
                          String staffCode, boolean enabled, LocalDateTime createdAt, boolean mustChangePassword,
                          String source) {
    public static final String LOCAL = "LOCAL";
    public static final String OIDC = "OIDC";

    public UserAccount(String username, String displayName, String passwordHash, Role role, String courtCode,
                       String staffCode, boolean enabled, LocalDateTime createdAt) {
        this(username, displayName, passwordHash, role, courtCode, staffCode, enabled, createdAt, false, LOCAL);
    }

    public UserAccount withPassword(String hash, boolean mustChange) {
        return new UserAccount(username, displayName, hash, role, courtCode, staffCode, enabled, createdAt, mustChange, source);
    }

    /** Whether a change from this account to {@code after} must end the user's sessions (scope or access changed). */
    public boolean accessChangedIn(UserAccount after) {
        return enabled != after.enabled || role != after.role || !java.util.Objects.equals(courtCode, after.courtCode)
                || !java.util.Objects.equals(staffCode, after.staffCode) || !passwordHash.equals(after.passwordHash);
    }
}
