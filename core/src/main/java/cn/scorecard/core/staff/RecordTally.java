package cn.scorecard.core.staff;

import cn.scorecard.core.cases.Times;
import cn.scorecard.core.data.Matter;
import cn.scorecard.core.data.MatterType;
import cn.scorecard.core.data.Petition;
import cn.scorecard.core.data.StaffMember;
import cn.scorecard.core.data.StaffRole;
import java.util.List;

/**
 * The facts that are not on cases: petitions and supervised matters of the person (责任人), and the
 * incidents recorded by the assessment group, each on the person's active days of the month.
 */
final class RecordTally {
    private final StaffRuleSet rules;
    private final MonthContext ctx;
    private final PersonFacts[] facts;

    RecordTally(StaffRuleSet rules, MonthContext ctx, PersonFacts[] facts) {
        this.rules = rules;
        this.ctx = ctx;
        this.facts = facts;
    }

    void petitions(List<Petition> petitions) {
        if (petitions == null) return;
        for (Petition p : petitions) {
            int who = p.staff();
            if (!ctx.assessed(who)) continue;
            if (ctx.activeOn(who, p.registeredDay())) {
                // One petition counts once: a petition to Beijing at the higher rate only.
                if (p.toBeijing()) count(who, Computation.BEIJING_PETITIONS, p.id());
                else if (p.causedByMisconduct()) count(who, Computation.MISCONDUCT_PETITIONS, p.id());
            }
            int deadline = p.registeredDay() + rules.petitionResolutionDays();
            boolean resolvedInTime = p.resolved() && p.concludedDay() != Times.NONE && p.concludedDay() <= deadline;
            if (!resolvedInTime && ctx.activeOn(who, deadline + 1)) count(who, Computation.UNRESOLVED_PETITIONS, p.id());
        }
    }

    void matters(List<Matter> matters) {
        if (matters == null) return;
        for (Matter m : matters) {
            if (m.type() != MatterType.SUPERVISED || !ctx.activeOn(m.staff(), m.deadlineDay())) continue;
            if (m.doneDay() == Times.NONE || m.doneDay() > m.deadlineDay()) {
                count(m.staff(), Computation.OVERDUE_SUPERVISED_MATTERS, m.id());
            }
        }
    }

    void incidents(List<StaffInputs.Incident> incidents, List<StaffMember> staff) {
        for (StaffInputs.Incident i : incidents) {
            if (!ctx.activeOn(i.staff(), Times.day(i.day()))) continue;
            RuleItem item = rules.itemOfKind(i.kindCode());
            DeductionKind kind = rules.deductionKind(i.kindCode());
            if (kind == null || !kind.incidentsAllowed()) {
                throw new IllegalArgumentException("考核事件 " + i.id() + " 的事件类型不可登记: " + i.kindCode());
            }
            if (!item.appliesTo(staff.get(i.staff()).role())) {
                throw new IllegalArgumentException("考核事件 " + i.id() + ": 项目 " + item.code() + " 不适用于该人员的岗位");
            }
            facts(i.staff()).tally(kind.code()).add(i.count(), i.id());
        }
    }

    /** Files a record under every deduction kind computed this way that applies to the person's role. */
    private void count(int person, Computation computation, String ref) {
        StaffRole role = StaffRole.values()[ctx.role[person]];
        for (RuleItem item : rules.items()) {
            if (!(item.rule() instanceof PerOccurrenceRule r) || !item.appliesTo(role)) continue;
            for (DeductionKind k : r.deductions()) {
                if (k.computation() == computation) facts(person).tally(k.code()).add(1, ref);
            }
        }
    }

    private PersonFacts facts(int p) {
        PersonFacts f = facts[p];
        if (f == null) facts[p] = f = new PersonFacts();
        return f;
    }
}
