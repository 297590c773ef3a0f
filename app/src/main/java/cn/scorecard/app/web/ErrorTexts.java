package cn.scorecard.app.web;

import java.util.Set;
import org.springframework.http.HttpStatus;

/** The Chinese words of the error pages and problem details (error.* in messages_zh_CN.properties). */
final class ErrorTexts {
    /** The statuses with words of their own; the others share those of their class. */
    private static final Set<Integer> KNOWN = Set.of(400, 401, 403, 404, 405, 409, 413, 429);

    private ErrorTexts() {
    }

    static String title(HttpStatus status) {
        if (KNOWN.contains(status.value())) return Messages.text("error.title." + status.value());
        return Messages.text(status.is5xxServerError() ? "error.title.server" : "error.title.other");
    }

    static String sentence(HttpStatus status) {
        return Messages.text(KNOWN.contains(status.value()) ? "error.text." + status.value() : "error.text.other");
    }

    /** A message our own code wrote for the user (Chinese), not a framework's English reason phrase. */
    static boolean isOurs(String message) {
        return message != null && message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
