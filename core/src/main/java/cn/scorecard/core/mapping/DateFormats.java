package cn.scorecard.core.mapping;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Dates written in a foreign way (20240301, 2024.3.1 9:30) rewritten as the interchange format writes them. Parsing
 * is strict: 2023-02-30 is refused, not moved to the 28th. A cell already in our form (a workbook's date cell
 * arrives as 2024-03-01) is left for the reader to check.
 */
final class DateFormats {
    private static final Pattern OURS = Pattern.compile("\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2})?");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private DateFormats() {
    }

    static boolean isValid(String pattern) {
        try {
            formatter(pattern);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** yyyy is year-of-era, which a strict resolver refuses without an era: uuuu is the same year without one. */
    static DateTimeFormatter formatter(String pattern) {
        return DateTimeFormatter.ofPattern(pattern.replace('y', 'u')).withResolverStyle(ResolverStyle.STRICT);
    }

    /** The text in our form, or null when it fits none of the patterns. */
    static String rewrite(String text, List<DateTimeFormatter> formats) {
        if (OURS.matcher(text).matches()) return text;
        for (DateTimeFormatter f : formats) {
            try {
                TemporalAccessor t = f.parseBest(text, LocalDateTime::from, LocalDate::from);
                return t instanceof LocalDateTime dt ? dt.format(MINUTE) : t.toString();
            } catch (DateTimeParseException e) {
                // the next pattern may fit
            }
        }
        return null;
    }
}
