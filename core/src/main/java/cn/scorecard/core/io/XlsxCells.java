package cn.scorecard.core.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.dhatim.fastexcel.reader.Cell;

/** The text of an .xlsx cell as the interchange format expects it. */
final class XlsxCells {
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);

    private XlsxCells() {
    }

    static String text(Cell cell, boolean date1904) {
        if (cell == null) return "";
        String raw = cell.getRawValue();
        if (raw == null) return "";
        switch (cell.getType()) {
            case NUMBER:
                return isDateFormat(cell) ? dateText(raw, date1904) : numberText(raw);
            case BOOLEAN:
                return "1".equals(raw) || "true".equalsIgnoreCase(raw) ? "是" : "否";
            default:
                return raw;
        }
    }

    /** Excel stores 12345.5 as is, but sums may show binary noise (0.30000000000000004): keep what Excel shows. */
    private static String numberText(String raw) {
        if (isPlain(raw)) return raw; // the usual case: digits with at most a few decimals
        try {
            BigDecimal d = new BigDecimal(raw);
            if (d.scale() > 10) d = d.setScale(10, java.math.RoundingMode.HALF_UP);
            return d.stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    /** Digits, optionally one point followed by 1–10 digits not ending in 0: already what Excel shows. */
    private static boolean isPlain(String raw) {
        int n = raw.length();
        int point = -1;
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (c == '.' && point < 0 && i > 0) point = i;
            else if (c < '0' || c > '9') return false;
        }
        return point < 0 || (point < n - 1 && n - 1 - point <= 10 && raw.charAt(n - 1) != '0');
    }

    /** A date serial (days since 1899-12-30, fraction = time of day) as 2024-03-01 or 2024-03-01 09:30. */
    private static String dateText(String raw, boolean date1904) {
        double serial;
        try {
            serial = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            return raw;
        }
        long days = (long) Math.floor(serial);
        long minutes = Math.round((serial - days) * 24 * 60);
        if (minutes == 24 * 60) {
            days++;
            minutes = 0;
        }
        LocalDateTime t = (date1904 ? EPOCH_1904 : EPOCH_1900).plusDays(days).atStartOfDay().plusMinutes(minutes);
        String day = t.toLocalDate().toString();
        return minutes == 0 ? day : day + String.format(" %02d:%02d", t.getHour(), t.getMinute());
    }

    /** Built-in date formats (14–22, 45–47) and custom ones with y, d or h outside quotes and brackets. */
    static boolean isDateFormat(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && (id >= 14 && id <= 22 || id >= 45 && id <= 47)) return true;
        String f = cell.getDataFormatString();
        if (f == null) return false;
        boolean quoted = false;
        int bracket = 0;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (quoted) continue;
            else if (c == '[') bracket++;
            else if (c == ']') bracket--;
            else if (bracket == 0 && "yYdDhH年月日".indexOf(c) >= 0) return true;
        }
        return false;
    }
}
