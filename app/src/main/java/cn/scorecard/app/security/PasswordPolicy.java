package cn.scorecard.app.security;

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
            return Optional.of("密码至少 " + MIN_LENGTH + " 个字符（可以是一句容易记住的话，不要求大小写或符号）");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("密码不能超过 " + MAX_BYTES + " 字节（约 72 个字母或 24 个汉字）");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) return Optional.of("该密码过于常见，容易被猜中，请换一个");
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("密码不能包含用户名");
        }
        return Optional.empty();
    }

    int commonCount() {
        return common.size();
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
            if (in == null) throw new IllegalStateException("缺少常见密码表 " + LIST);
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
