package cn.scorecard.core.termination;

import cn.scorecard.core.cases.CaseFlag;
import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.ClosingMethod;
import cn.scorecard.core.cases.StatutoryPeriod;
import cn.scorecard.core.cases.StepType;
import cn.scorecard.core.cases.Times;
import cn.scorecard.core.data.TerminationOverride;
import java.util.EnumSet;
import java.util.Map;

/** The 终本 compliance pre-check (终本合格性), case by case, with assessor overrides. */
public final class TerminationCheck {
    private static final int THREE_MONTHS = 3;
    private final CaseTable cases;
    private final Map<Integer, TerminationOverride> overrides;

    public TerminationCheck(CaseTable cases, Map<Integer, TerminationOverride> overrides) {
        this.cases = cases;
        this.overrides = overrides == null ? Map.of() : overrides;
    }

    public static boolean isTermination(CaseTable cases, int row) {
        return cases.isClosed(row) && cases.methodOrdinal(row) == ClosingMethod.TERMINATED_THIS_ROUND.ordinal();
    }

    /** Fast path for rates: is this 终本 case compliant (override first)? */
    public boolean isCompliant(int row) {
        TerminationOverride o = overrides.get(row);
        if (o != null) return o.compliant();
        return failedConditions(row).isEmpty();
    }

    public TerminationVerdict verdict(int row) {
        EnumSet<TerminationCondition> failed = failedConditions(row);
        TerminationOverride o = overrides.get(row);
        if (o != null) return new TerminationVerdict(row, o.compliant(), failed, true, o.reason());
        return new TerminationVerdict(row, failed.isEmpty(), failed, false, null);
    }

    public EnumSet<TerminationCondition> failedConditions(int row) {
        int closedDay = cases.closed(row);
        if (closedDay == Times.NONE) throw new IllegalArgumentException("案件未结案: " + cases.number(row));
        return failedConditionsAsOf(row, closedDay);
    }

    /**
     * The conditions a case had not met by the end of {@code day}, whether or not it is closed: the staff
     * assessment counts open cases that would already qualify for 终本 (符合终本条件的案件存量). Assessor
     * overrides are not consulted, since they judge a closing that has not happened.
     */
    public EnumSet<TerminationCondition> failedConditionsAsOf(int row, int day) {
        EnumSet<TerminationCondition> failed = EnumSet.noneOf(TerminationCondition.class);
        int limit = (day + 1) * Times.MINUTES_PER_DAY; // steps on the day itself count
        require(failed, row, StepType.EXECUTION_NOTICE, limit, TerminationCondition.EXECUTION_NOTICE);
        require(failed, row, StepType.PROPERTY_REPORT_ORDER, limit, TerminationCondition.PROPERTY_REPORT_ORDER);
        require(failed, row, StepType.CONSUMPTION_RESTRICTION, limit, TerminationCondition.CONSUMPTION_RESTRICTION);
        if (!cases.has(row, CaseFlag.DISHONEST_NOT_APPLICABLE)) {
            require(failed, row, StepType.DISHONEST_LISTED, limit, TerminationCondition.DISHONEST_LISTED);
        }
        require(failed, row, StepType.ONLINE_SEARCH_START, limit, TerminationCondition.ONLINE_SEARCH);
        require(failed, row, StepType.TRADITIONAL_SEARCH, limit, TerminationCondition.TRADITIONAL_SEARCH);
        if (day <= StatutoryPeriod.plusMonths(cases.filed(row), THREE_MONTHS)) {
            failed.add(TerminationCondition.THREE_MONTHS);
        }
        if (cases.has(row, CaseFlag.WHEREABOUTS_UNKNOWN)) {
            require(failed, row, StepType.WHEREABOUTS_SEARCH, limit, TerminationCondition.WHEREABOUTS_SEARCH);
        }
        require(failed, row, StepType.APPLICANT_INFORMED, limit, TerminationCondition.APPLICANT_INFORMED);
        return failed;
    }

    private void require(EnumSet<TerminationCondition> failed, int row, StepType step, int limitMinute,
                         TerminationCondition condition) {
        int t = cases.step(row, step);
        if (t == Times.NONE || t >= limitMinute) failed.add(condition);
    }
}
