package cn.scorecard.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.core.calendar.WorkCalendar;
import cn.scorecard.core.cases.CaseNumber;
import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.CaseType;
import cn.scorecard.core.cases.StepType;
import cn.scorecard.core.cases.Times;
import cn.scorecard.core.data.Payment;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.data.StaffMember;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoCaseInvariantsTest {
    private final ProvinceData data = DemoFixtures.province();
    private final CaseTable t = data.cases();
    private final int end = Times.day(DemoFixtures.SPEC.evaluationEnd());

    @Test
    void generatesExactlyTheRequestedNumberOfCases() {
        assertThat(t.size()).isEqualTo(20_000);
    }

    @Test
    void casesAreFiledOnWorkingDaysOnly() {
        WorkCalendar calendar = WorkCalendar.bundled();
        List<String> offDays = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            if (!calendar.isWorkDay(Times.date(t.filed(r)))) offDays.add(t.number(r) + " " + Times.format(t.filed(r)));
        }
        assertThat(offDays).isEmpty();
    }

    @Test
    void stepsAreNeverBeforeFilingNorAfterTheEvaluationEnd() {
        List<String> wrong = new ArrayList<>();
        for (StepType s : StepType.values()) {
            int[] col = t.stepColumn(s);
            if (col == null) continue;
            for (int r = 0; r < t.size(); r++) {
                if (col[r] == Times.NONE) continue;
                int day = Times.dayOfMinute(col[r]);
                if (col[r] < t.filed(r) * Times.MINUTES_PER_DAY || day > end) wrong.add(t.number(r) + " " + s);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void closingIsNotBeforeFilingAndNotAfterTheEvaluationEnd() {
        for (int r = 0; r < t.size(); r++) {
            assertThat(t.filed(r)).isLessThanOrEqualTo(end);
            if (t.isClosed(r)) {
                assertThat(t.closed(r)).as(t.number(r)).isBetween(t.filed(r), end);
                assertThat(t.method(r)).isNotNull();
            } else {
                assertThat(t.method(r)).isNull();
            }
        }
    }

    @Test
    void caseNumbersCarryTheFilingYearCourtPrefixAndType() {
        for (int r = 0; r < t.size(); r += 7) {
            CaseNumber n = CaseNumber.parse(t.number(r));
            assertThat(n.year()).isEqualTo(Times.date(t.filed(r)).getYear());
            assertThat(n.type()).isEqualTo(t.type(r));
            assertThat(n.courtPrefix()).startsWith("江");
        }
    }

    @Test
    void handlingStaffBelongToTheCourtAndWereInPost() {
        for (int r = 0; r < t.size(); r++) {
            StaffMember judge = data.staff().get(t.judge(r));
            assertThat(judge.court()).isEqualTo(t.court(r));
            assertThat(data.staff().get(t.clerk(r)).court()).isEqualTo(t.court(r));
            StaffMember assistant = data.staff().get(t.assistant(r));
            assertThat(assistant.activeOn(Times.date(t.filed(r)))).as(t.number(r)).isTrue();
        }
    }

    @Test
    void reviewTypeCasesOnlyAtUpperCourts() {
        for (int r = 0; r < t.size(); r++) {
            CaseType type = t.type(r);
            if (type == CaseType.REVIEW || type == CaseType.SUPERVISION || type == CaseType.REQUEST) {
                assertThat(data.courts().get(t.court(r)).level().name()).isNotEqualTo("BASIC");
            }
        }
    }

    @Test
    void moreFilingsPerWorkingDayAtYearEndThanAroundSpringFestival() {
        int[] perMonth = new int[13];
        for (int r = 0; r < t.size(); r++) perMonth[Times.date(t.filed(r)).getMonthValue()]++;
        assertThat(perMonth[Month.DECEMBER.getValue()]).isGreaterThan(perMonth[Month.FEBRUARY.getValue()] * 5 / 4);
        assertThat(perMonth[Month.NOVEMBER.getValue()]).isGreaterThan(perMonth[Month.JANUARY.getValue()]);
    }

    @Test
    void paymentsAreReleasedAfterArrivalAndBelongToCasesWithMoney() {
        for (Payment p : data.payments()) {
            assertThat(p.amountFen()).isPositive();
            assertThat(p.arrivedMinute()).isGreaterThanOrEqualTo(t.filed(p.caseRow()) * Times.MINUTES_PER_DAY);
            if (p.releasedMinute() != Times.NONE) assertThat(p.releasedMinute()).isGreaterThan(p.arrivedMinute());
            assertThat(Times.dayOfMinute(p.arrivedMinute())).isLessThanOrEqualTo(end);
            assertThat(t.type(p.caseRow()).isImplementation()).isTrue();
        }
        assertThat(data.payments()).hasSizeGreaterThan(t.size() / 10);
    }

    @Test
    void fieldActionsUseBodyCamerasMostly() {
        long used = data.fieldActions().stream().filter(a -> a.recorderUsed()).count();
        assertThat(data.fieldActions()).isNotEmpty();
        assertThat((double) used / data.fieldActions().size()).isBetween(0.8, 0.97);
    }

    @Test
    void evaluationEndBeforeYearEndStopsFilingThere() {
        DemoSpec spec = DemoSpec.defaults(5L).withCases(2_000).withEvaluationEnd(LocalDate.of(2025, 6, 30));
        CaseTable cases = DemoProvince.generate(spec).cases();
        int cutoff = Times.day(spec.evaluationEnd());
        for (int r = 0; r < cases.size(); r++) {
            assertThat(cases.filed(r)).isLessThanOrEqualTo(cutoff);
            if (cases.isClosed(r)) assertThat(cases.closed(r)).isLessThanOrEqualTo(cutoff);
        }
    }
}
