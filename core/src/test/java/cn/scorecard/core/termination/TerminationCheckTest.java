package cn.scorecard.core.termination;

import static cn.scorecard.core.cases.StepType.APPLICANT_INFORMED;
import static cn.scorecard.core.cases.StepType.CONSUMPTION_RESTRICTION;
import static cn.scorecard.core.cases.StepType.DISHONEST_LISTED;
import static cn.scorecard.core.cases.StepType.EXECUTION_NOTICE;
import static cn.scorecard.core.cases.StepType.ONLINE_SEARCH_START;
import static cn.scorecard.core.cases.StepType.PROPERTY_REPORT_ORDER;
import static cn.scorecard.core.cases.StepType.TRADITIONAL_SEARCH;
import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.core.cases.CaseFlag;
import cn.scorecard.core.cases.ClosingMethod;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.testing.TestProvince;
import org.junit.jupiter.api.Test;

class TerminationCheckTest {
    private final TestProvince p = new TestProvince().court("H", CourtLevel.HIGH, null);

    private int complete(String number, String filed, String closed) {
        int r = p.addCase("H", number, filed, closed, ClosingMethod.TERMINATED_THIS_ROUND);
        p.step(r, EXECUTION_NOTICE, filed).step(r, PROPERTY_REPORT_ORDER, filed)
                .step(r, ONLINE_SEARCH_START, filed + " 10:00").step(r, CONSUMPTION_RESTRICTION, filed + " 11:00")
                .step(r, DISHONEST_LISTED, filed + " 12:00").step(r, TRADITIONAL_SEARCH, filed + " 15:00")
                .step(r, APPLICANT_INFORMED, closed);
        return r;
    }

    @Test
    void aCompleteCaseIsCompliant() {
        int r = complete("（2024）江01执1号", "2024-01-10", "2024-05-10");
        ProvinceData d = p.build();
        TerminationVerdict v = new TerminationCheck(d.cases(), d.terminationOverrides()).verdict(p.row(r));
        assertThat(v.compliant()).isTrue();
        assertThat(v.failed()).isEmpty();
    }

    @Test
    void threeMonthsMeansMoreThanThreeMonths() {
        int onDay = complete("（2024）江01执1号", "2024-01-10", "2024-04-10");
        int after = complete("（2024）江01执2号", "2024-01-10", "2024-04-11");
        ProvinceData d = p.build();
        TerminationCheck check = new TerminationCheck(d.cases(), d.terminationOverrides());
        assertThat(ids(check.failedConditions(p.row(onDay)))).containsExactly("THREE_MONTHS");
        assertThat(ids(check.failedConditions(p.row(after)))).isEmpty();
    }

    @Test
    void namesEveryMissingConditionAndStepsAfterClosingDoNotCount() {
        int r = p.addCase("H", "（2024）江01执3号", "2024-01-10", "2024-06-10", ClosingMethod.TERMINATED_THIS_ROUND);
        p.step(r, EXECUTION_NOTICE, "2024-01-10").step(r, ONLINE_SEARCH_START, "2024-01-12")
                .step(r, PROPERTY_REPORT_ORDER, "2024-06-11").flag(r, CaseFlag.WHEREABOUTS_UNKNOWN);
        ProvinceData d = p.build();
        assertThat(ids(new TerminationCheck(d.cases(), d.terminationOverrides()).failedConditions(p.row(r))))
                .containsExactlyInAnyOrder("PROPERTY_REPORT_ORDER",
                        "CONSUMPTION_RESTRICTION", "DISHONEST_LISTED",
                        "TRADITIONAL_SEARCH", "WHEREABOUTS_SEARCH",
                        "APPLICANT_INFORMED");
    }

    @Test
    void dishonestListNotRequiredWhereTheLawDoesNotAllowIt() {
        int r = p.addCase("H", "（2024）江01执4号", "2024-01-10", "2024-06-10", ClosingMethod.TERMINATED_THIS_ROUND);
        p.step(r, EXECUTION_NOTICE, "2024-01-10").step(r, PROPERTY_REPORT_ORDER, "2024-01-10")
                .step(r, ONLINE_SEARCH_START, "2024-01-11").step(r, CONSUMPTION_RESTRICTION, "2024-01-11")
                .step(r, TRADITIONAL_SEARCH, "2024-02-01").step(r, APPLICANT_INFORMED, "2024-06-01")
                .flag(r, CaseFlag.DISHONEST_NOT_APPLICABLE);
        ProvinceData d = p.build();
        assertThat(new TerminationCheck(d.cases(), d.terminationOverrides()).isCompliant(p.row(r))).isTrue();
    }

    @Test
    void anAssessorOverridesWithAReasonAndTheFailuresStayVisible() {
        int r = p.addCase("H", "（2024）江01执5号", "2024-01-10", "2024-06-10", ClosingMethod.TERMINATED_THIS_ROUND);
        p.override(r, true, "线下查询记录在纸质卷宗中，已核实");
        ProvinceData d = p.build();
        TerminationVerdict v = new TerminationCheck(d.cases(), d.terminationOverrides()).verdict(p.row(r));
        assertThat(v.compliant()).isTrue();
        assertThat(v.overridden()).isTrue();
        assertThat(v.overrideReason()).contains("纸质卷宗");
        assertThat(v.failed()).isNotEmpty();
    }

    private static java.util.List<String> ids(java.util.List<cn.scorecard.core.termination.TerminationCondition> failed) {
        return failed.stream().map(cn.scorecard.core.termination.TerminationCondition::id).toList();
    }
}
