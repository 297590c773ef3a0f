package cn.scorecard.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.core.cases.CaseFlag;
import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.StepType;
import cn.scorecard.core.data.ProvinceData;
import java.time.LocalDate;

/** Equality of two ProvinceData, column by column (CaseTable and WorkCalendar have no equals). */
public final class DataAssertions {
    private DataAssertions() {
    }

    public static void assertSameData(ProvinceData actual, ProvinceData expected) {
        assertThat(actual.courts().all()).isEqualTo(expected.courts().all());
        assertThat(actual.staff()).isEqualTo(expected.staff());
        assertSameCases(actual.cases(), expected.cases(), expected.courts().size());
        assertThat(actual.payments()).isEqualTo(expected.payments());
        assertThat(actual.fieldActions()).isEqualTo(expected.fieldActions());
        assertThat(actual.petitions()).isEqualTo(expected.petitions());
        assertThat(actual.matters()).isEqualTo(expected.matters());
        assertThat(actual.compensations()).isEqualTo(expected.compensations());
        assertThat(actual.disciplines()).isEqualTo(expected.disciplines());
        assertThat(actual.evidence()).isEqualTo(expected.evidence());
        assertThat(actual.statistics()).isEqualTo(expected.statistics());
        assertThat(actual.terminationOverrides()).isEqualTo(expected.terminationOverrides());
        for (LocalDate d = LocalDate.of(2016, 1, 1); d.getYear() < 2031; d = d.plusDays(1)) {
            assertThat(actual.calendar().isWorkDay(d)).as("work day %s", d).isEqualTo(expected.calendar().isWorkDay(d));
        }
    }

    /**
     * The recorded deducted intervals and extensions and the two deadlines derived from them, row by row: what a
     * snapshot must bring back beside the columns {@link #assertSameData} compares.
     */
    public static void assertSamePeriods(CaseTable a, CaseTable e) {
        assertThat(a.size()).isEqualTo(e.size());
        for (int r = 0; r < e.size(); r++) {
            String at = "row " + r + " " + e.number(r);
            assertThat(a.adjustments(r)).as(at + " adjustments").isEqualTo(e.adjustments(r));
            assertThat(a.statutoryDeadline(r)).as(at).isEqualTo(e.statutoryDeadline(r));
            assertThat(a.absoluteDeadline(r)).as(at).isEqualTo(e.absoluteDeadline(r));
        }
    }

    public static void assertSameCases(CaseTable a, CaseTable e, int courtCount) {
        assertThat(a.size()).isEqualTo(e.size());
        for (int c = 0; c < courtCount; c++) {
            assertThat(a.courtStart(c)).isEqualTo(e.courtStart(c));
            assertThat(a.courtEnd(c)).isEqualTo(e.courtEnd(c));
        }
        for (int r = 0; r < e.size(); r++) {
            String at = "row " + r + " " + e.number(r);
            assertThat(a.number(r)).as(at).isEqualTo(e.number(r));
            assertThat(a.type(r)).as(at).isEqualTo(e.type(r));
            assertThat(a.court(r)).as(at).isEqualTo(e.court(r));
            assertThat(a.judge(r)).as(at).isEqualTo(e.judge(r));
            assertThat(a.assistant(r)).as(at).isEqualTo(e.assistant(r));
            assertThat(a.clerk(r)).as(at).isEqualTo(e.clerk(r));
            for (CaseFlag f : CaseFlag.values()) assertThat(a.has(r, f)).as(at + " " + f).isEqualTo(e.has(r, f));
            for (StepType s : StepType.values()) {
                assertThat(a.step(r, s)).as(at + " " + s).isEqualTo(e.step(r, s));
                assertThat(a.laterSteps(r, s)).as(at + " later " + s).isEqualTo(e.laterSteps(r, s));
            }
        }
        assertThat(a.filedColumn()).isEqualTo(e.filedColumn());
        assertThat(a.closedColumn()).isEqualTo(e.closedColumn());
        assertThat(a.methodColumn()).isEqualTo(e.methodColumn());
        assertThat(a.categoryColumn()).isEqualTo(e.categoryColumn());
        assertThat(a.appliedColumn()).isEqualTo(e.appliedColumn());
        assertThat(a.deliveredColumn()).isEqualTo(e.deliveredColumn());
        assertThat(a.flagsColumn()).isEqualTo(e.flagsColumn());
        assertThat(a.deductedColumn()).isEqualTo(e.deductedColumn());
        assertThat(a.extendedColumn()).isEqualTo(e.extendedColumn());
        assertThat(a.typeColumn()).isEqualTo(e.typeColumn());
    }
}
