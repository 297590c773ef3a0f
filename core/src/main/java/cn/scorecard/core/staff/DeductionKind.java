package cn.scorecard.core.staff;

import cn.scorecard.core.cases.CaseType;
import java.util.Set;

/**
 * One kind of deduction under an item (每1件扣0.5分 …).
 *
 * @param name the seed's wording of the behaviour; an incident names its kind by this, the short name or the code
 * @param unit 件, 次 or 份, as the seed counts it
 * @param source INCIDENT: recorded by the assessment group; COMPUTED: derived by {@code computation}
 * @param caseTypes for case-based computations, the case types looked at
 * @param incidentsAllowed recorded incidents add to a computed count (信访、督办 the system may not know of)
 */
public record DeductionKind(String code, String name, String shortName, double points, String unit,
                            Source source, Computation computation, Set<CaseType> caseTypes,
                            boolean incidentsAllowed) {
    public enum Source { INCIDENT, COMPUTED }

    public DeductionKind {
        caseTypes = caseTypes == null ? Set.of() : Set.copyOf(caseTypes);
    }

    /** Whether an incident's 事件类型 text names this kind. */
    public boolean isNamedBy(String text) {
        String t = text.trim();
        return t.equals(code) || t.equals(name) || (shortName != null && t.equals(shortName));
    }
}
