package cn.scorecard.core.plan;

import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.CaseType;
import cn.scorecard.core.cases.ClosingMethod;
import cn.scorecard.core.cases.Times;
import cn.scorecard.core.data.Matter;
import cn.scorecard.core.data.Payment;
import cn.scorecard.core.data.Petition;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.deadline.DeadlineCheck;
import cn.scorecard.core.deadline.DeadlineRule;
import cn.scorecard.core.deadline.DeadlineRules;
import cn.scorecard.core.deadline.DeadlineStatus;
import cn.scorecard.core.metric.EvaluationContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The actions a court can still take between the planning day and the last day that counts (the earlier of the
 * target date and the period's end). An action counts only if its own deadline is on or after the planning day:
 * <ul>
 *   <li>open first-enforcement cases still within their statutory period (法定期限), closed by 执行完毕 on the
 *       planning day; and closed by 终本 as well where the case already meets every 终本 condition on that day
 *       (rules/termination.yaml, the same check as 终本合格率);</li>
 *   <li>open 执异, 执复, 执监, 执协, 执请 cases, closed on the planning day;</li>
 *   <li>node deadlines (rules/deadlines.yaml) whose clock runs and has not passed: the step done on the planning
 *       day (09:00, or at the trigger when that is later);</li>
 *   <li>open petitions, and open delegated or supervised matters within their deadline, concluded on the planning
 *       day;</li>
 *   <li>money received and not released (执行款) whose release deadline (一个月, rules/deadlines.yaml
 *       paymentRelease) has not passed: released at 09:00 on the planning day (or at its arrival when later).</li>
 * </ul>
 */
final class Candidates {
    static final Set<CaseType> REVIEW = EnumSet.of(CaseType.OBJECTION, CaseType.REVIEW, CaseType.SUPERVISION,
            CaseType.COORDINATION, CaseType.REQUEST);
    /** A step planned for a day is done at 09:00 (or at its trigger, when that comes later). */
    static final int WORK_STARTS = 9 * 60;

    private Candidates() {
    }

    static List<Action> of(EvaluationContext ctx, DeadlineRules rules, int court, int planDay, int lastDay) {
        ProvinceData data = ctx.data();
        List<Action> out = new ArrayList<>();
        if (planDay > lastDay) return out;
        CaseTable t = data.cases();
        DeadlineCheck check = new DeadlineCheck(t, data.calendar());
        int now = planDay * Times.MINUTES_PER_DAY + WORK_STARTS;
        int endOfPlanDay = (planDay + 1) * Times.MINUTES_PER_DAY - 1;
        for (int r = t.courtStart(court), end = t.courtEnd(court); r < end; r++) {
            if (t.isClosed(r) || t.filed(r) > planDay) continue;
            CaseType type = t.type(r);
            if (type == CaseType.FIRST_ENFORCEMENT && t.statutoryDeadline(r) >= planDay) {
                int deadline = Math.min(t.statutoryDeadline(r), lastDay);
                out.add(new Action(ActionKind.CLOSE_CASE, r, t.number(r), null, ClosingMethod.FULFILLED, planDay,
                        Times.NONE, deadline, t.judge(r), null));
                if (ctx.termination().failedConditionsAsOf(r, planDay).isEmpty()) {
                    out.add(new Action(ActionKind.CLOSE_CASE, r, t.number(r), null, ClosingMethod.TERMINATED_THIS_ROUND, planDay,
                            Times.NONE, deadline, t.judge(r), null));
                }
            } else if (REVIEW.contains(type)) {
                out.add(new Action(ActionKind.CLOSE_CASE, r, t.number(r), null, null, planDay, Times.NONE, lastDay,
                        t.judge(r), null));
            }
            for (DeadlineRule rule : rules.all()) {
                int start = check.startMinute(rule, r);
                if (start == Times.NONE || start > endOfPlanDay) continue;
                if (check.status(rule, r, endOfPlanDay) != DeadlineStatus.RUNNING) continue;
                int limit = check.limitMinute(rule, start);
                int at = Math.max(now, start);
                if (at >= limit) continue;
                int deadline = Times.dayOfMinute(limit - 1);
                out.add(new Action(ActionKind.DO_STEP, r, t.number(r), rule.end().get(0), null, planDay, at,
                        Math.min(deadline, lastDay), t.judge(r), rule.id()));
            }
        }
        List<Payment> payments = data.payments();
        for (int i : ctx.paymentIndexesOf(court)) {
            Payment p = payments.get(i);
            if (p.releasedMinute() != Times.NONE || p.arrivedMinute() > endOfPlanDay) continue;
            int limit = rules.paymentRelease().limitMinute(p.arrivedMinute(), data.calendar());
            int at = Math.max(now, p.arrivedMinute());
            if (at >= limit) continue;
            int deadline = Math.min(Times.dayOfMinute(limit - 1), lastDay);
            out.add(new Action(ActionKind.RELEASE_PAYMENT, i, t.number(p.caseRow()), null, null, planDay, at, deadline,
                    t.judge(p.caseRow()), "payment_release", p.arrivedMinute()));
        }
        List<Petition> petitions = data.petitions();
        for (int i : ctx.petitionsOf(court)) {
            Petition p = petitions.get(i);
            if (p.concludedDay() != Times.NONE || p.registeredDay() > planDay) continue;
            out.add(new Action(ActionKind.CONCLUDE_PETITION, i, p.id(), null, null, planDay, Times.NONE, lastDay,
                    p.staff(), null));
        }
        List<Matter> matters = data.matters();
        for (int i : ctx.mattersOf(court)) {
            Matter m = matters.get(i);
            if (m.doneDay() != Times.NONE || m.receivedDay() > planDay) continue;
            if (m.deadlineDay() != Times.NONE && m.deadlineDay() < planDay) continue;
            int deadline = m.deadlineDay() == Times.NONE ? lastDay : Math.min(m.deadlineDay(), lastDay);
            out.add(new Action(ActionKind.CONCLUDE_MATTER, i, m.id(), null, null, planDay, Times.NONE, deadline,
                    m.staff(), null));
        }
        return out;
    }
}
