package cn.scorecard.core.metric;

import cn.scorecard.core.cases.CaseType;
import cn.scorecard.core.cases.StepType;
import cn.scorecard.core.cases.Times;

/** The case populations and conditions the metrics are built from. */
final class CaseFilters {
    private CaseFilters() {
    }

    static CaseFilter filedInPeriod(CaseType... types) {
        return (ctx, t, r) -> ofType(t.type(r), types) && ctx.inPeriod(t.filed(r));
    }

    static CaseFilter closedInPeriod(CaseType... types) {
        return (ctx, t, r) -> ofType(t.type(r), types) && ctx.inPeriod(t.closed(r));
    }

    static CaseFilter terminatedInPeriod() {
        return (ctx, t, r) -> t.isTermination(r) && ctx.inPeriod(t.closed(r))
                && t.type(r) == CaseType.FIRST_ENFORCEMENT;
    }

    /** The step happened within the period (any occurrence of a repeatable step: a second auction counts). */
    static CaseFilter stepInPeriod(StepType... steps) {
        return (ctx, t, r) -> {
            for (StepType s : steps) {
                int m = t.stepAtOrAfter(r, s, ctx.periodStart() * Times.MINUTES_PER_DAY);
                if (m != Times.NONE && ctx.inPeriod(Times.dayOfMinute(m))) return true;
            }
            return false;
        };
    }

    /** The step happened at all (up to the end of the period). */
    static CaseFilter hasStep(StepType step) {
        return (ctx, t, r) -> {
            int m = t.step(r, step);
            return m != Times.NONE && Times.dayOfMinute(m) <= ctx.periodEnd();
        };
    }

    private static boolean ofType(CaseType type, CaseType[] types) {
        for (CaseType c : types) {
            if (c == type) return true;
        }
        return false;
    }
}
