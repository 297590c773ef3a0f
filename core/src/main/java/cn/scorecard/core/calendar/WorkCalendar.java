package cn.scorecard.core.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * PRC working days (工作日): Monday to Friday, minus statutory holidays, plus make-up working days (调休).
 * The exceptions are data (a TSV: date, 1 = day off / 0 = make-up working day, holiday name), so an
 * administrator adds next year's State Council notice without a code change.
 */
public final class WorkCalendar {
    private final Map<LocalDate, Boolean> exceptions; // true = day off, false = make-up working day

    private WorkCalendar(Map<LocalDate, Boolean> exceptions) {
        this.exceptions = Map.copyOf(exceptions);
    }

    /** The calendar shipped with the product (2016 onward). */
    public static WorkCalendar bundled() {
        InputStream in = WorkCalendar.class.getResourceAsStream("/calendar/prc-holidays.tsv");
        if (in == null) throw new IllegalStateException("缺少内置节假日表 /calendar/prc-holidays.tsv");
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return new WorkCalendar(parse(r, "prc-holidays.tsv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This calendar with more exceptions laid over it (later entries win). */
    public WorkCalendar with(Map<LocalDate, Boolean> more) {
        Map<LocalDate, Boolean> merged = new HashMap<>(exceptions);
        merged.putAll(more);
        return new WorkCalendar(merged);
    }

    public static Map<LocalDate, Boolean> parse(Reader reader, String source) throws IOException {
        Map<LocalDate, Boolean> map = new HashMap<>();
        BufferedReader br = new BufferedReader(reader);
        String line;
        int row = 0;
        while ((line = br.readLine()) != null) {
            row++;
            String[] f = line.split("[\t,]");
            if (f.length < 2 || f[0].isBlank() || !Character.isDigit(f[0].trim().charAt(0))) continue;
            try {
                map.put(LocalDate.parse(f[0].trim()), isOff(f[1].trim()));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(source + " 第" + row + "行: 无法识别的日期 " + f[0], e);
            }
        }
        return map;
    }

    private static boolean isOff(String flag) {
        return switch (flag) {
            case "1", "是", "休息", "true", "Y" -> true;
            case "0", "否", "上班", "false", "N" -> false;
            default -> throw new IllegalArgumentException("休息标志应为 1/0 或 是/否: " + flag);
        };
    }

    public boolean isWorkDay(LocalDate day) {
        Boolean off = exceptions.get(day);
        if (off != null) return !off;
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    /**
     * The last day that is still "within N working days" of {@code start}: the start day itself does
     * not count (期间开始的日不计算在期间内), so this is the N-th working day after it.
     */
    public LocalDate addWorkDays(LocalDate start, int n) {
        LocalDate d = start;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkDay(d)) left--;
        }
        return d;
    }

    /** Working days after {@code from} up to and including {@code to} (0 when to ≤ from). */
    public int workDaysBetween(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkDay(d)) n++;
        }
        return n;
    }
}
