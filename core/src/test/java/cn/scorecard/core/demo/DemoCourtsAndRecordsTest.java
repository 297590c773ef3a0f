package cn.scorecard.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.core.cases.ClosingMethod;
import cn.scorecard.core.court.Court;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.data.EvidenceRecord;
import cn.scorecard.core.data.EvidenceStatus;
import cn.scorecard.core.data.PetitionSource;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.data.StaffMember;
import cn.scorecard.core.data.StaffRole;
import cn.scorecard.core.data.StatisticItem;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class DemoCourtsAndRecordsTest {
    private final ProvinceData data = DemoFixtures.province();

    @Test
    void oneHighThreeIntermediateTwelveBasicCourtsOfTheFictionalProvince() {
        assertThat(data.courts().all()).filteredOn(c -> c.level() == CourtLevel.HIGH).hasSize(1)
                .first().extracting(Court::name).isEqualTo("江川省高级人民法院");
        assertThat(data.courts().all()).filteredOn(c -> c.level() == CourtLevel.INTERMEDIATE).hasSize(3)
                .allSatisfy(c -> assertThat(c.name()).startsWith("江川省").endsWith("市中级人民法院"));
        assertThat(data.courts().all()).filteredOn(c -> c.level() == CourtLevel.BASIC).hasSize(12)
                .allSatisfy(c -> assertThat(c.name()).matches(".+市.+[区县]人民法院"));
        assertThat(data.courts().all()).filteredOn(Court::keyCity).hasSize(1);
    }

    @Test
    void teamsHaveAboutOnePointTwoAssistantsPerJudgeAndOneClerk() {
        long judges = count(StaffRole.JUDGE);
        assertThat(count(StaffRole.CLERK)).isEqualTo(judges);
        assertThat((double) count(StaffRole.ASSISTANT) / judges).isBetween(1.1, 1.3);
        assertThat(data.staff()).filteredOn(m -> m.joined() != null).isNotEmpty();
    }

    @Test
    void mostPoliticalEstablishmentStaffAreTwentyTwoToFifty() {
        LocalDate end = DemoFixtures.SPEC.evaluationEnd();
        long political = data.staff().stream().filter(StaffMember::politicalEstablishment).count();
        long young = data.staff().stream().filter(StaffMember::politicalEstablishment)
                .filter(m -> Period.between(m.birthDate(), end).getYears() <= 50).count();
        assertThat((double) young / political).isBetween(0.78, 0.92);
        assertThat(data.staff()).allSatisfy(m ->
                assertThat(Period.between(m.birthDate(), end).getYears()).isBetween(24, 58));
    }

    @Test
    void statisticsForEveryCourtAndYearWithEnforcementAroundFifteenPercent() {
        for (int c = 0; c < data.courts().size(); c++) {
            for (int year = 2024; year <= 2025; year++) {
                double bureau = data.statistic(c, year, StatisticItem.ENFORCEMENT_ESTABLISHMENT);
                double court = data.statistic(c, year, StatisticItem.COURT_ESTABLISHMENT);
                assertThat(bureau / court).isBetween(0.11, 0.21);
                assertThat(data.statistic(c, year, StatisticItem.FIRST_INSTANCE_CIVIL_CASES)).isPositive();
            }
        }
    }

    @Test
    void petitionsAreMostlyLocalAndMostlyConcluded() {
        assertThat(data.petitions()).hasSizeGreaterThan(30);
        long assigned = data.petitions().stream().filter(p -> p.source() == PetitionSource.SPC_ASSIGNED).count();
        assertThat((double) assigned / data.petitions().size()).isBetween(0.03, 0.2);
    }

    @Test
    void evidenceForEveryCourtYearAndCode() {
        int expected = data.courts().size() * 2 * DemoFixtures.EVIDENCE.size();
        assertThat(data.evidence()).hasSize(expected);
        long met = data.evidence().stream().filter(e -> e.status() == EvidenceStatus.MET).count();
        assertThat((double) met / expected).isBetween(0.7, 0.97);
        assertThat(data.evidence()).filteredOn(e -> e.indicatorCode().equals("B3.02.4"))
                .allSatisfy(e -> assertThat(e.count()).isNotNull());
        assertThat(data.evidence()).filteredOn(e -> e.indicatorCode().equals("B1.01.1"))
                .extracting(EvidenceRecord::count).containsOnlyNulls();
    }

    @Test
    void rareProvinceWideRecords() {
        assertThat(data.compensations()).hasSize(2);
        assertThat(data.disciplines()).hasSize(1);
        assertThat(data.terminationOverrides()).hasSize(2);
        data.terminationOverrides().forEach((row, o) ->
                assertThat(data.cases().method(row)).isEqualTo(ClosingMethod.TERMINATED_THIS_ROUND));
        assertThat(data.matters()).isNotEmpty();
    }

    @Test
    void tinyAndEmptyProvincesAreValid() {
        ProvinceData empty = DemoProvince.generate(DemoSpec.defaults(3L).withCases(0).withCourts(1, 1));
        assertThat(empty.courts().size()).isEqualTo(3);
        assertThat(empty.cases().size()).isZero();
        ProvinceData oneYear = DemoProvince.generate(DemoSpec.defaults(3L).withCases(500).withYears(2016, 2016));
        assertThat(oneYear.cases().size()).isEqualTo(500);
        assertThat(oneYear.statistics()).allSatisfy(st -> assertThat(st.year()).isEqualTo(2016));
    }

    private long count(StaffRole role) {
        return data.staff().stream().filter(m -> m.role() == role).count();
    }
}
