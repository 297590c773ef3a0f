package cn.scorecard.core.io;

import cn.scorecard.core.cases.Times;
import java.time.LocalDate;

/**
 * Dates and times of the interchange format, parsed by hand: {@link Times#parseDateTime} splits with a
 * regular expression and throws on bad input, which a million-row import cannot afford per cell.
 * Accepted: {@code 2024-03-01}, {@code 2024/3/1}, {@code 2024年3月1日}, each optionally followed by a time
 * {@code 9:30} or {@code 09:30:15} (after a space or {@code T}); seconds are dropped.
 */
final class DateTexts {
    /** Not a date at all (a typo, another format). */
    static final int MALFORMED = Integer.MIN_VALUE + 1;
    /** Looks like a date but the day does not exist (2023-02-30) or the year is implausible. */
    static final int NO_SUCH_DAY = Integer.MIN_VALUE + 2;

    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;

    private DateTexts() {
    }

    /** Epoch day, {@link Times#NONE} for an empty cell, or {@link #MALFORMED} / {@link #NO_SUCH_DAY}. */
    static int day(String t) {
        long packed = parse(t);
        if (packed == Times.NONE || packed == MALFORMED || packed == NO_SUCH_DAY) return (int) packed;
        return (int) Math.floorDiv(packed, Times.MINUTES_PER_DAY);
    }

    /** Epoch minute (a bare date is 00:00), {@link Times#NONE}, or {@link #MALFORMED} / {@link #NO_SUCH_DAY}. */
    static int minute(String t) {
        return (int) parse(t);
    }

    static boolean isError(int value) {
        return value == MALFORMED || value == NO_SUCH_DAY;
    }

    /** Epoch minute, or one of the codes (years 1900–2100 keep minutes well inside an int). */
    private static long parse(String t) {
        int n = t.length();
        if (n == 0) return Times.NONE;
        int[] pos = {0};
        int y = number(t, pos, 4);
        if (y < 0 || pos[0] != 4 || !dateSeparator(t, pos, '年')) return MALFORMED;
        int m = number(t, pos, 2);
        if (m < 0 || !dateSeparator(t, pos, '月')) return MALFORMED;
        int d = number(t, pos, 2);
        if (d < 0) return MALFORMED;
        if (pos[0] < n && t.charAt(pos[0]) == '日') pos[0]++;
        int hour = 0;
        int min = 0;
        if (pos[0] < n) {
            char sep = t.charAt(pos[0]);
            if (sep != ' ' && sep != 'T') return MALFORMED;
            while (pos[0] < n && (t.charAt(pos[0]) == ' ' || t.charAt(pos[0]) == 'T')) pos[0]++;
            hour = number(t, pos, 2);
            if (hour < 0 || hour > 23 || pos[0] >= n || t.charAt(pos[0]++) != ':') return MALFORMED;
            int start = pos[0];
            min = number(t, pos, 2);
            if (min < 0 || min > 59 || pos[0] - start != 2) return MALFORMED;
            if (pos[0] < n && !seconds(t, pos[0])) return MALFORMED;
        }
        if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1 || d > lengthOfMonth(y, m)) return NO_SUCH_DAY;
        long epochDay = LocalDate.of(y, m, d).toEpochDay();
        return epochDay * Times.MINUTES_PER_DAY + hour * 60L + min;
    }

    /** Up to maxDigits digits at pos (advancing it), or -1 when there is none. */
    private static int number(String t, int[] pos, int maxDigits) {
        int v = 0;
        int i = pos[0];
        int end = Math.min(t.length(), i + maxDigits);
        for (; i < end && CsvFiles.isDigit(t.charAt(i)); i++) v = v * 10 + (t.charAt(i) - '0');
        if (i == pos[0]) return -1;
        pos[0] = i;
        return v;
    }

    private static boolean dateSeparator(String t, int[] pos, char chinese) {
        if (pos[0] >= t.length()) return false;
        char c = t.charAt(pos[0]);
        if (c != '-' && c != '/' && c != chinese) return false;
        pos[0]++;
        return true;
    }

    /** ":ss" or ":ss.fff" at the end of the text. */
    private static boolean seconds(String t, int i) {
        int n = t.length();
        if (t.charAt(i) != ':' || n < i + 3 || !CsvFiles.isDigit(t.charAt(i + 1)) || !CsvFiles.isDigit(t.charAt(i + 2))) {
            return false;
        }
        i += 3;
        if (i == n) return true;
        if (t.charAt(i) != '.') return false;
        for (i++; i < n; i++) {
            if (!CsvFiles.isDigit(t.charAt(i))) return false;
        }
        return true;
    }

    private static int lengthOfMonth(int y, int m) {
        if (m == 2) return (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
        return m == 4 || m == 6 || m == 9 || m == 11 ? 30 : 31;
    }

    /** yyyy-MM-dd, or empty for {@link Times#NONE}. */
    static String formatDay(int epochDay) {
        return epochDay == Times.NONE ? "" : LocalDate.ofEpochDay(epochDay).toString();
    }

    /** yyyy-MM-dd HH:mm, or empty for {@link Times#NONE}; built by hand to stay cheap per row. */
    static String formatMinute(int minute) {
        if (minute == Times.NONE) return "";
        int day = Math.floorDiv(minute, Times.MINUTES_PER_DAY);
        int rest = minute - day * Times.MINUTES_PER_DAY;
        StringBuilder sb = new StringBuilder(16).append(LocalDate.ofEpochDay(day)).append(' ');
        int h = rest / 60;
        int m = rest % 60;
        if (h < 10) sb.append('0');
        sb.append(h).append(':');
        if (m < 10) sb.append('0');
        return sb.append(m).toString();
    }
}
