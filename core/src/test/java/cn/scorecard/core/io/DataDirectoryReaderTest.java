package cn.scorecard.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.core.cases.CaseCategory;
import cn.scorecard.core.cases.CaseFlag;
import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.CaseType;
import cn.scorecard.core.cases.ClosingMethod;
import cn.scorecard.core.cases.StepType;
import cn.scorecard.core.cases.Times;
import cn.scorecard.core.court.Court;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.data.CourtStatistic;
import cn.scorecard.core.data.Discipline;
import cn.scorecard.core.data.EvidenceRecord;
import cn.scorecard.core.data.EvidenceStatus;
import cn.scorecard.core.data.FieldAction;
import cn.scorecard.core.data.Matter;
import cn.scorecard.core.data.MatterType;
import cn.scorecard.core.data.Payment;
import cn.scorecard.core.data.Petition;
import cn.scorecard.core.data.PetitionSource;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.data.StaffMember;
import cn.scorecard.core.data.StaffRole;
import cn.scorecard.core.data.StateCompensation;
import cn.scorecard.core.data.StatisticItem;
import cn.scorecard.core.data.TerminationOverride;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simple province (1 high, 1 intermediate, 2 basic courts, 10 cases). Table rows are sorted by court:
 * 0 豫执复1 | 1 豫13执异3, 2 豫13执7 | 3 豫1302执1, 4 执2, 5 执3, 6 执保5 | 7 豫1303执1, 8 执恢2, 9 执8.
 */
class DataDirectoryReaderTest {
    private static ProvinceData data;
    private static CaseTable cases;

    @BeforeAll
    static void read() {
        data = DataDirectoryReader.read(Fixtures.simple());
        cases = data.cases();
    }

    private static int day(int y, int m, int d) {
        return Times.day(LocalDate.of(y, m, d));
    }

    private static int minute(int y, int mo, int d, int h, int mi) {
        return Times.minute(LocalDateTime.of(y, mo, d, h, mi));
    }

    @Test
    void courtsKeepFileOrderAndHierarchy() {
        assertThat(data.courts().all()).containsExactly(
                new Court("豫", "河南省高级人民法院", CourtLevel.HIGH, null, false, false),
                new Court("豫13", "南阳市中级人民法院", CourtLevel.INTERMEDIATE, "豫", false, true),
                new Court("豫1302", "南阳市宛城区人民法院", CourtLevel.BASIC, "豫13", false, false),
                new Court("豫1303", "南阳市卧龙区人民法院", CourtLevel.BASIC, "豫13", false, false));
        assertThat(data.courts().childrenOf(1)).containsExactly(2, 3);
    }

