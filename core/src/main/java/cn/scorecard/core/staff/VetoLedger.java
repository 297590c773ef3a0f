package cn.scorecard.core.staff;

import cn.scorecard.core.cases.Times;
import cn.scorecard.core.data.Discipline;
import cn.scorecard.core.data.StateCompensation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every veto event per person, from 一票否决.csv and from the records that raise one by themselves: a
 * discipline record of the person (any 刑事责任 or 党纪政纪处分 — the seed says 因违法违纪, not only for
 * enforcement work) and a state compensation caused by enforcement with the person responsible.
 */
final class VetoLedger {
    private final Map<Integer, List<VetoEvent>> byPerson = new HashMap<>();

    VetoLedger(StaffRuleSet rules, StaffInputs inputs, List<Discipline> disciplines,
               List<StateCompensation> compensations) {
        this(rules, inputs, disciplines, compensations, false);
    }

    /**
     * With {@code severalRuleSets}, a recorded veto whose condition this rule set does not know is left to the rule
     * set of the person's court (another court's method may name other conditions); without it, it is an error.
     */
    VetoLedger(StaffRuleSet rules, StaffInputs inputs, List<Discipline> disciplines,
               List<StateCompensation> compensations, boolean severalRuleSets) {
        for (StaffInputs.VetoRecord v : inputs.vetoes()) {
            VetoCondition c = rules.veto(v.conditionCode());
            if (c == null && severalRuleSets) continue;
            if (c == null) throw new IllegalArgumentException("未知的否决事由: " + v.conditionCode());
            add(v.staff(), new VetoEvent(c.code(), c.name(), v.day(), v.id(), v.note()));
        }
        VetoCondition discipline = rules.vetoDerivedFrom(VetoCondition.Derivation.DISCIPLINES);
        if (discipline != null && disciplines != null) {
            for (Discipline d : disciplines) {
                if (d.staff() < 0 || d.day() == Times.NONE) continue;
                add(d.staff(), new VetoEvent(discipline.code(), discipline.name(), Times.date(d.day()), "违法违纪记录", d.kind()));
            }
        }
        VetoCondition compensation = rules.vetoDerivedFrom(VetoCondition.Derivation.STATE_COMPENSATIONS);
        if (compensation != null && compensations != null) {
            for (StateCompensation s : compensations) {
                if (s.staff() < 0 || !s.causedByEnforcement() || s.decidedDay() == Times.NONE) continue;
                add(s.staff(), new VetoEvent(compensation.code(), compensation.name(), Times.date(s.decidedDay()),
                        "国家赔偿 " + s.caseNumber(), "因执行发生国家赔偿"));
            }
        }
        for (List<VetoEvent> events : byPerson.values()) events.sort(Comparator.comparing(VetoEvent::day));
    }

    private void add(int person, VetoEvent e) {
        byPerson.computeIfAbsent(person, k -> new ArrayList<>()).add(e);
    }

    /** The person's veto events from {@code first} to {@code last} inclusive. */
    List<VetoEvent> between(int person, LocalDate first, LocalDate last) {
        List<VetoEvent> out = new ArrayList<>();
        for (VetoEvent e : byPerson.getOrDefault(person, List.of())) {
            if (!e.day().isBefore(first) && !e.day().isAfter(last)) out.add(e);
        }
        return out;
    }
}
