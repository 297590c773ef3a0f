package cn.scorecard.core.staff;

import cn.scorecard.core.cases.CaseType;
import cn.scorecard.core.data.StaffRole;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A case-based computation with its parameters, as one rule uses it; the facts it finds are filed under
 * {@code key} (the item code for quotas and stocks, the deduction-kind code for counts).
 *
 * @param index position in the plan, for per-month thresholds
 * @param typeMask bit per {@link CaseType} ordinal of the case types looked at
 */
record CaseMeasure(int index, String key, Computation computation, int typeMask, int olderThanMonths) {
    boolean covers(int typeOrdinal) {
        return (typeMask & (1 << typeOrdinal)) != 0;
    }

    static int mask(Set<CaseType> types) {
        int mask = 0;
        for (CaseType t : types) mask |= 1 << t.ordinal();
        return mask;
    }

    /** The case measures of a rule set, per role ordinal. */
    record Plan(List<CaseMeasure> all, CaseMeasure[][] byRole) {
        static Plan of(StaffRuleSet rules) {
            List<CaseMeasure> all = new ArrayList<>();
            Map<StaffRole, List<CaseMeasure>> byRole = new EnumMap<>(StaffRole.class);
            for (RuleItem item : rules.items()) {
                List<CaseMeasure> found = new ArrayList<>();
                if (item.rule() instanceof QuotaRule q) {
                    found.add(new CaseMeasure(all.size(), item.code(), Computation.CLOSURES, mask(q.caseTypes()), 0));
                } else if (item.rule() instanceof ReductionRule r) {
                    found.add(new CaseMeasure(all.size(), item.code(), r.stock(), mask(r.caseTypes()), r.olderThanMonths()));
                } else if (item.rule() instanceof PerOccurrenceRule p) {
                    for (DeductionKind k : p.deductions()) {
                        if (k.computation() != null && k.computation().onCases()) {
                            found.add(new CaseMeasure(all.size() + found.size(), k.code(), k.computation(),
                                    mask(k.caseTypes()), 0));
                        }
                    }
                }
                all.addAll(found);
                for (StaffRole role : item.roles()) byRole.computeIfAbsent(role, x -> new ArrayList<>()).addAll(found);
            }
            CaseMeasure[][] table = new CaseMeasure[StaffRole.values().length][];
            for (StaffRole role : StaffRole.values()) {
                table[role.ordinal()] = byRole.getOrDefault(role, List.of()).toArray(new CaseMeasure[0]);
            }
            return new Plan(List.copyOf(all), table);
        }
    }
}
