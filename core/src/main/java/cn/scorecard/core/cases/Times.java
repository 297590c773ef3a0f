package cn.scorecard.core.cases;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Dates are kept as epoch days and times as epoch minutes (China has no daylight saving, so local time
 * is stored as if UTC). {@link #NONE} marks "no such date".
 */
public final class Times {
    public static final int NONE = Integer.MIN_VALUE;
    public static final int MINUTES_PER_DAY = 24 * 60;

    private Times() {
    }

    public static int day(LocalDate date) {
        return (int) date.toEpochDay();
    }

    public static LocalDate date(int epochDay) {
        return LocalDate.ofEpochDay(epochDay);
    }

    public static int minute(LocalDateTime t) {
        return (int) (t.toEpochSecond(ZoneOffset.UTC) / 60);
    }

    public static int dayOfMinute(int minute) {
        return Math.floorDiv(minute, MINUTES_PER_DAY);
    }

    public static LocalDateTime dateTime(int minute) {
        return LocalDateTime.ofEpochSecond(minute * 60L, 0, ZoneOffset.UTC);
    }

    /** Accepts 2024-03-01, 2024/3/1, 2024-03-01 09:30, 2024-03-01T09:30:00 and 2024年3月1日. */
    public static LocalDateTime parseDateTime(String text) {
        String t = text.trim().replace('/', '-').replace('T', ' ');
        if (t.contains("年")) {
            t = t.replace("年", "-").replace("月", "-").replace("日", "");
        }
        String[] parts = t.split("\\s+");
        LocalDate d = parseDatePart(parts[0], text);
        if (parts.length == 1) return d.atStartOfDay();
        String[] hm = parts[1].split(":");
        try {
            int h = Integer.parseInt(hm[0]);
            int m = hm.length > 1 ? Integer.parseInt(hm[1]) : 0;
            int s = hm.length > 2 ? (int) Double.parseDouble(hm[2]) : 0;
            return d.atTime(h, m, s);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("无法识别的时间: " + text);
        }
    }

    public static LocalDate parseDate(String text) {
        return parseDateTime(text).toLocalDate();
    }

    private static LocalDate parseDatePart(String part, String original) {
        String[] ymd = part.split("-");
        if (ymd.length != 3) throw new IllegalArgumentException("无法识别的日期: " + original);
        try {
            return LocalDate.of(Integer.parseInt(ymd[0]), Integer.parseInt(ymd[1]), Integer.parseInt(ymd[2]));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw new IllegalArgumentException("日期不存在或格式不正确: " + original);
        }
    }

    public static String format(int epochDay) {
        return epochDay == NONE ? "" : date(epochDay).toString();
    }

    public static String formatMinute(int minute) {
        return minute == NONE ? "" : dateTime(minute).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }

}
