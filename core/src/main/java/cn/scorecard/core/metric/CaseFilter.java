package cn.scorecard.core.metric;

import cn.scorecard.core.cases.CaseTable;

/** A yes/no question about one case row in an evaluation context. */
@FunctionalInterface
interface CaseFilter {
    boolean test(EvaluationContext ctx, CaseTable cases, int row);
}
