package cn.scorecard.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dates and numbers are written for people in one place (issue 13, point 19): messages.Formats, the templates' bean
 * {@code @fmt} (web.Formats). The outputs below are worked out by hand; no other class of the app formats a number
 * with {@code String.format} or a date with its own pattern, except the files of {@link #MACHINE}, whose output
 * is read by programs, not people.
 */
class FormatsTest {
    private static final Path SOURCES = Path.of("src/main/java/cn/scorecard/app");
    private static final Pattern NUMBER_FORMAT = Pattern.compile("String\\.format\\(\"[^\"]*%[-+ 0,#]*\\d*(\\.\\d+)?[dfe]");
    private static final Pattern DATE_PATTERN = Pattern.compile("DateTimeFormatter\\.ofPattern\\(");
    private static final Map<String, String> MACHINE = Map.of(
            "messages/Formats.java", "the one place",
            "audit/AuditHash.java", "the time as the hash chain writes it (changing it would break every stored hash)",
            "cli/EvaluationCsv.java", "numbers of a CSV file for other programs, at full precision",
            "upload/MappingScreen.java", "the date patterns a foreign file is tried with (reading, not writing)",
            "platform/importing/FolderSource.java", "the time stamp of a processed file's name, sortable",
            "web/ListExport.java", "the time stamp of a download's file name, sortable",
            "export/ExportNames.java", "the period of a download's file name (2025-01-06), sortable");

    @Test
    void numbersAndDatesAsWorkedOutByHand() {
        assertThat(Formats.score(88.456)).isEqualTo("88.46");
        assertThat(Formats.score(null)).isEqualTo("—");
        assertThat(Formats.signed(-0.354)).isEqualTo("-0.35");
        assertThat(Formats.signed(1.2)).isEqualTo("+1.20");
        assertThat(Formats.percent(0.92345)).isEqualTo("92.3%");
        assertThat(Formats.wholePercent(0.9)).isEqualTo("90%");
        assertThat(Formats.whole(90.0)).isEqualTo("90");
        assertThat(Formats.points(3.5)).isEqualTo("3.5");
        assertThat(Formats.tenths(88.46)).isEqualTo("88.5");
        assertThat(Formats.signedTenths(-1.25)).isEqualTo("-1.3");
        assertThat(Formats.gain(0.0125)).isEqualTo("+0.0125");
        assertThat(Formats.percentNumber(35)).isEqualTo("35.0%");
        assertThat(Formats.weight(35)).isEqualTo("35%");
        assertThat(Formats.weight(12.5)).isEqualTo("12.5%");
        assertThat(Formats.share(1.4321)).isEqualTo("1.43%");
        assertThat(Formats.decimal(12)).isEqualTo("12");
        assertThat(Formats.decimal(0.375)).isEqualTo("0.375");
        assertThat(Formats.count(1234.0)).isEqualTo("1,234");
        assertThat(Formats.count(1234.5)).isEqualTo("1,234.50");
        assertThat(Formats.yuan(123456)).isEqualTo("1234.56");
        assertThat(Formats.yuan(5)).isEqualTo("0.05");
        assertThat(Formats.duration(Duration.ofMillis(3240))).isEqualTo("3.2");
        assertThat(Formats.date(LocalDate.of(2025, 6, 30))).isEqualTo("2025-06-30");
        assertThat(Formats.dateTime(LocalDateTime.of(2025, 6, 30, 14, 5, 59))).isEqualTo("2025-06-30 14:05");
        assertThat(Formats.month(YearMonth.of(2025, 6))).isEqualTo("2025年6月");
        assertThat(Formats.longDate(LocalDate.of(2026, 1, 15))).isEqualTo("2026年1月15日");
    }

    @Test
    void noOtherClassFormatsForPeople() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> s = Files.walk(SOURCES)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String name = SOURCES.relativize(f).toString().replace('\\', '/');
                if (MACHINE.containsKey(name)) continue;
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    String l = lines.get(i).strip();
                    if (l.startsWith("*") || l.startsWith("//")) continue;
                    if (NUMBER_FORMAT.matcher(l).find() || DATE_PATTERN.matcher(l).find()) found.add(name + ":" + (i + 1) + ": " + l);
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
