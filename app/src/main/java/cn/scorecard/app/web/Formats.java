package cn.scorecard.app.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * The one place where the application writes dates and numbers for people: scores with two decimals, percentages
 * with one, dates as 2025-06-30, times to the minute, months as 2025年6月. Templates call it as {@code @fmt}; Java
 * code (lists, exports, notices) through the static methods.
 */
@Component("fmt")
public class Formats {
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    public static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

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

    /** A points value as in the staff assessment (one decimal): 3.5. */
    public static String points(Double v) {
        return v == null ? "—" : String.format("%.1f", v);
    }

    public static String date(LocalDate d) {
        return d == null ? "" : d.format(DATE);
    }

    public static String dateTime(LocalDateTime t) {
        return t == null ? "" : t.format(DATE_TIME);
    }

    /** 2025年6月. */
    public static String month(YearMonth m) {
        return m == null ? "" : m.getYear() + "年" + m.getMonthValue() + "月";
    }

    /** Any value as a list cell or export writes it. */
    public static String text(Object v) {
        if (v == null) return "";
        if (v instanceof LocalDateTime t) return dateTime(t);
        if (v instanceof LocalDate d) return date(d);
        if (v instanceof YearMonth m) return m.toString();
        if (v instanceof Boolean b) return b ? "是" : "否";
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.format("%.2f", d);
        }
        return v.toString();
    }
}
