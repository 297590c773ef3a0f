package cn.scorecard.app.platform.importing;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Values in PostgreSQL's COPY text format: \N for null, backslash escapes for tab, newline and backslash. */
final class CopyText {
    private CopyText() {
    }

    /** A row: values separated by tabs, ended by a newline. */
    static void line(StringBuilder sb, Object[] values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) sb.append('\t');
            append(sb, values[i]);
        }
        sb.append('\n');
    }

    static void append(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append("\\N");
        } else if (v instanceof String s) {
            escape(sb, s);
        } else if (v instanceof Boolean b) {
            sb.append(b ? 't' : 'f');
        } else if (v instanceof LocalDateTime t) {
            sb.append(t.toLocalDate()).append(' ');
            int h = t.getHour();
            int m = t.getMinute();
            if (h < 10) sb.append('0');
            sb.append(h).append(':');
            if (m < 10) sb.append('0');
            sb.append(m);
        } else if (v instanceof LocalDate d) {
            sb.append(d);
        } else {
            sb.append(v); // numbers: Long, Integer, Double print as PostgreSQL reads them
        }
    }

    private static void escape(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
    }
}
