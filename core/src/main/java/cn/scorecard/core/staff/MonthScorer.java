package cn.scorecard.core.staff;

import cn.scorecard.core.calendar.WorkCalendar;
import cn.scorecard.core.cases.Times;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.data.StaffMember;
import cn.scorecard.core.termination.TerminationCheck;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores everyone assessed in a month: gathers the facts (one pass over the cases, then the other records),
 * applies each item's rule and adds up. Ranks and the yearly standing are left to {@link StaffAssessor}.
 */
final class MonthScorer {
    private final ProvinceData data;
    private final StaffRuleSet rules;
    private final StaffInputs inputs;
    private final TerminationCheck check;
    private final VetoLedger vetoes;
    private final QuotaBook quotas;
    private final CaseMeasure.Plan plan;
    private final StatutoryDates statutory;
    private final WorkCalendar calendar;

    MonthScorer(ProvinceData data, StaffRuleSet rules, StaffInputs inputs, VetoLedger vetoes) {
        this.data = data;
        this.rules = rules;
        this.inputs = inputs;
        this.vetoes = vetoes;
        this.check = new TerminationCheck(data.cases(), data.terminationOverrides());
        this.quotas = new QuotaBook(inputs);
        this.plan = CaseMeasure.Plan.of(rules);
        this.statutory = new StatutoryDates(data.cases());
        this.calendar = data.calendar() == null ? WorkCalendar.bundled() : data.calendar();
    }

    /** Results without rank and yearly standing, in roster order. */
    List<PersonResult> score(YearMonth month) {
        return score(month, court -> true);
    }

    /** The same for the staff of the courts this rule set applies to (the others are assessed under their own). */
    List<PersonResult> score(YearMonth month, java.util.function.IntPredicate courts) {
        MonthContext ctx = new MonthContext(month, data.staff(), rules.assessedRoles(), calendar);
        PersonFacts[] facts = new PersonFacts[data.staff().size()];
        new CaseTally(data.cases(), check, statutory, ctx, plan, facts).run();
        RecordTally records = new RecordTally(rules, ctx, facts);
        records.petitions(data.petitions());
        records.matters(data.matters());
        records.incidents(inputs.incidents(), data.staff());
        List<PersonResult> out = new ArrayList<>();
        for (int p = 0; p < data.staff().size(); p++) {
            if (!ctx.assessed(p) || !courts.test(data.staff().get(p).court())) continue;
            PersonFacts f = facts[p] == null ? new PersonFacts() : facts[p];
            quotas.apply(p, ctx, f);
            out.add(person(p, ctx, f));
        }
        return out;
    }

    /**
     * One person's result (without rank and standing) from the cases that name them ({@code rows}: every row where
     * the person is 承办法官, 法官助理 or 书记员), the same as {@link #score} gives for them; null when not assessed.
     */
    PersonResult scoreOne(YearMonth month, int p, int[] rows) {
        MonthContext ctx = new MonthContext(month, data.staff(), rules.assessedRoles(), calendar);
        if (!ctx.assessed(p)) return null;
        PersonFacts[] facts = new PersonFacts[data.staff().size()];
        new CaseTally(data.cases(), check, statutory, ctx, plan, facts).run(rows);
        RecordTally records = new RecordTally(rules, ctx, facts);
        records.petitions(data.petitions());
        records.matters(data.matters());
        records.incidents(inputs.incidents(), data.staff());
        PersonFacts f = facts[p] == null ? new PersonFacts() : facts[p];
        quotas.apply(p, ctx, f);
        return person(p, ctx, f);
    }

    private PersonResult person(int p, MonthContext ctx, PersonFacts facts) {
        StaffMember m = data.staff().get(p);
        List<ItemResult> items = new ArrayList<>();
        double total = 0;
        for (RuleItem item : rules.itemsFor(m.role())) {
            ItemResult r = score(item, facts);
            items.add(r);
            total += r.score();
        }
        List<VetoEvent> monthVetoes = vetoes.between(p, ctx.month.atDay(1), ctx.month.atEndOfMonth());
        Outcome outcome = !monthVetoes.isEmpty() ? Outcome.VETOED
                : Points.round(total) >= rules.passMark() ? Outcome.PASSED : Outcome.FAILED;
        return new PersonResult(p, m.id(), m.name(), m.court(), m.role(), m.team(), ctx.month,
                Times.date(ctx.from[p]), Times.date(ctx.to[p]), items,
                outcome == Outcome.VETOED ? null : Points.round(total), outcome, monthVetoes, null, 0, false, true);
    }

    static ItemResult score(RuleItem item, PersonFacts facts) {
        ItemRule rule = item.rule();
        if (rule instanceof PerOccurrenceRule r) return r.score(item, facts);
        if (rule instanceof QuotaRule r) return r.score(item, facts);
        return ((ReductionRule) rule).score(item, facts);
    }
}
