package cn.scorecard.core.warning;

import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.StatutoryPeriod;
import cn.scorecard.core.cases.Times;
import cn.scorecard.core.data.Payment;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.deadline.DeadlineCheck;
import cn.scorecard.core.deadline.DeadlineRule;
import cn.scorecard.core.deadline.DeadlineRules;
import cn.scorecard.core.deadline.DeadlineStatus;
import cn.scorecard.core.deadline.Horizon;
import cn.scorecard.core.deadline.WarningSettings;
import cn.scorecard.core.deadline.Within;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The early warnings (预警) as of a moment: for every open case, each node deadline of {@code rules/deadlines.yaml}
 * whose clock has started and is not fulfilled, the 法定期限 and the 12-month mark; and each unreleased 执行款
 * without a late-release approval. A clock is listed once it is within its horizon and always once overdue,
 * in order of urgency: the earliest deadline first, so the longest overdue come first and then the least time
 * left. One pass over the rows of the chosen courts; nothing is cached between calls.
 */
public final class WarningScanner {
    private final ProvinceData data;
    private final DeadlineRules rules;
    private final DeadlineCheck check;
    private final List<WarningKind> kinds = new ArrayList<>();
    private final Map<String, Integer> order = new HashMap<>();
    private final Comparator<Warning> urgency = Comparator.comparing(Warning::due).thenComparingInt(Warning::court)
            .thenComparing(Warning::caseNumber).thenComparingInt(w -> order.get(w.ruleId()));

    public WarningScanner(ProvinceData data, DeadlineRules rules) {
        this.data = data;
        this.rules = rules;
        this.check = new DeadlineCheck(data.cases(), data.calendar());
        WarningSettings s = rules.warnings();
        for (DeadlineRule r : rules.all()) kind(r.id(), r.name(), s.horizonFor(r.id(), r.within().unit()));
        kind(WarningSettings.PAYMENT_RELEASE, rules.paymentReleaseName(),
                s.horizonFor(WarningSettings.PAYMENT_RELEASE, rules.paymentRelease().unit()));
        for (WarningSettings.CaseClock c : List.of(s.statutoryPeriod(), s.longPending())) kind(c.id(), c.name(), c.horizon());
    }

    private void kind(String id, String name, Horizon horizon) {
        order.put(id, kinds.size());
        kinds.add(new WarningKind(id, name, horizon));
    }

    /** Every kind in the order of the rules file: node rules, 执行款发放, 法定期限, 超12个月未结. */
    public List<WarningKind> kinds() {
        return List.copyOf(kinds);
    }

    public List<Warning> scan(LocalDateTime now) {
        return scan(now, WarningFilter.ALL);
    }

    public List<Warning> scan(LocalDateTime now, WarningFilter filter) {
        CaseTable cases = data.cases();
        WarningMaker maker = new WarningMaker(cases, data.calendar(), Times.minute(now));
        List<Warning> out = new ArrayList<>();
        for (int c = 0; c < data.courts().size(); c++) {
            if (!filter.court(c)) continue;
            for (int r = cases.courtStart(c); r < cases.courtEnd(c); r++) {
                if (!filter.officer(cases.judge(r), cases.assistant(r), cases.clerk(r)) || !maker.open(r)) continue;
                nodes(r, maker, filter, out);
                caseClock(rules.warnings().statutoryPeriod(), r, maker, filter, out);
                caseClock(rules.warnings().longPending(), r, maker, filter, out);
            }
        }
        payments(maker, filter, out);
        out.sort(urgency);
        return out;
    }

    private void nodes(int row, WarningMaker maker, WarningFilter filter, List<Warning> out) {
        for (DeadlineRule rule : rules.all()) {
            if (!filter.rule(rule.id())) continue;
            DeadlineStatus s = check.status(rule, row, maker.now());
            if (s != DeadlineStatus.RUNNING && s != DeadlineStatus.OVERDUE) continue;
            int start = check.startMinute(rule, row);
            String detail = rule.startsAtFiling() ? "立案 " + Times.format(Times.dayOfMinute(start))
                    : rule.start().label() + " " + Times.formatMinute(start);
            add(out, maker.make(row, kind(rule.id()), start, check.limitMinute(rule, start), rule.within().unit(), detail));
        }
    }

    private void caseClock(WarningSettings.CaseClock clock, int row, WarningMaker maker, WarningFilter filter,
                           List<Warning> out) {
        CaseTable cases = data.cases();
        if (!filter.rule(clock.id()) || !clock.caseTypes().contains(cases.type(row))) return;
        int filed = cases.filed(row);
        int lastDay = clock.months() == 0 ? cases.statutoryDeadline(row) : StatutoryPeriod.plusMonths(filed, clock.months());
        StringBuilder detail = new StringBuilder("立案 ").append(Times.format(filed));
        if (clock.months() == 0 && cases.extendedDays(row) > 0) detail.append("，延长 ").append(cases.extendedDays(row)).append(" 日");
        if (clock.months() == 0 && cases.deductedDays(row) > 0) detail.append("，扣除 ").append(cases.deductedDays(row)).append(" 日");
        add(out, maker.make(row, kind(clock.id()), filed * Times.MINUTES_PER_DAY, (lastDay + 1) * Times.MINUTES_PER_DAY,
                Within.Unit.DAYS, detail.toString()));
    }

    // 执行款 is owed to the applicant whether or not the case is still open, and the indicator counts it either way.
    private void payments(WarningMaker maker, WarningFilter filter, List<Warning> out) {
        if (!filter.rule(WarningSettings.PAYMENT_RELEASE)) return;
        CaseTable cases = data.cases();
        Within within = rules.paymentRelease();
        for (Payment p : data.payments()) {
            int r = p.caseRow();
            if (p.lateApproved() || p.arrivedMinute() > maker.now()) continue;
            if (p.releasedMinute() != Times.NONE && p.releasedMinute() <= maker.now()) continue;
            if (!filter.court(cases.court(r)) || !filter.officer(cases.judge(r), cases.assistant(r), cases.clerk(r))) continue;
            String detail = String.format("执行款 %,.2f 元，到账 %s", p.amountFen() / 100.0, Times.formatMinute(p.arrivedMinute()));
            add(out, maker.make(r, kind(WarningSettings.PAYMENT_RELEASE), p.arrivedMinute(),
                    within.limitMinute(p.arrivedMinute(), data.calendar()), within.unit(), detail));
        }
    }

    private WarningKind kind(String id) {
        return kinds.get(order.get(id));
    }

    private static void add(List<Warning> out, Warning w) {
        if (w != null) out.add(w);
    }
}
