package cn.scorecard.core.deadline;

import cn.scorecard.core.cases.CaseType;
import java.util.Map;
import java.util.Set;

/**
 * The {@code warnings:} section of {@code rules/deadlines.yaml}: how long before its deadline each clock becomes
 * an early warning (预警), and the two clocks that run over a whole open case from its filing day (法定期限 and
 * 超12个月未结). Data, so a court changes a horizon without a code change; validated when the rules load.
 *
 * @param days horizon of the rules counted in calendar days or months (日, 月), and of 执行款发放
 * @param workdays horizon of the rules counted in working days (工作日)
 * @param hours horizon of the rules counted in hours (小时)
 * @param ruleHorizons per rule id (or {@link #PAYMENT_RELEASE}), overriding the horizon of the rule's unit
 */
public record WarningSettings(Horizon days, Horizon workdays, Horizon hours, Map<String, Horizon> ruleHorizons,
                              CaseClock statutoryPeriod, CaseClock longPending) {
    /** The id under which 执行款发放 warnings are listed and its horizon may be set. */
    public static final String PAYMENT_RELEASE = "payment_release";
    public static final String STATUTORY_PERIOD = "statutory_period";
    public static final String LONG_PENDING = "long_pending";

    public WarningSettings {
        ruleHorizons = Map.copyOf(ruleHorizons);
    }

    /**
     * A clock over a whole open case of the given types from its filing day.
     *
     * @param months the period in months; 0 for the statutory period, whose last day the case table derives
     *               (6 months + approved extensions + deducted days)
     */
    public record CaseClock(String id, String name, Set<CaseType> caseTypes, int months, Horizon horizon) {
        public CaseClock {
            caseTypes = Set.copyOf(caseTypes);
        }
    }

    public Horizon horizonFor(String ruleId, Within.Unit unit) {
        Horizon h = ruleHorizons.get(ruleId);
        if (h != null) return h;
        return switch (unit) {
            case DAYS, MONTHS -> days;
            case WORKDAYS -> workdays;
            case HOURS -> hours;
        };
    }
}
