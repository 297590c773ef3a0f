package cn.scorecard.app.security;

import cn.scorecard.app.messages.Bundle;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The password policy of OWASP ASVS 2.1: at least {@value #MIN_LENGTH} characters, at most {@value #MAX_BYTES} bytes
 * (BCrypt reads no further), not one of the common passwords shipped with the application, not the user name; no
 * composition rules (no "one digit, one capital"), since they make passwords harder to remember, not to guess.
 */
@Component
public class PasswordPolicy {
    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;
    private static final String LIST = "/security/common-passwords.txt";
    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load();
    }

    /** Why the password is refused, in Chinese; empty when it is acceptable. */
    public Optional<String> problem(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(Bundle.text("password.tooShort", String.valueOf(MIN_LENGTH)));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(Bundle.text("password.tooLong", String.valueOf(MAX_BYTES)));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) return Optional.of(Bundle.text("password.common"));
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of(Bundle.text("password.username"));
        }
        return Optional.empty();
    }

    int commonCount() {
        return common.size();
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
            if (in == null) throw new IllegalStateException(Bundle.text("password.noList", LIST));
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) out.add(line.trim().toLowerCase(Locale.ROOT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
