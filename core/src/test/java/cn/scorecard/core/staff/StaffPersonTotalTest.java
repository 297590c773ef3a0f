package cn.scorecard.core.staff;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.demo.DemoProvince;
import cn.scorecard.core.demo.DemoSpec;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * One person's total from only the cases that name them (the officer's planner asks it per action) is the total the
 * whole assessment gives that person, for every person of a demo province and two months.
 */
class StaffPersonTotalTest {
    @Test
    void onePersonsTotalIsTheAssessmentsTotal() {
        ProvinceData data = DemoProvince.generate(DemoSpec.defaults(7L).withCases(6_000));
        StaffAssessor assessor = new StaffAssessor(data, StaffRuleSets.bundled(), StaffInputs.empty());
        int compared = 0;
        for (YearMonth month : new YearMonth[] {YearMonth.of(2025, 6), YearMonth.of(2025, 11)}) {
            MonthlyAssessment all = assessor.assess(month);
            for (PersonResult p : all.people()) {
                int[] rows = StaffAssessor.rowsNaming(data.cases(), p.staff());
                assertThat(assessor.totalOf(p.staff(), month, rows)).as(p.staffId() + " " + month).isEqualTo(p.total());
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(20);
    }
}
