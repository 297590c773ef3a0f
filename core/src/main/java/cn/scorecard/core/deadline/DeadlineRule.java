package cn.scorecard.core.deadline;

import cn.scorecard.core.cases.CaseFlag;
import cn.scorecard.core.cases.CaseType;
import cn.scorecard.core.cases.StepType;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One node deadline: from {@code start} (a step, or the filing day when null) the first of {@code end} must
 * happen {@code within} the limit; cases carrying {@code exemptFlag} are exempt.
 */
public record DeadlineRule(String id, String name, Set<CaseType> caseTypes, StepType start, List<StepType> end,
                           Within within, CaseFlag exemptFlag) {
    public DeadlineRule {
        // an enum set: the metrics ask every case whether its type is covered, and a bit test is what that costs
        caseTypes = Collections.unmodifiableSet(caseTypes.isEmpty() ? EnumSet.noneOf(CaseType.class) : EnumSet.copyOf(caseTypes));
        end = List.copyOf(end);
    }

    public boolean startsAtFiling() {
        return start == null;
    }
}
