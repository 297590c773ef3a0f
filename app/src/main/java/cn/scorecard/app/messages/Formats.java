package cn.scorecard.app.messages;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

/**
 * The one place where the application writes dates and numbers for people: scores with two decimals, percentages
 * with one, dates as 2025-06-30, times to the minute, months as 2025年6月, amounts in yuan with two decimals. Here,
 * below every other module, so that the modules web uses (platform, documents …) format as the pages do; templates
 * call it as the bean {@code @fmt} ({@link cn.scorecard.app.web.Formats}), Java code through the static methods.
 */
public class Formats {
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    public static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    public static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    /** A score: 88.46, or — when there is none. */
    public static String score(Double v) {
        return v == null || v.isNaN() ? "—" : String.format("%.2f", v);
    }

    /** A change or a gap, with its sign: +1.20, −0.35 as -0.35. */
    public static String signed(Double v) {
        return v == null || v.isNaN() ? "—" : String.format("%+.2f", v);
    }

    /** A fraction as a percentage with one decimal: 0.9234 → 92.3%. */
    public static String percent(Double fraction) {
        return fraction == null || fraction.isNaN() ? "—" : String.format("%.1f%%", fraction * 100);
    }

    /** A whole number of points or percent: 90. */
    public static String whole(Double v) {
        return v == null ? "—" : String.format("%.0f", v);
    }

    /** A fraction as a whole percentage: 0.9 → 90%. */
    public static String wholePercent(Double fraction) {
        return fraction == null || fraction.isNaN() ? "—" : String.format("%.0f%%", fraction * 100);
    }

    /** A points value as in the staff assessment (one decimal): 3.5. */
    public static String points(Double v) {
        return tenths(v);
    }

    /** A number to tenths, as chart labels and staff totals show it: 88.5. */
    public static String tenths(Double v) {
        return v == null ? "—" : String.format("%.1f", v);
    }

    /** A change to tenths, with its sign: +1.5. */
    public static String signedTenths(Double v) {
        return v == null ? "—" : String.format("%+.1f", v);
    }

    /** A gain in total points, small and signed, as the planner ranks actions: +0.0125. */
    public static String gain(double v) {
        return String.format("%+.4f", v);
    }

    /** A number that is a percentage already, with one decimal: 35 → 35.0%. */
    public static String percentNumber(double percent) {
        return String.format("%.1f%%", percent);
    }

    /** A weight in percent: whole when it is (35%), else one decimal (12.5%). */
    public static String weight(double percent) {
        return percent == Math.rint(percent) ? String.format("%.0f%%", percent) : String.format("%.1f%%", percent);
    }

    /** A share of the total in percent, with two decimals: 1.43%. */
    public static String share(double percent) {
        return String.format("%.2f%%", percent);
    }

    /** An indicator's value that is no rate: whole when it is (12), else three decimals (0.375). */
    public static String decimal(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.format("%.3f", v);
    }

    /** A count or a sum in a report, with digit grouping: 1,234 (or 1,234.56 when not whole); empty for none. */
    public static String count(Double v) {
        return v == null ? "" : v == Math.rint(v) ? String.format("%,.0f", v) : String.format("%,.2f", v);
    }

    /** An amount in fen as yuan: 123456 → 1234.56. */
    public static String yuan(long fen) {
        return String.format("%d.%02d", fen / 100, fen % 100);
    }

    /** How long something took, in seconds to tenths: 3.2. */
    public static String duration(Duration d) {
        return String.format("%.1f", d.toMillis() / 1000.0);
    }

    public static String date(LocalDate d) {
        return d == null ? "" : d.format(DATE);
    }

    public static String dateTime(LocalDateTime t) {
        return t == null ? "" : t.format(DATE_TIME);
    }

    /** 2025年6月. */
    public static String month(YearMonth m) {
        return m == null ? "" : Bundle.text("format.month", String.valueOf(m.getYear()), String.valueOf(m.getMonthValue()));
    }

    /** The month of a day: 2025年6月. */
    public static String month(LocalDate d) {
        return d == null ? "" : month(YearMonth.from(d));
    }

    /** 2026年1月15日 (the cover of a report). */
    public static String longDate(LocalDate d) {
        return d == null ? "" : Bundle.text("format.longDate", String.valueOf(d.getYear()), String.valueOf(d.getMonthValue()),
                String.valueOf(d.getDayOfMonth()));
    }

    /** To the second (the audit log). */
    public static String seconds(LocalDateTime t) {
        return t == null ? "" : t.format(SECONDS);
    }

    /** Month, day and time within the year (the lists of versions): 06-30 14:05. */
    public static String shortTime(LocalDateTime t) {
        return t == null ? "" : t.format(SHORT);
    }

    /** Any value as a list cell or export writes it. */
    public static String text(Object v) {
        if (v == null) return "";
        if (v instanceof LocalDateTime t) return dateTime(t);
        if (v instanceof LocalDate d) return date(d);
        if (v instanceof YearMonth m) return m.toString();
        if (v instanceof Boolean b) return Bundle.text(b ? "common.yes" : "common.no");
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.format("%.2f", d);
        }
        return v.toString();
    }
}
