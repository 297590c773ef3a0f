package cn.scorecard.core.staff;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.CaseType;
import cn.scorecard.core.cases.ClosingMethod;
import cn.scorecard.core.cases.StepType;
import cn.scorecard.core.data.StaffRole;
import cn.scorecard.core.termination.TerminationCheck;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The 终本 conditions evaluated for a case still open, as of a day, without changing the closed-case check. */
class StaffTerminationAsOfTest {
    @Test
    void anOpenCaseMeetsTheConditionsOnceOldEnoughAndAllStepsAreDone() {
        StaffFixture f = new StaffFixture();
        int judge = f.person("J1", StaffRole.JUDGE, "");
        int open = f.openCase("2023-12-15", judge);
        f.terminationStepsExcept(open, "2024-01-20", StepType.APPLICANT_INFORMED);
        f.step(open, StepType.APPLICANT_INFORMED, "2024-03-20");
        int closed = f.addCase(CaseType.FIRST_ENFORCEMENT, "2023-10-01", "2024-03-10", ClosingMethod.TERMINATED_THIS_ROUND, judge, -1, -1);
        f.terminationSteps(closed, "2023-11-20");
        CaseTable t = f.data().cases();
        TerminationCheck check = new TerminationCheck(t, Map.of());
        int o = f.cases.newRow(open);
        assertThat(ids(check.failedConditionsAsOf(o, StaffFixture.day("2024-03-15"))))
                .containsExactlyInAnyOrder("THREE_MONTHS", "APPLICANT_INFORMED");
        assertThat(ids(check.failedConditionsAsOf(o, StaffFixture.day("2024-03-19")))).containsExactly("APPLICANT_INFORMED");
        assertThat(ids(check.failedConditionsAsOf(o, StaffFixture.day("2024-03-20")))).isEmpty();
        int c = f.cases.newRow(closed);
        assertThat(ids(check.failedConditions(c))).isEmpty();
        assertThat(check.failedConditions(c)).isEqualTo(check.failedConditionsAsOf(c, t.closed(c)));
        assertThat(check.isCompliant(c)).isTrue();
    }

    private static java.util.List<String> ids(java.util.List<cn.scorecard.core.termination.TerminationCondition> failed) {
        return failed.stream().map(cn.scorecard.core.termination.TerminationCondition::id).toList();
    }
}
