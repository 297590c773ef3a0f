package cn.scorecard.app.staff.versions;

import cn.scorecard.app.web.Messages;
import cn.scorecard.core.staff.Interview;
import cn.scorecard.core.staff.ItemResult;
import cn.scorecard.core.staff.MonthlyAssessment;
import cn.scorecard.core.staff.Outcome;
import cn.scorecard.core.staff.PersonResult;
import cn.scorecard.core.staff.Points;
import cn.scorecard.core.staff.Ranking;
import cn.scorecard.core.staff.Reason;
import cn.scorecard.core.staff.Teams;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A computed month with the upheld adjustments on top. An adjustment moves the item's score and is shown as one
 * more reason of the item; a positive one first gives back deductions, then adds bonus, a negative one first
 * takes back bonus, then deducts (at most the item's points: 扣完为止，不计负分). Totals, outcomes, ranks, teams,
 * interviews and the year's fails then follow from the adjusted scores by the method's rules.
 */
public final class AdjustedMonth {
    public static final String RULE = Messages.text("adjusted.rule");
    private final double passMark;
    private final int accountabilityAfterFails;

    public AdjustedMonth(double passMark, int accountabilityAfterFails) {
        this.passMark = passMark;
        this.accountabilityAfterFails = accountabilityAfterFails;
    }

    /**
     * @param adjustments the month's upheld adjustments
     * @param earlierFailChange per person, fails added (+) or removed (−) by adjustments of earlier months of the year
     */
    public MonthlyAssessment apply(MonthlyAssessment month, List<ScoreAdjustment> adjustments,
                                   Map<String, Integer> earlierFailChange) {
        if (adjustments.isEmpty() && earlierFailChange.values().stream().allMatch(d -> d == 0)) return month;
        Map<String, List<ScoreAdjustment>> byPerson = new LinkedHashMap<>();
        for (ScoreAdjustment a : adjustments) byPerson.computeIfAbsent(a.staffId(), k -> new ArrayList<>()).add(a);
        List<PersonResult> scored = new ArrayList<>();
        for (PersonResult p : month.people()) {
            scored.add(adjust(p, byPerson.getOrDefault(p.staffId(), List.of()), earlierFailChange.getOrDefault(p.staffId(), 0)));
        }
        List<PersonResult> people = ranked(scored);
        List<Interview> interviews = people.stream().filter(PersonResult::failed)
                .map(p -> new Interview(p.staff(), p.staffId(), p.name(), p.court(), p.role(), p.month(), p.total(),
                        p.failsInYear(), p.accountability())).toList();
        return new MonthlyAssessment(month.month(), month.ruleSetVersion(), people, Teams.of(people), interviews);
    }

    /** Fails added (+1) or removed (−1) by the month's adjustments, per person. */
    public Map<String, Integer> failChange(MonthlyAssessment computed, List<ScoreAdjustment> adjustments) {
        Map<String, Integer> out = new LinkedHashMap<>();
        MonthlyAssessment adjusted = apply(computed, adjustments, Map.of());
        for (PersonResult before : computed.people()) {
            PersonResult after = adjusted.person(before.staffId());
            int change = (after.failed() ? 1 : 0) - (before.failed() ? 1 : 0);
            if (change != 0) out.put(before.staffId(), change);
        }
        return out;
    }

    private PersonResult adjust(PersonResult p, List<ScoreAdjustment> adjustments, int earlierFailChange) {
        List<ItemResult> items = new ArrayList<>(p.items());
        for (ScoreAdjustment a : adjustments) {
            int i = indexOf(items, a.itemCode());
            if (i < 0) throw new IllegalArgumentException(Messages.text("adjusted.error.item", p.name(), a.itemCode()));
            items.set(i, adjust(items.get(i), a));
        }
        Double total = null;
        Outcome outcome = Outcome.VETOED;
        if (!p.vetoed()) {
            double sum = 0;
            for (ItemResult i : items) sum += i.score();
            total = Points.round(sum);
            outcome = total >= passMark ? Outcome.PASSED : Outcome.FAILED;
        }
        int fails = p.failsInYear() + earlierFailChange + (outcome == Outcome.FAILED ? 1 : 0) - (p.failed() ? 1 : 0);
        return new PersonResult(p.staff(), p.staffId(), p.name(), p.court(), p.role(), p.team(), p.month(), p.activeFrom(),
                p.activeTo(), items, total, outcome, p.vetoes(), null, fails, fails > accountabilityAfterFails,
                p.awardEligible());
    }

    static ItemResult adjust(ItemResult item, ScoreAdjustment a) {
        double deductions = item.deductions();
        double bonus = item.bonus();
        if (a.points() >= 0) {
            double back = Math.min(a.points(), deductions);
            deductions -= back;
            bonus += a.points() - back;
        } else {
            double off = -a.points();
            double fromBonus = Math.min(off, bonus);
            bonus -= fromBonus;
            deductions = Math.min(item.points(), deductions + off - fromBonus);
        }
        deductions = Points.round(deductions);
        bonus = Points.round(bonus);
        List<Reason> reasons = new ArrayList<>(item.reasons());
        reasons.add(new Reason(RULE, Messages.text(a.points() >= 0 ? "adjusted.detail.plus" : "adjusted.detail.minus",
                String.valueOf(a.objectionId()), Points.format(Math.abs(a.points())), a.reason()), 1, a.points(),
                List.of(Messages.text("adjusted.ref", String.valueOf(a.objectionId())))));
        return new ItemResult(item.code(), item.name(), item.points(), deductions, bonus,
                Points.round(item.points() - deductions + bonus), reasons);
    }

    /** Ranks within court and role, as the assessor does; the vetoed (no total) are unranked. */
    private static List<PersonResult> ranked(List<PersonResult> people) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < people.size(); i++) {
            groups.computeIfAbsent(people.get(i).court() + "|" + people.get(i).role(), k -> new ArrayList<>()).add(i);
        }
        List<PersonResult> out = new ArrayList<>(people);
        for (List<Integer> group : groups.values()) {
            Integer[] ranks = Ranking.ranks(group, i -> people.get(i).total());
            for (int k = 0; k < group.size(); k++) {
                PersonResult p = people.get(group.get(k));
                out.set(group.get(k), new PersonResult(p.staff(), p.staffId(), p.name(), p.court(), p.role(), p.team(),
                        p.month(), p.activeFrom(), p.activeTo(), p.items(), p.total(), p.outcome(), p.vetoes(), ranks[k],
                        p.failsInYear(), p.accountability(), p.awardEligible()));
            }
        }
        return out;
    }

    private static int indexOf(List<ItemResult> items, String code) {
        for (int i = 0; i < items.size(); i++) if (items.get(i).code().equals(code)) return i;
        return -1;
    }
}
