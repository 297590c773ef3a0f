package cn.scorecard.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every template takes its words from the bundle (issue 13, point 19): Chinese text stands only where the template
 * replaces it at run time (inside an element with {@code th:text}, {@code th:utext}, {@code th:replace} or
 * {@code th:insert} — the Chinese kept as the natural template's placeholder), a Chinese title, placeholder,
 * aria-label, alt, content or confirmation has its {@code th:} twin, and no {@code th:} expression holds a Chinese
 * literal ({@code #{key(…)}} or {@code #messages.msg(…)} instead). Sentences with values are keys with arguments,
 * inline scripts and styles included (the PDF footer is {@code [(#{pdf.pageFooter(…)})]}); the page script reads
 * its words from data attributes.
 */
class TemplateTextTest {
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path SCRIPTS = Path.of("src/main/resources/static/js");
    private static final Path BUNDLE = Path.of("src/main/resources/messages_zh_CN.properties");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** A key written out: #{key}, #{key(…)} or #messages.msg('key'…) (not one computed, as #{${'records.tab.' + st}}). */
    private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z][\\w.-]*)[}(]|#messages\\.msg\\('([\\w.-]+)'");
    /** A tag (its attributes quoted, with {@code >} allowed inside the quotes) or a run of text. */
    private static final Pattern TOKEN = Pattern.compile(
            "<(/?)([a-zA-Z][\\w:.-]*)((?:\\s+[^\\s=>/]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s>]+))?)*)\\s*(/?)>|([^<]+)|<");
    private static final Pattern ATTRIBUTE = Pattern.compile("([^\\s=>/]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+)))?");
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
            "param", "source", "track", "wbr");
    private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert");
    private static final Set<String> TWINNED = Set.of("title", "placeholder", "aria-label", "alt", "content", "data-confirm", "label");

    private record Open(String tag, boolean replaced) {
    }

    @Test
    void templatesTakeTheirWordsFromTheBundle() throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> templates;
        try (Stream<Path> s = Files.walk(TEMPLATES)) {
            templates = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(templates).hasSizeGreaterThan(40);
        for (Path t : templates) check(TEMPLATES.relativize(t).toString().replace('\\', '/'), Files.readString(t), found);
        assertThat(found).isEmpty();
    }

    /** A key a template names is in the bundle (a missing one would show as ??key_zh_CN??). */
    @Test
    void everyKeyNamedInTemplatesExists() throws IOException {
        Properties bundle = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLE, StandardCharsets.UTF_8)) {
            bundle.load(in);
        }
        List<String> missing = new ArrayList<>();
        try (Stream<Path> s = Files.walk(TEMPLATES)) {
            for (Path t : s.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                Matcher m = KEY.matcher(Files.readString(t));
                while (m.find()) {
                    String key = m.group(1) != null ? m.group(1) : m.group(2);
                    if (!bundle.containsKey(key)) missing.add(TEMPLATES.relativize(t) + ": " + key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theScriptsTakeTheirWordsFromThePage() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> s = Files.walk(SCRIPTS)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".js")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    String l = lines.get(i).replaceAll("//.*$", "").strip();
                    if (l.startsWith("*") || l.startsWith("/*")) continue;
                    if (HAN.matcher(l).find()) found.add(f.getFileName() + ":" + (i + 1) + ": " + l);
                }
            }
        }
        assertThat(found).isEmpty();
    }

    /** The check finds what it should: text, an attribute without its twin, a literal in an expression. */
    @Test
    void theCheckFindsUntranslatedText() {
        List<String> found = new ArrayList<>();
        check("t.html", "<p>说明</p><p th:text=\"#{k}\">说明</p><td><span th:text=\"${n}\">1</span> 条</td>"
                + "<input placeholder=\"查找\"><input placeholder=\"查找\" th:placeholder=\"#{k}\">"
                + "<b th:text=\"${n} + ' 条'\">1 条</b><div th:replace=\"~{f :: x}\"><i>示例</i></div><br><em>强调</em>", found);
        assertThat(found).hasSize(5).anyMatch(f -> f.contains("说明")).anyMatch(f -> f.contains("条"))
                .anyMatch(f -> f.contains("placeholder")).anyMatch(f -> f.contains("' 条'")).anyMatch(f -> f.contains("强调"));
    }

    private static void check(String name, String html, List<String> found) {
        String text = html.replaceAll("(?s)<!--.*?-->", "");
        Deque<Open> open = new ArrayDeque<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            if (m.group(5) != null) {
                String run = m.group(5).strip();
                if (HAN.matcher(run).find() && open.stream().noneMatch(Open::replaced)) found.add(name + ": text “" + run + "”");
                continue;
            }
            if (m.group(2) == null) continue; // a lone '<'
            String tag = m.group(2).toLowerCase();
            if (!m.group(1).isEmpty()) { // an end tag closes up to its start tag
                while (!open.isEmpty() && !open.pop().tag().equals(tag)) {
                    // an element left open (a <p> before a <div>) ends here too
                }
                continue;
            }
            List<String[]> attributes = new ArrayList<>();
            Matcher a = ATTRIBUTE.matcher(m.group(3));
            while (a.find()) {
                String value = a.group(2) != null ? a.group(2) : a.group(3) != null ? a.group(3) : a.group(4);
                attributes.add(new String[] {a.group(1), value == null ? "" : value});
            }
            boolean replaced = attributes.stream().anyMatch(x -> REPLACING.contains(x[0]));
            boolean insideReplaced = open.stream().anyMatch(Open::replaced);
            for (String[] x : attributes) {
                if (!HAN.matcher(x[1]).find()) continue;
                if (x[0].startsWith("th:") || x[0].startsWith("data-th-")) {
                    found.add(name + ": <" + tag + " " + x[0] + "=\"" + x[1].strip() + "\">");
                } else if (!insideReplaced && !attributes.stream().anyMatch(y -> y[0].equals("th:replace"))
                        && (TWINNED.contains(x[0]) || x[0].startsWith("aria-"))
                        && attributes.stream().noneMatch(y -> y[0].equals("th:" + x[0]) || y[0].equals("th:attr") && y[1].contains(x[0] + "="))) {
                    found.add(name + ": <" + tag + " " + x[0] + "=\"" + x[1] + "\"> without th:" + x[0]);
                }
            }
            if (m.group(4).isEmpty() && !VOID.contains(tag)) open.push(new Open(tag, replaced));
        }
    }
}
