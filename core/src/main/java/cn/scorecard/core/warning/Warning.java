package cn.scorecard.core.warning;

import cn.scorecard.core.deadline.Horizon;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * One open clock of one case that is close to or past its deadline.
 *
 * @param row the case's row in the case table
 * @param court court index
 * @param ruleId the kind's id (a node rule id, {@code payment_release}, {@code statutory_period} or {@code long_pending})
 * @param start when the clock started (the step, the money's arrival or the filing day)
 * @param due the last minute still in time (23:59 of the last day for day-counted rules)
 * @param dueHasTime true for hour-counted rules, whose deadline is a time rather than a day
 * @param timeLeft while {@link WarningStatus#DUE_SOON}: what is left, in {@code unit} (0 = due today, or less
 *                 than an hour left); once {@link WarningStatus#OVERDUE}: minus how long it is overdue, in
 *                 calendar days (hours during the first day past an hour-counted deadline)
 * @param unit the unit of {@code timeLeft}: working days for a running 工作日 rule, hours for a 小时 rule (until a
 *             day past its deadline), calendar days otherwise
 * @param judge staff index of the 承办法官, or -1; likewise {@code assistant} (法官助理) and {@code clerk} (书记员)
 * @param detail what started the clock, in Chinese (e.g. 评估报告收到 2024-09-27 10:00)
 */
public record Warning(int row, String caseNumber, int court, String ruleId, String ruleName, LocalDateTime start,
                      LocalDateTime due, boolean dueHasTime, WarningStatus status, int timeLeft, Horizon.Unit unit,
                      int judge, int assistant, int clerk, String detail) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public boolean overdue() {
        return status == WarningStatus.OVERDUE;
    }

    /** The deadline as shown: a day, or a time for hour-counted rules. */
    public String dueLabel() {
        return due.format(dueHasTime ? MINUTE : DAY);
    }

    /** 剩余 2 个工作日, 今日到期, 剩余不足1小时, 已超期 3 日 … */
    public String timeLeftLabel() {
        if (overdue()) return "已超期 " + -timeLeft + " " + unit.label();
        if (timeLeft == 0) return unit == Horizon.Unit.HOURS ? "剩余不足1小时" : "今日到期";
        return "剩余 " + timeLeft + " " + unit.label();
    }
}
