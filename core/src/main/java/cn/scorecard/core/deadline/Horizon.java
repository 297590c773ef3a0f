package cn.scorecard.core.deadline;

import cn.scorecard.core.calendar.WorkCalendar;
import cn.scorecard.core.cases.Times;
import java.time.LocalDate;

/**
 * How long before its deadline a running clock becomes an early warning (预警提前量): N calendar days, N working
 * days or N hours left. 0 lists a clock only once it is due today (days) or overdue (hours).
 */
public record Horizon(int amount, Unit unit) {
    public enum Unit {
        DAYS("日"), WORKDAYS("个工作日"), HOURS("小时");

        private final String label;

        Unit(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Horizon {
        if (amount < 0) throw new IllegalArgumentException("预警提前量不能为负数: " + amount);
        if (unit == null) throw new IllegalArgumentException("预警提前量缺少单位");
    }

    /** Accepts "3 days", "2 workdays", "12 hours" and the Chinese units (日/天, 工作日, 小时). */
    public static Horizon parse(String text) {
        String[] p = text.trim().split("\\s+");
        if (p.length != 2) throw new IllegalArgumentException("预警提前量格式应如 “3 days”: " + text);
        Unit u = switch (p[1]) {
            case "day", "days", "日", "天" -> Unit.DAYS;
            case "workday", "workdays", "工作日" -> Unit.WORKDAYS;
            case "hour", "hours", "小时" -> Unit.HOURS;
            default -> throw new IllegalArgumentException("预警提前量的单位应为 days、workdays 或 hours: " + text);
        };
        try {
            return new Horizon(Integer.parseInt(p[0]), u);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("预警提前量应为整数: " + text);
        }
    }

    /**
     * Whether a clock whose last in-time minute is {@code dueMinute} is close enough at {@code nowMinute} (not
     * after it) to be listed. Days count from today to the due day; working days are those after today up to
     * and including the due day, as {@link WorkCalendar#workDaysBetween} counts them.
     */
    public boolean reached(int dueMinute, int nowMinute, WorkCalendar calendar) {
        int today = Times.dayOfMinute(nowMinute);
        int dueDay = Times.dayOfMinute(dueMinute);
        return switch (unit) {
            case HOURS -> (long) dueMinute - nowMinute <= amount * 60L;
            case DAYS -> dueDay - today <= amount;
            case WORKDAYS -> workDaysAtMost(today, dueDay, calendar);
        };
    }

    // Stops counting past the horizon: a 12-month clock must not walk a year of days for every case.
    private boolean workDaysAtMost(int today, int dueDay, WorkCalendar calendar) {
        int n = 0;
        for (int d = today + 1; d <= dueDay; d++) {
            if (calendar.isWorkDay(LocalDate.ofEpochDay(d)) && ++n > amount) return false;
        }
        return true;
    }

    public String label() {
        return amount + unit.label();
    }
}
