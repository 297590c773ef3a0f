package cn.scorecard.core.demo;

import cn.scorecard.core.cases.ClosingMethod;
import cn.scorecard.core.cases.StepType;
import cn.scorecard.core.cases.Times;

/**
 * Turns planned days into step times. Officers act in office hours; a quality factor below 1 makes a
 * court late more often ({@link #late}), above 1 less often.
 */
final class Clock {
    private static final int OFFICE_START = 8 * 60 + 30;
    private static final int OFFICE_END = 17 * 60 + 30;

    private final Rand rand;
    private final WorkDays workDays;

    Clock(Rand rand, WorkDays workDays) {
        this.rand = rand;
        this.workDays = workDays;
    }

    /** A minute in office hours of {@code day}. */
    int at(int day) {
        return day * Times.MINUTES_PER_DAY + rand.between(OFFICE_START, OFFICE_END);
    }

    /** A minute in office hours of {@code day}, but after {@code notBefore} (steps of a chain keep their order). */
    int atAfter(int day, int notBefore) {
        int m = at(day);
        return m > notBefore ? m : notBefore + rand.between(10, 120);
    }

    /** A minute in office hours of the first working day on or after {@code day}. */
    int atWork(int day) {
        return at(workDays.onOrAfter(day));
    }

    int workDaysAfter(int day, int n) {
        return workDays.addWorkDays(day, n);
    }

    static int dayOf(int minute) {
        return Math.floorDiv(minute, Times.MINUTES_PER_DAY);
    }

    /**
     * Whether a routine step is recorded. A 终本 case lacks only its {@link CaseDraft#omitted} step, so
     * that about 90% of 终本 cases are compliant; other cases miss it with probability {@code missing}.
     */
    boolean recorded(CaseDraft d, StepType step, double missing) {
        if (d.method == ClosingMethod.TERMINATED_THIS_ROUND) return d.omitted != step;
        return !late(missing, d.quality);
    }

    /** A delay in [from, to], or in [lateFrom, lateTo] when the court is late (probability {@code p}). */
    int delay(CaseDraft d, double p, int from, int to, int lateFrom, int lateTo) {
        return late(p, d.quality) ? rand.between(lateFrom, lateTo) : rand.between(from, to);
    }

    /** True with probability {@code p}, scaled up for weak courts and down for strong ones. */
    boolean late(double p, double quality) {
        double factor = (2 - quality) * (2 - quality);
        return rand.chance(p * factor);
    }
}
