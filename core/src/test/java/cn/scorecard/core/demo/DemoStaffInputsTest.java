package cn.scorecard.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.data.StaffMember;
import cn.scorecard.core.data.StaffRole;
import cn.scorecard.core.io.DataDirectoryReader;
import cn.scorecard.core.io.ReadRules;
import cn.scorecard.core.io.StaffInputFileWriter;
import cn.scorecard.core.staff.MonthlyAssessment;
import cn.scorecard.core.staff.StaffAssessor;
import cn.scorecard.core.staff.StaffInputs;
import cn.scorecard.core.staff.StaffRuleSet;
import cn.scorecard.core.staff.StaffRuleSets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoStaffInputsTest {
    private final StaffRuleSet rules = StaffRuleSets.bundled();
    private final ProvinceData data = DemoFixtures.province();
    private final StaffInputs inputs = DemoStaffInputs.generate(DemoFixtures.SPEC, data, rules);

    @Test
    void everyAssessedOfficerHasWhatTheAssessmentNeeds() {
        // a quota for every judge and assistant and every month of the span they were in post
        for (int p = 0; p < data.staff().size(); p++) {
            StaffMember s = data.staff().get(p);
            int person = p;
            long months = inputs.quotas().stream().filter(q -> q.staff() == person).count();
            long inPost = Stream.iterate(YearMonth.of(2024, 1), m -> m.plusMonths(1)).limit(24)
                    .filter(m -> s.activeOn(m.atDay(1)) || s.activeOn(m.atEndOfMonth())).count();
            boolean quota = s.role() == StaffRole.JUDGE || s.role() == StaffRole.ASSISTANT;
            assertThat(months).as(s.id()).isEqualTo(quota ? inPost : 0);
        }
        assertThat(inputs.quotas()).allSatisfy(q -> {
            assertThat(q.month()).isNotNull();
            assertThat(q.quota()).isPositive();
        });
        // 16 courts × 24 months, about one incident per court every two months
        assertThat(inputs.incidents()).hasSizeBetween(100, 400);
        assertThat(inputs.vetoes()).hasSize(1);
        long clerks = data.staff().stream().filter(s -> s.role() == StaffRole.CLERK).count();
        assertThat(inputs.clerkEvaluations()).hasSizeBetween((int) clerks * 6, (int) clerks * 8);
    }

    @Test
    void sameSpecSameInputs() {
        assertThat(DemoStaffInputs.generate(DemoFixtures.SPEC, data, rules)).isEqualTo(inputs);
    }

    @Test
    void writtenFilesReadBackEqual(@TempDir Path dir) {
        StaffInputFileWriter.write(inputs, data.staff(), rules, dir);
        StaffInputs back = DataDirectoryReader.readStaffInputs(dir, ReadRules.withStaffRules(rules), data.staff());
        assertThat(back).isEqualTo(inputs);
    }

    @Test
    void monthsAreAssessedWithQuotasAndIncidents() {
        MonthlyAssessment march = new StaffAssessor(data, rules, inputs).assess(YearMonth.of(2025, 3));
        assertThat(march.people()).isNotEmpty();
        assertThat(march.people()).anySatisfy(p -> assertThat(p.failed()).isTrue());
        assertThat(march.people()).anySatisfy(p -> assertThat(p.passed()).isTrue());
    }
}
