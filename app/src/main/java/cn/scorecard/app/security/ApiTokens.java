package cn.scorecard.app.security;

import cn.scorecard.app.messages.Bundle;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Personal API tokens ({@code Authorization: Bearer sct_…}): 256 random bits, shown once when created and kept only
 * as their SHA-256, with an expiry and a scope. A token acts as its user with the user's current role and scope, and
 * stops working when it expires, is revoked, or the user is disabled.
 */
@Repository
public class ApiTokens {
    static final String PREFIX = "sct_";
    static final int MAX_DAYS = 365;
    private final JdbcTemplate jdbc;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** READ: GET and HEAD only; WRITE: every method the user's role allows. */
    public enum Scope {
        READ, WRITE;

        public String label() {
            return Bundle.text("token.scope." + name());
        }
    }

    /** A stored token (never its secret). */
    public record Token(long id, String username, String name, String prefix, Scope scope, LocalDateTime createdAt,
                        String createdBy, LocalDateTime expiresAt, LocalDateTime revokedAt, LocalDateTime lastUsedAt) {
        public boolean active(LocalDateTime now) {
            return revokedAt == null && expiresAt.isAfter(now);
        }
    }

    /** A new token and its secret, which is shown this once. */
    public record Created(Token token, String secret) {
    }

    public Created create(String username, String name, Scope scope, int days, String actor) {
        if (name == null || name.isBlank() || name.length() > 100) throw new IllegalArgumentException(Bundle.text("token.error.name"));
        if (days < 1 || days > MAX_DAYS) throw new IllegalArgumentException(Bundle.text("token.error.days", String.valueOf(MAX_DAYS)));
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        LocalDateTime now = LocalDateTime.now();
        jdbc.update("INSERT INTO api_token (username, name, token_hash, token_prefix, scope, created_at, created_by, expires_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", username, name.trim(), hash(secret), secret.substring(0, 10),
                scope.name(), Timestamp.valueOf(now), actor, Timestamp.valueOf(now.plusDays(days)));
        Token t = jdbc.query("SELECT * FROM api_token WHERE token_hash = ?", ApiTokens::map, hash(secret)).get(0);
        return new Created(t, secret);
    }

    /** The active token with this secret, if any (marks it used at most once a minute). */
    public Optional<Token> find(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) return Optional.empty();
        LocalDateTime now = LocalDateTime.now();
        Optional<Token> t = jdbc.query("SELECT * FROM api_token WHERE token_hash = ?", ApiTokens::map, hash(secret)).stream()
                .findFirst().filter(x -> x.active(now));
        t.filter(x -> x.lastUsedAt() == null || x.lastUsedAt().isBefore(now.minusMinutes(1))).ifPresent(x ->
                jdbc.update("UPDATE api_token SET last_used_at = ? WHERE id = ?", Timestamp.valueOf(now), x.id()));
        return t;
    }

    public Optional<Token> get(long id) {
        return jdbc.query("SELECT * FROM api_token WHERE id = ?", ApiTokens::map, id).stream().findFirst();
    }

    public List<Token> of(String username) {
        return jdbc.query("SELECT * FROM api_token WHERE username = ? ORDER BY id DESC", ApiTokens::map, username);
    }

    public List<Token> all() {
        return jdbc.query("SELECT * FROM api_token ORDER BY id DESC", ApiTokens::map);
    }

    /** Revokes a token; true when it was active. */
    public boolean revoke(long id, String actor) {
        return jdbc.update("UPDATE api_token SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL",
                Timestamp.valueOf(LocalDateTime.now()), actor, id) == 1;
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Token map(ResultSet rs, int i) throws SQLException {
        return new Token(rs.getLong("id"), rs.getString("username"), rs.getString("name"), rs.getString("token_prefix"),
                Scope.valueOf(rs.getString("scope")), time(rs, "created_at"), rs.getString("created_by"),
                time(rs, "expires_at"), time(rs, "revoked_at"), time(rs, "last_used_at"));
    }

    private static LocalDateTime time(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime();
    }
}
