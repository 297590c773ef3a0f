package cn.scorecard.app.web;

import java.text.Collator;
import java.time.temporal.TemporalAccessor;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * One column of a list: the key the {@code sort} parameter names, the header, and the value of a row (what the
 * export writes and the sort compares: numbers as numbers, dates in order, text in Chinese collation, empty last).
 */
public record ListColumn<T>(String key, String label, Function<T, ?> value, boolean sortable) {
    private static final Collator CHINESE = Collator.getInstance(Locale.CHINA);

    public static <T> ListColumn<T> of(String key, String label, Function<T, ?> value) {
        return new ListColumn<>(key, label, value, true);
    }

    /** A column the export writes but the list does not sort by. */
    public static <T> ListColumn<T> unsorted(String key, String label, Function<T, ?> value) {
        return new ListColumn<>(key, label, value, false);
    }

    /** The row's value as the export and the page write it. */
    public String text(T row) {
        return Formats.text(value.apply(row));
    }

    /** The column's order; empty values stay last in both directions. */
    Comparator<T> order(boolean descending) {
        return (a, b) -> {
            Object x = value.apply(a);
            Object y = value.apply(b);
            boolean emptyX = x == null || x.toString().isEmpty();
            boolean emptyY = y == null || y.toString().isEmpty();
            if (emptyX || emptyY) return emptyX == emptyY ? 0 : emptyX ? 1 : -1;
            int c = compare(x, y);
            return descending ? -c : c;
        };
    }

    /** Empty values last; numbers (and numeric text) by value; everything else by its text, in Chinese order. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static int compare(Object a, Object b) {
        boolean emptyA = a == null || a.toString().isEmpty();
        boolean emptyB = b == null || b.toString().isEmpty();
        if (emptyA || emptyB) return emptyA == emptyB ? 0 : emptyA ? 1 : -1;
        Double x = number(a);
        Double y = number(b);
        if (x != null && y != null) return Double.compare(x, y);
        if (a instanceof Comparable && a.getClass() == b.getClass() && (a instanceof TemporalAccessor || a instanceof Enum)) {
            return ((Comparable) a).compareTo(b);
        }
        return CHINESE.compare(Formats.text(a), Formats.text(b));
    }

    private static Double number(Object v) {
        if (v instanceof Number n) return n.doubleValue();
        if (v instanceof String s && s.matches("[-+]?\\d+(\\.\\d+)?")) return Double.valueOf(s);
        return null;
    }
}