    @Test
    void staffWithDateFormatsAndDefaults() {
        assertThat(data.staff()).hasSize(6);
        assertThat(data.staff().get(0)).isEqualTo(new StaffMember("P001", "张三", 2, StaffRole.JUDGE, "执行一团队",
                LocalDate.of(1980, 5, 12), true, true, LocalDate.of(2015, 3, 1), null));
        assertThat(data.staff().get(1).birthDate()).isEqualTo(LocalDate.of(1990, 7, 1));
        assertThat(data.staff().get(3).birthDate()).isEqualTo(LocalDate.of(1975, 1, 2));
        assertThat(data.staff().get(3).left()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(data.staff().get(4).politicalEstablishment()).isTrue(); // Y
        assertThat(data.staff().get(5).enforcementBureau()).isFalse();
        assertThat(data.staff().get(4).team()).isNull();
    }

    @Test
    void casesAreClusteredByCourtTypeAndClosingDayWithTypesFromTheCaseNumber() {
        assertThat(cases.size()).isEqualTo(10);
        assertThat(cases.courtStart(2)).isEqualTo(3);
        assertThat(cases.courtEnd(2)).isEqualTo(7);
        java.util.List<String> rows = java.util.stream.IntStream.range(0, cases.size()).mapToObj(cases::number).toList();
        assertThat(rows).containsExactly("（2024）豫执复1号",
                "（2024）豫13执7号", "（2024）豫13执异3号",
                "（2024）豫1302执1号", "（2024）豫1302执2号", "（2024）豫1302执3号", "（2024）豫1302执保5号",
                "（2024）豫1303执1号", "（2024）豫1303执8号", "（2024）豫1303执恢2号");
        assertThat(cases.type(row("（2024）豫执复1号"))).isEqualTo(CaseType.REVIEW);
        assertThat(cases.type(row("（2024）豫13执异3号"))).isEqualTo(CaseType.OBJECTION);
        assertThat(cases.type(row("（2024）豫1302执保5号"))).isEqualTo(CaseType.PRESERVATION);
        // Half-width brackets in the file become the canonical full-width ones.
        assertThat(cases.type(row("（2024）豫1303执恢2号"))).isEqualTo(CaseType.RESUMED_ENFORCEMENT);
    }

    @Test
    void caseColumns() {
        assertThat(cases.filed(row("（2024）豫1302执2号"))).isEqualTo(day(2024, 1, 10));
        assertThat(cases.closed(row("（2024）豫1302执2号"))).isEqualTo(day(2024, 6, 28));
        assertThat(cases.method(row("（2024）豫1302执2号"))).isEqualTo(ClosingMethod.TERMINATED_THIS_ROUND);
        assertThat(cases.method(row("（2024）豫1303执8号"))).isEqualTo(ClosingMethod.TERMINATED_THIS_ROUND); // 终本
        assertThat(cases.isClosed(row("（2024）豫1302执3号"))).isFalse();
        assertThat(cases.method(row("（2024）豫1302执3号"))).isNull();
        assertThat(cases.filed(row("（2024）豫1303执1号"))).isEqualTo(day(2024, 1, 15)); // 2024/1/15
        assertThat(cases.category(row("（2024）豫1302执3号"))).isEqualTo(CaseCategory.ARBITRATION);
        assertThat(cases.category(row("（2024）豫执复1号"))).isNull();
        assertThat(cases.applied(row("（2024）豫1302执2号"))).isEqualTo(25_000_050L);
        assertThat(cases.delivered(row("（2024）豫1302执2号"))).isZero();
        assertThat(cases.delivered(row("（2024）豫1302执3号"))).isEqualTo(-1);
        assertThat(cases.applied(row("（2024）豫1303执1号"))).isEqualTo(500_005L);
        assertThat(cases.delivered(row("（2024）豫1303执8号"))).isEqualTo(120_030L);
        assertThat(cases.judge(row("（2024）豫1302执1号"))).isEqualTo(0);
        assertThat(cases.assistant(row("（2024）豫1302执1号"))).isEqualTo(1);
        assertThat(cases.clerk(row("（2024）豫1302执1号"))).isEqualTo(2);
        assertThat(cases.assistant(row("（2024）豫1302执3号"))).isEqualTo(-1);
        assertThat(cases.judge(row("（2024）豫执复1号"))).isEqualTo(-1);
    }

    @Test
    void flagsFromCaseColumnsAndSteps() {
        assertThat(flags(row("（2024）豫1302执2号"))).containsExactlyInAnyOrder(CaseFlag.WHEREABOUTS_UNKNOWN, CaseFlag.AUCTION, CaseFlag.ONLINE_AUCTION);
        assertThat(flags(row("（2024）豫1302执3号"))).containsExactly(CaseFlag.REMOTE_CONTROL);
        assertThat(flags(row("（2024）豫1303执恢2号"))).containsExactlyInAnyOrder(CaseFlag.DISHONEST_NOT_APPLICABLE, CaseFlag.AUCTION);
        assertThat(flags(row("（2024）豫1303执8号"))).containsExactlyInAnyOrder(CaseFlag.WHEREABOUTS_UNKNOWN, CaseFlag.DISHONEST_NOT_APPLICABLE);
        assertThat(flags(row("（2024）豫13执7号"))).containsExactly(CaseFlag.OUTSIDE_SYSTEM);
        assertThat(flags(row("（2024）豫1302执1号"))).isEmpty();
    }

    /** The table row of a case number (rows are clustered by court, type and closing day). */
    private static int row(String number) {
        for (int r = 0; r < cases.size(); r++) {
            if (cases.number(r).equals(number)) return r;
        }
        throw new AssertionError("no case " + number);
    }

    private static java.util.List<CaseFlag> flags(int row) {
        return java.util.Arrays.stream(CaseFlag.values()).filter(f -> cases.has(row, f)).toList();
    }

    @Test
    void singleStepsKeepTheEarliestTime() {
        assertThat(cases.step(row("（2024）豫1302执1号"), StepType.EXECUTION_NOTICE)).isEqualTo(minute(2024, 1, 8, 16, 30)).isEqualTo(28_412_190);
        assertThat(cases.step(row("（2024）豫1302执1号"), StepType.ONLINE_SEARCH_START)).isEqualTo(minute(2024, 1, 9, 0, 0));
        assertThat(cases.step(row("（2024）豫1302执2号"), StepType.AUCTION_START)).isEqualTo(minute(2024, 3, 5, 9, 0));
        assertThat(cases.step(row("（2024）豫执复1号"), StepType.DOCUMENT_PUBLISHED)).isEqualTo(minute(2024, 4, 20, 0, 0));
        assertThat(cases.hasStep(row("（2024）豫1302执2号"), StepType.EXECUTION_NOTICE)).isFalse();
    }

    @Test
    void deductedDaysMergeOverlapsAndIgnoreRunningIntervals() {
        // 2024-03-10..04-08 and 04-01..04-20 cover 03-10..04-20 = 22 + 20 days; 05-01.. has no end yet.
        assertThat(cases.deductedDays(row("（2024）豫1302执2号"))).isEqualTo(42);
        assertThat(cases.deductedDays(row("（2024）豫13执7号"))).isEqualTo(1); // a one-day interval
        assertThat(cases.deductedDays(row("（2024）豫1302执1号"))).isZero();
    }

    @Test
    void extensionsFromDaysOrFromAnInterval() {
        assertThat(cases.extendedDays(row("（2024）豫1302执2号"))).isEqualTo(30); // 标志 = 30
        assertThat(cases.extendedDays(row("（2024）豫1303执1号"))).isEqualTo(10); // 02-01..02-10 inclusive
    }

    @Test
    void paymentsReferToTableRows() {
        assertThat(data.payments()).containsExactly(
                new Payment(row("（2024）豫1302执1号"), minute(2024, 3, 1, 9, 0), 28_501_400, false, 1_000_000),
                new Payment(row("（2024）豫1303执1号"), minute(2024, 4, 10, 0, 0), Times.NONE, true, 500_005),
                new Payment(row("（2024）豫1303执8号"), minute(2024, 4, 20, 10, 0), minute(2024, 5, 8, 11, 0), true, 120_030));
        assertThat(data.payments().get(0).releasedMinute()).isEqualTo(minute(2024, 3, 10, 15, 20));
    }

    @Test
    void fieldActions() {
        assertThat(data.fieldActions()).containsExactly(
                new FieldAction(row("（2024）豫1302执3号"), minute(2024, 2, 20, 14, 0), true, true),
                new FieldAction(row("（2024）豫1302执3号"), minute(2024, 3, 2, 9, 15), true, false));
    }

    @Test
    void terminationOverridesByTableRow() {
        assertThat(data.terminationOverrides()).isEqualTo(
                Map.of(row("（2024）豫1302执2号"), new TerminationOverride(row("（2024）豫1302执2号"), true, "已穷尽财产调查措施", "评估组王某")));
    }

    @Test
    void petitionsMattersCompensationsDisciplines() {
        assertThat(data.petitions()).containsExactly(
                new Petition("XF001", 2, "（2024）豫1302执2号", day(2024, 3, 1), PetitionSource.LOCAL, false,
                        day(2024, 3, 20), true, false, 0),
                new Petition("XF002", 2, null, day(2024, 4, 2), PetitionSource.SPC_ASSIGNED, true, Times.NONE,
                        false, true, -1),
                new Petition("XF001", 3, null, day(2024, 5, 6), PetitionSource.LOCAL, false, Times.NONE, false,
                        false, 3));
        assertThat(data.matters()).containsExactly(
                new Matter("SX01", 1, MatterType.SUPERVISED, day(2024, 2, 1), day(2024, 3, 1), day(2024, 2, 25),
                        "（2024）豫1302执2号", 4),
                new Matter("SX02", 3, MatterType.DELEGATION, day(2024, 3, 10), day(2024, 3, 31), Times.NONE, null, -1));
        assertThat(data.compensations()).containsExactly(
                new StateCompensation(3, "（2024）豫13委赔1号", day(2024, 6, 1), true, 3));
        assertThat(data.disciplines()).containsExactly(
                new Discipline(2, 2, day(2024, 5, 20), "政纪处分", true),
                new Discipline(1, -1, day(2024, 6, 1), "党纪处分", false));
    }

    @Test
    void evidenceAndStatistics() {
        assertThat(data.evidence()).containsExactly(
                new EvidenceRecord(2, 2024, "B3.01.1", EvidenceStatus.MET, null, null, null, "会议纪要.pdf"),
                new EvidenceRecord(2, 2024, "B3.02.4", EvidenceStatus.PARTIAL, 2, 62.5,
                        "仅召开两次汇报会，未达\"每季度一次\"的要求", null),
                new EvidenceRecord(1, 2024, "I1.01.1", EvidenceStatus.NOT_APPLICABLE, null, null, null, null));
        assertThat(data.statistics()).containsExactly(
                new CourtStatistic(2, 2024, StatisticItem.FIRST_INSTANCE_CIVIL_CASES, 5321, "审判管理系统"),
                new CourtStatistic(2, 2024, StatisticItem.ENFORCEMENT_ESTABLISHMENT, 28, null),
                new CourtStatistic(3, 2024, StatisticItem.ENFORCEMENT_QUOTA_JUDGES, 6, "政治部"),
                new CourtStatistic(1, 2024, StatisticItem.COURT_ESTABLISHMENT, 412, null));
        assertThat(data.statistic(2, 2024, StatisticItem.ENFORCEMENT_ESTABLISHMENT)).isEqualTo(28.0);
    }

    @Test
    void withoutHolidayFileTheBundledCalendarIsUsed() {
        assertThat(data.calendar().isWorkDay(LocalDate.of(2024, 10, 1))).isFalse(); // 国庆节
        assertThat(data.calendar().isWorkDay(LocalDate.of(2024, 10, 8))).isTrue();
    }

    @Test
    void holidayFileIsLaidOverTheBundledCalendar(@TempDir Path tmp) {
        Path dir = Fixtures.copyOfSimple(tmp);
        Fixtures.write(dir, "节假日.csv", "日期,休息,名称", "2024-05-06,是,地方假日", "2024-05-12,否,调休上班");
        ProvinceData d = DataDirectoryReader.read(dir);
        assertThat(d.calendar().isWorkDay(LocalDate.of(2024, 5, 6))).isFalse(); // a Monday
        assertThat(d.calendar().isWorkDay(LocalDate.of(2024, 5, 12))).isTrue(); // a Sunday
        assertThat(d.calendar().isWorkDay(LocalDate.of(2024, 10, 1))).isFalse(); // bundled still there
    }

    @Test
    void unknownFilesAndOtherModulesFilesAreIgnored(@TempDir Path tmp) {
        Path dir = Fixtures.copyOfSimple(tmp);
        Fixtures.write(dir, "说明.txt", "不是数据");
        Fixtures.write(dir, "结案指标.csv", "乱写的列", "1");
        assertThat(DataDirectoryReader.read(dir).cases().size()).isEqualTo(10); // 考核事件.csv is in the fixture too
    }

    @Test
    void onlyRequiredFilesIsEnough(@TempDir Path tmp) {
        Fixtures.write(tmp, "法院.csv", "法院代码,法院名称,层级,上级法院代码", "豫,河南高院,HIGH,");
        Fixtures.write(tmp, "案件.csv", "法院代码,案号,立案日期", "豫,（2024）豫执1号,2024-01-02");
        ProvinceData d = DataDirectoryReader.read(tmp);
        assertThat(d.cases().size()).isEqualTo(1);
        assertThat(d.staff()).isEmpty();
        assertThat(d.payments()).isEmpty();
        assertThat(d.terminationOverrides()).isEmpty();
    }
}
