package cn.scorecard.core.plan;

import cn.scorecard.core.cases.ClosingMethod;
import cn.scorecard.core.cases.StepType;
import cn.scorecard.core.cases.Times;

/**
 * One thing a court can still do, as a change of the data: close case {@code record} on {@code day} by
 * {@code method}, record {@code step} at {@code minute}, conclude petition / matter {@code record} on {@code day}, or
 * release payment {@code record} (执行款) at {@code minute}.
 *
 * @param record      the case row, or the index of the petition, matter or payment in the province's list
 * @param reference   what the user knows it by: the case number (of the payment's case too), or the petition's or
 *                    matter's id
 * @param deadlineDay the last day it still counts (the earlier of its own deadline and the target date)
 * @param staff       the responsible officer's index in the staff roster, -1 when none is recorded
 * @param rule        the deadline rule a step answers (its id), null for other actions
 * @param arrived     for a payment release, the payment's arrival minute (it names the payment); otherwise NONE
 */
public record Action(ActionKind kind, int record, String reference, StepType step, ClosingMethod method, int day,
                     int minute, int deadlineDay, int staff, String rule, int arrived) {

    public Action(ActionKind kind, int record, String reference, StepType step, ClosingMethod method, int day,
                  int minute, int deadlineDay, int staff, String rule) {
        this(kind, record, reference, step, method, day, minute, deadlineDay, staff, rule, Times.NONE);
    }

    /**
     * A stable id that names the action by what the user sees (case number, petition id), so a saved scenario can be
     * read again after the data changes: {@code close|案号|2025-12-31|FULFILLED}, {@code step|案号|ONLINE_CONTROL|
     * 2025-12-31T09:00}, {@code petition|id|2025-12-31}, {@code matter|id|2025-12-31}, {@code payment|案号|到账时间|
     * 2025-12-31T09:00} (the payment named by its case and its arrival).
     */
    public String id() {
        return switch (kind) {
            case CLOSE_CASE -> "close|" + reference + "|" + Times.date(day) + "|" + (method == null ? "" : method.name());
            case DO_STEP -> "step|" + reference + "|" + step.name() + "|" + Times.dateTime(minute);
            case CONCLUDE_PETITION -> "petition|" + reference + "|" + Times.date(day);
            case CONCLUDE_MATTER -> "matter|" + reference + "|" + Times.date(day);
            case RELEASE_PAYMENT -> "payment|" + reference + "|" + Times.dateTime(arrivedMinute()) + "|" + Times.dateTime(minute);
        };
    }

    /** What to do in words: 结案（执行完毕）, 完成节点：线上控制, 信访办结, 事项办结, 发放执行款（2025-11-20 到账）. */
    public String description() {
        return switch (kind) {
            case CLOSE_CASE -> method == null ? "结案" : "结案（" + method.label() + "）";
            case DO_STEP -> "完成节点：" + step.label();
            case CONCLUDE_PETITION -> "信访办结";
            case CONCLUDE_MATTER -> "事项办结";
            case RELEASE_PAYMENT -> "发放执行款（" + Times.date(Times.dayOfMinute(arrivedMinute())) + " 到账）";
        };
    }

    /** For a payment release, the payment's arrival (到账) minute, which the id names; {@link Times#NONE} otherwise. */
    public int arrivedMinute() {
        return kind == ActionKind.RELEASE_PAYMENT ? arrived : Times.NONE;
    }
}
