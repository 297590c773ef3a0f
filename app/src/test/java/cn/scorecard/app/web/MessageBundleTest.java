package cn.scorecard.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * User-facing text of Java code comes from messages_zh_CN.properties (issue 13, point 19): every key Java code names
 * exists, no key is defined twice, and no Java file of the application keeps a Chinese string literal (log lines,
 * which users do not see, the files of {@link #EXEMPT} and lines marked {@code // data: why} excepted).
 */
class MessageBundleTest {
    private static final Path SOURCES = Path.of("src/main/java/cn/scorecard/app");
    private static final Path BUNDLE = Path.of("src/main/resources/messages_zh_CN.properties");
    /** Files whose Chinese literals are not text of the user interface, and why. */
    private static final Map<String, String> EXEMPT = Map.of(
            "security/DemoUsers.java", "the demo accounts' display names are demo data, like the demo province's",
            "audit/AuditCategory.java", "SQL that matches a word of the recorded action names (data in the database)",
            "staff/records/StaffRecordRepository.java", "the stored audit JSON's field names and the ids of records entered on the web (data)",
            "platform/templates/TemplateExamples.java", "the data templates' example rows: column names and values of the import format (data)",
            "upload/Suggestions.java", "the import format's column names and the spellings other systems use for them (data the headers are matched with)",
            "upload/Vocabularies.java", "the import format's column names and the values its vocabularies accept (data)");
    /** A key written out (not a prefix completed at run time, as "error.title." + status). */
    private static final Pattern KEY = Pattern.compile("(?:Messages|Bundle)\\.text\\(\"([A-Za-z0-9_.-]+)\"\\s*[,)]");
    private static final Pattern HAN_LITERAL = Pattern.compile("\"[^\"]*\\p{IsHan}");
    /** A line that says why its Chinese is data, not text for people: {@code … // data: the interchange format's yes}. */
    private static final Pattern DATA_LINE = Pattern.compile("\\s// data: \\S");
    private static final Pattern LOG_LINE = Pattern.compile("\\bLOG\\.(trace|debug|info|warn|error)\\(");
    /**
     * Lines that may keep Chinese: the OpenAPI documentation and picocli's help texts (annotations take constants
     * only; picocli could read a bundle, not done yet) and a font's family name.
     */
    private static final Pattern EXEMPT_LINE = Pattern.compile(
            "@(Tag|Operation|ApiResponse|Schema|Parameter|Option|Command|Parameters)\\(|^description = |\"等线\"|header\\.get\\(c\\)\\.|report\\.written\\(\\)\\.get\\(");

    private static List<Path> javaFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    @Test
    void everyKeyNamedInJavaExists() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = Files.newInputStream(BUNDLE)) {
            bundle.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> missing = new ArrayList<>();
        for (Path f : javaFiles(SOURCES)) {
            Matcher m = KEY.matcher(Files.readString(f));
            while (m.find()) {
                if (!bundle.containsKey(m.group(1))) missing.add(f.getFileName() + ": " + m.group(1));
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        Set<String> seen = new HashSet<>();
        List<String> twice = new ArrayList<>();
        for (String line : Files.readAllLines(BUNDLE)) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#") || !l.contains("=")) continue;
            String key = l.substring(0, l.indexOf('=')).strip();
            if (!seen.add(key)) twice.add(key);
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void javaCodeHasNoChineseLiterals() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path f : javaFiles(SOURCES)) {
            if (EXEMPT.containsKey(SOURCES.relativize(f).toString().replace('\\', '/'))) continue;
            List<String> lines = Files.readAllLines(f);
            boolean inAnnotation = false; // an OpenAPI description continued on the next line (+ "…")
            for (int i = 0; i < lines.size(); i++) {
                if (DATA_LINE.matcher(lines.get(i)).find()) continue;
                String l = lines.get(i).strip().replaceAll("\\s//\\s.*$", ""); // a trailing comment is no text
                if (l.startsWith("//") || l.startsWith("*") || l.startsWith("/*")) continue;
                boolean exempt = EXEMPT_LINE.matcher(l).find() || inAnnotation && l.startsWith("+ \"");
                inAnnotation = exempt && !l.endsWith(")") && !l.endsWith(",");
                if (HAN_LITERAL.matcher(l).find() && !LOG_LINE.matcher(l).find() && !exempt) {
                    found.add(SOURCES.relativize(f) + ":" + (i + 1) + ": " + l);
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
