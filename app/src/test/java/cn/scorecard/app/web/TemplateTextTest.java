package cn.scorecard.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The converted templates (issue 13, point 19) take the words of an element that holds only text from the bundle
 * ({@code th:text="#{…}"}, the Chinese kept as the natural template's placeholder), and a Chinese title, placeholder,
 * aria-label or confirmation has its {@code th:} twin. Sentences around expressions are not checked here.
 */
class TemplateTextTest {
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final List<String> CONVERTED = List.of("account/password.html", "account/tokens.html",
            "admin/audit-verify.html", "admin/audit.html", "admin/user-form.html", "admin/users.html", "error.html",
            "home.html", "login.html", "notifications/list.html", "periods/job.html", "periods/list.html",
            "periods/run.html", "evidence/court.html", "evidence/item.html", "evidence/overview.html",
            "evaluation/compare.html", "evaluation/court.html", "evaluation/records.html", "evaluation/ranking.html");
    /** An element whose whole content is text with Chinese in it. */
    private static final Pattern TEXT_ONLY = Pattern.compile("<([a-zA-Z][\\w:-]*)(\\s[^<>]*)?>([^<>]*\\p{IsHan}[^<>]*)</\\1>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s(title|placeholder|aria-label|data-confirm)=\"[^\"]*\\p{IsHan}");

    @Test
    void convertedTemplatesTakeTheirWordsFromTheBundle() throws IOException {
        List<String> found = new ArrayList<>();
        for (String t : CONVERTED) {
            String html = Files.readString(TEMPLATES.resolve(t)).replaceAll("(?s)<!--.*?-->", "");
            Matcher m = TEXT_ONLY.matcher(html);
            while (m.find()) {
                String attrs = m.group(2) == null ? "" : m.group(2);
                boolean covered = attrs.contains("th:text=") || attrs.contains("th:utext=") || attrs.contains("th:replace=");
                String text = m.group(3);
                if (!covered && !text.contains("[[") && !text.contains("${") && !m.group(1).equals("script")) {
                    found.add(t + ": " + m.group().strip());
                }
            }
            for (String tag : html.split("<")) {
                Matcher a = ATTRIBUTE.matcher(tag);
                while (a.find()) {
                    if (!tag.contains("th:" + a.group(1) + "=") && !tag.contains("th:attr=")) found.add(t + ": <" + tag.strip());
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
