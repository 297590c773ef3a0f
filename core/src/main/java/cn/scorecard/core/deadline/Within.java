package cn.scorecard.core.deadline;

import cn.scorecard.core.calendar.WorkCalendar;
import cn.scorecard.core.cases.StatutoryPeriod;
import cn.scorecard.core.cases.Times;
import java.time.LocalDate;

/**
 * A time limit: N calendar days (日), elapsed hours (小时), working days (工作日) or months (月). The limit
 * is returned as the first minute that is late, so "done before limit" means in time.
 */
public record Within(int amount, Unit unit) {
    public enum Unit { DAYS, HOURS, WORKDAYS, MONTHS }

    public static Within parse(String text) {
        String[] p = text.trim().split("\\s+");
        if (p.length != 2) throw new IllegalArgumentException("期限格式应如 “5 days”: " + text);
        int n = Integer.parseInt(p[0]);
        Unit u = switch (p[1]) {
            case "day", "days", "日", "天" -> Unit.DAYS;
            case "hour", "hours", "小时" -> Unit.HOURS;
            case "workday", "workdays", "工作日" -> Unit.WORKDAYS;
            case "month", "months", "月", "个月" -> Unit.MONTHS;
            default -> throw new IllegalArgumentException("未知的期限单位: " + p[1]);
        };
        if (n <= 0) throw new IllegalArgumentException("期限必须为正数: " + text);
        return new Within(n, u);
    }

    /** First late minute for a clock started at {@code startMinute}; the start day itself does not count. */
    public int limitMinute(int startMinute, WorkCalendar calendar) {
        int startDay = Times.dayOfMinute(startMinute);
        return switch (unit) {
            case HOURS -> startMinute + amount * 60 + 1;
            case DAYS -> (startDay + amount + 1) * Times.MINUTES_PER_DAY;
            case WORKDAYS -> (int) (calendar.addWorkDays(LocalDate.ofEpochDay(startDay), amount).toEpochDay() + 1)
                    * Times.MINUTES_PER_DAY;
            case MONTHS -> (StatutoryPeriod.plusMonths(startDay, amount) + 1) * Times.MINUTES_PER_DAY;
        };
    }

    public String label() {
        return amount + switch (unit) {
            case DAYS -> "日";
            case HOURS -> "小时";
            case WORKDAYS -> "个工作日";
            case MONTHS -> "个月";
        };
    }
}
