package cn.scorecard.core.termination;

import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.StatutoryPeriod;
import cn.scorecard.core.cases.StepType;
import cn.scorecard.core.cases.Times;
import cn.scorecard.core.data.TerminationOverride;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The 终本 compliance pre-check (终本合格性), case by case, with assessor overrides; the conditions are data. */
public final class TerminationCheck {
    private final CaseTable cases;
    private final Map<Integer, TerminationOverride> overrides;
    private final TerminationRules rules;

    public TerminationCheck(CaseTable cases, Map<Integer, TerminationOverride> overrides) {
        this(cases, overrides, TerminationRules.bundled());
    }

    public TerminationCheck(CaseTable cases, Map<Integer, TerminationOverride> overrides, TerminationRules rules) {
        this.cases = cases;
        this.overrides = overrides == null ? Map.of() : overrides;
        this.rules = rules;
    }

    public static boolean isTermination(CaseTable cases, int row) {
        return cases.isClosed(row) && cases.isTermination(row);
    }

    public TerminationRules rules() {
        return rules;
    }

    /** Fast path for rates: is this 终本 case compliant (override first)? Stops at the first failed condition. */
    public boolean isCompliant(int row) {
        TerminationOverride o = overrides.get(row);
        if (o != null) return o.compliant();
        int day = closedDay(row);
        for (TerminationCondition c : rules.conditions()) {
            if (fails(c, row, day)) return false;
        }
        return true;
    }

    public TerminationVerdict verdict(int row) {
        List<TerminationCondition> failed = failedConditions(row);
        TerminationOverride o = overrides.get(row);
        if (o != null) return new TerminationVerdict(row, o.compliant(), failed, true, o.reason(), o.assessor());
        return new TerminationVerdict(row, failed.isEmpty(), failed, false, null, null);
    }

    /** The conditions the case had not met on its closing day, in the order of the rule file. */
    public List<TerminationCondition> failedConditions(int row) {
        return failedConditionsAsOf(row, closedDay(row));
    }

    /**
     * The conditions a case had not met by the end of {@code day}, whether or not it is closed: the staff
     * assessment counts open cases that would already qualify for 终本 (符合终本条件的案件存量). Assessor
     * overrides are not consulted, since they judge a closing that has not happened.
     */
    public List<TerminationCondition> failedConditionsAsOf(int row, int day) {
        List<TerminationCondition> failed = new ArrayList<>();
        for (TerminationCondition c : rules.conditions()) {
            if (fails(c, row, day)) failed.add(c);
        }
        return failed;
    }

    private int closedDay(int row) {
        int closedDay = cases.closed(row);
        if (closedDay == Times.NONE) throw new IllegalArgumentException("案件未结案: " + cases.number(row));
        return closedDay;
    }

    private boolean fails(TerminationCondition c, int row, int day) {
        if (c.onlyIfFlag() != null && !cases.has(row, c.onlyIfFlag())) return false;
        if (c.unlessFlag() != null && cases.has(row, c.unlessFlag())) return false;
        if (c.steps().isEmpty()) return day <= StatutoryPeriod.plusMonths(cases.filed(row), c.monthsSinceFiling());
        int limit = (day + 1) * Times.MINUTES_PER_DAY; // steps on the day itself count
        for (StepType s : c.steps()) {
            int t = cases.step(row, s);
            if (t != Times.NONE && t < limit) return false;
        }
        return true;
    }
}
