package cn.scorecard.core.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The step column keeps the first occurrence; the later occurrences of repeatable steps are kept aside (sparse),
 * follow their case when the builder sorts the rows by court, and are found by {@link CaseTable#stepAtOrAfter}.
 */
class CaseTableRepeatedStepsTest {
    private static final int DAY = Times.MINUTES_PER_DAY;

    @Test
    void keepsEveryOccurrenceOfARepeatableStepAndOnlyTheFirstOfASingleOne() {
        CaseTableBuilder b = new CaseTableBuilder(2);
        // added court 1 first: the build moves it after court 0's case
        int a = openCase(b, 1, "（2025）江0102执1号");
        int c = openCase(b, 0, "（2025）江0101执1号");
        int base = 20_000 * DAY;
        // out of order, with a repeated minute
        b.step(a, StepType.TRADITIONAL_SEARCH, base + 500);
        b.step(a, StepType.TRADITIONAL_SEARCH, base + 100);
        b.step(a, StepType.TRADITIONAL_SEARCH, base + 900);
        b.step(a, StepType.TRADITIONAL_SEARCH, base + 500);
        b.step(a, StepType.EXECUTION_NOTICE, base + 300);
        b.step(a, StepType.EXECUTION_NOTICE, base + 200);
        b.step(c, StepType.TRADITIONAL_SEARCH, base + 700);
        CaseTable t = b.build();
        int ra = b.newRow(a);
        int rc = b.newRow(c);
        assertThat(ra).isEqualTo(1);

        assertThat(t.step(ra, StepType.TRADITIONAL_SEARCH)).isEqualTo(base + 100);
        assertThat(t.laterSteps(ra, StepType.TRADITIONAL_SEARCH)).containsExactly(base + 500, base + 900);
        assertThat(t.stepAtOrAfter(ra, StepType.TRADITIONAL_SEARCH, base + 100)).isEqualTo(base + 100);
        assertThat(t.stepAtOrAfter(ra, StepType.TRADITIONAL_SEARCH, base + 101)).isEqualTo(base + 500);
        assertThat(t.stepAtOrAfter(ra, StepType.TRADITIONAL_SEARCH, base + 501)).isEqualTo(base + 900);
        assertThat(t.stepAtOrAfter(ra, StepType.TRADITIONAL_SEARCH, base + 901)).isEqualTo(Times.NONE);

        // a single step: the earliest only
        assertThat(t.step(ra, StepType.EXECUTION_NOTICE)).isEqualTo(base + 200);
        assertThat(t.laterSteps(ra, StepType.EXECUTION_NOTICE)).isEmpty();
        assertThat(t.stepAtOrAfter(ra, StepType.EXECUTION_NOTICE, base + 250)).isEqualTo(Times.NONE);

        assertThat(t.step(rc, StepType.TRADITIONAL_SEARCH)).isEqualTo(base + 700);
        assertThat(t.laterSteps(rc, StepType.TRADITIONAL_SEARCH)).isEmpty();
        assertThat(t.stepAtOrAfter(rc, StepType.ONLINE_CONTROL, base)).isEqualTo(Times.NONE);
    }

    @Test
    void aCaseWhoseStepsAreInterruptedByAnotherCaseKeepsTheSameSteps() {
        CaseTableBuilder b = new CaseTableBuilder(1);
        int a = openCase(b, 0, "（2025）江0101执1号");
        int c = openCase(b, 0, "（2025）江0101执2号");
        int base = 20_000 * DAY;
        b.step(a, StepType.EXECUTION_NOTICE, base + 300);
        b.step(a, StepType.TRADITIONAL_SEARCH, base + 500);
        b.step(c, StepType.EXECUTION_NOTICE, base + 50);
        // back to the first case: its types are known again from its steps, not from the other case's
        b.step(a, StepType.EXECUTION_NOTICE, base + 200);
        b.step(a, StepType.TRADITIONAL_SEARCH, base + 900);
        b.step(a, StepType.ONLINE_CONTROL, base + 400);
        b.step(c, StepType.TRADITIONAL_SEARCH, base + 600);
        CaseTable t = b.build();
        int ra = b.newRow(a);
        int rc = b.newRow(c);

        assertThat(t.step(ra, StepType.EXECUTION_NOTICE)).isEqualTo(base + 200);
        assertThat(t.laterSteps(ra, StepType.EXECUTION_NOTICE)).isEmpty();
        assertThat(t.step(ra, StepType.TRADITIONAL_SEARCH)).isEqualTo(base + 500);
        assertThat(t.laterSteps(ra, StepType.TRADITIONAL_SEARCH)).containsExactly(base + 900);
        assertThat(t.step(ra, StepType.ONLINE_CONTROL)).isEqualTo(base + 400);
        assertThat(t.step(rc, StepType.EXECUTION_NOTICE)).isEqualTo(base + 50);
        assertThat(t.step(rc, StepType.TRADITIONAL_SEARCH)).isEqualTo(base + 600);
        assertThat(t.laterSteps(rc, StepType.TRADITIONAL_SEARCH)).isEmpty();
    }

    /** An open first-enforcement case filed on day 20,000. */
    private static int openCase(CaseTableBuilder b, int court, String number) {
        return b.addCase(court, number, CaseType.FIRST_ENFORCEMENT, 20_000, Times.NONE, null, null, -1, -1, 0, -1, -1);
    }
}
