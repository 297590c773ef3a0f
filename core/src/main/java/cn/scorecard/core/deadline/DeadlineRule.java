package cn.scorecard.core.deadline;

import cn.scorecard.core.cases.CaseFlag;
import cn.scorecard.core.cases.CaseType;
import cn.scorecard.core.cases.StepType;
import java.util.List;
import java.util.Set;

/**
 * One node deadline: from {@code start} (a step, or the filing day when null) the first of {@code end} must
 * happen {@code within} the limit; cases carrying {@code exemptFlag} are exempt.
 */
public record DeadlineRule(String id, String name, Set<CaseType> caseTypes, StepType start, List<StepType> end,
                           Within within, CaseFlag exemptFlag) {
    public DeadlineRule {
        caseTypes = Set.copyOf(caseTypes);
        end = List.copyOf(end);
    }

    public boolean startsAtFiling() {
        return start == null;
    }
}
