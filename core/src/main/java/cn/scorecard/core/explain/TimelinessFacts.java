package cn.scorecard.core.explain;

import cn.scorecard.core.calendar.WorkCalendar;
import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.Times;
import cn.scorecard.core.deadline.DeadlineCheck;
import cn.scorecard.core.deadline.DeadlineRule;
import cn.scorecard.core.deadline.DeadlineStatus;
import cn.scorecard.core.deadline.Within;
import java.util.ArrayList;
import java.util.List;

/**
 * A case against one node deadline (5日, 48小时, 10个工作日 …), read as the metric reads it at the period's end: the
 * start event and its time, the deadline with its rule and calendar, the completion or 未完成, the lateness.
 */
final class TimelinessFacts implements Facts {
    private final CaseTable cases;
    private final WorkCalendar calendar;
    private final DeadlineRule rule;
    private final DeadlineCheck check;
    private final int asOf;
    private final String verb;

    TimelinessFacts(CaseTable cases, WorkCalendar calendar, DeadlineRule rule, int periodEndDay) {
        this.cases = cases;
        this.calendar = calendar;
        this.rule = rule;
        this.check = new DeadlineCheck(cases, calendar);
        this.asOf = (periodEndDay + 1) * Times.MINUTES_PER_DAY - 1;
        this.verb = verb(rule);
    }

    // The rule's own verb, so that a column reads 应启动 · 实际启动 rather than a generic 完成.
    private static String verb(DeadlineRule rule) {
        String n = rule.name();
        int colon = n.indexOf('：');
        String wording = colon < 0 ? n : n.substring(colon + 1);
        for (String v : List.of("启动", "发起", "发送", "送达", "发出", "控制", "责令")) {
            if (wording.contains(v)) return v.equals("责令") ? "发出" : v;
        }
        return "完成";
    }

    @Override
    public List<String> header() {
        return List.of("起算事件", "起算时间", "期限", "应" + verb + "（届满）", "实际" + verb, "超期");
    }

    @Override
    public Reason explain(int row, boolean inNumerator) {
        int start = check.startMinute(rule, row);
        String event = rule.startsAtFiling() ? "立案" : rule.start().label();
        String period = rule.within().label();
        if (start == Times.NONE) {
            return Reason.of(inNumerator, List.of(event, Texts.NONE, period, Texts.NONE, Texts.NONE, "不适用"),
                    "本规则不适用于该案", List.of(rule.name()));
        }
        int limit = check.limitMinute(rule, start);
        int done = check.doneMinute(rule, row, start);
        DeadlineStatus status = check.status(rule, row, asOf);
        boolean doneByEnd = done != Times.NONE && done <= asOf;
        String startText = rule.startsAtFiling() ? Texts.day(Times.dayOfMinute(start)) : Texts.minute(start);
        String due = Texts.due(rule.within(), limit);
        String doneText = doneByEnd ? Texts.minute(done) : Texts.NOT_DONE;
        String late = switch (status) {
            case ON_TIME -> "期限内";
            case LATE -> Texts.lateness(rule.within(), limit, done, calendar);
            case OVERDUE -> "未" + verb + "，截至 " + Texts.day(Times.dayOfMinute(asOf)) + " "
                    + Texts.lateness(rule.within(), limit, asOf, calendar);
            case RUNNING -> "未届期";
            case NOT_APPLICABLE -> start > asOf ? "期末后起算" : "届期前已结案，不计";
        };
        List<String> details = new ArrayList<>();
        details.add(rule.name());
        details.add(event + " " + startText + "，" + period + "，应于 " + due + " 前" + verb
                + (rule.within().unit() == Within.Unit.HOURS ? "" : "（起算当日不计）"));
        if (rule.within().unit() == Within.Unit.WORKDAYS) {
            details.addAll(Texts.calendarNotes(Times.dayOfMinute(start), Times.dayOfMinute(limit - 1), calendar));
        }
        if (rule.exemptFlag() == cn.scorecard.core.cases.CaseFlag.REMOTE_CONTROL) details.add("需异地控制的案件不适用本规则");
        String summary = "应" + verb + " " + due + " · 实际" + verb + " " + doneText + " · " + late;
        return Reason.of(inNumerator, List.of(event, startText, period, due, doneText, late), summary, details);
    }
}
