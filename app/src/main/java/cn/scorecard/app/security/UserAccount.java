package cn.scorecard.app.security;

import java.time.LocalDateTime;

/** A user as stored (the password only as its BCrypt hash). */
public record UserAccount(String username, String displayName, String passwordHash, Role role, String courtCode,
                          String staffCode, boolean enabled, LocalDateTime createdAt) {
}
