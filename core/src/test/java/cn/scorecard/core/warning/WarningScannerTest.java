package cn.scorecard.core.warning;

import static cn.scorecard.core.cases.StepType.ASSESSMENT_REPORT_RECEIVED;
import static cn.scorecard.core.cases.StepType.CLUE_PROVIDED;
import static cn.scorecard.core.cases.StepType.EXECUTION_NOTICE;
import static cn.scorecard.core.cases.StepType.OFFLINE_PROPERTY_FOUND;
import static cn.scorecard.core.cases.StepType.ONLINE_PROPERTY_FOUND;
import static cn.scorecard.core.cases.StepType.ONLINE_SEARCH_START;
import static cn.scorecard.core.cases.StepType.PROPERTY_REPORT_ORDER;
import static cn.scorecard.core.cases.StepType.TRADITIONAL_SEARCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.scorecard.core.cases.CaseFlag;
import cn.scorecard.core.cases.ClosingMethod;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.data.StaffMember;
import cn.scorecard.core.data.StaffRole;
import cn.scorecard.core.deadline.DeadlineRules;
import cn.scorecard.core.deadline.Horizon;
import cn.scorecard.core.testing.TestProvince;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Warnings with hand-computed dates across the 2024 National Day holiday (10-01…10-07 off, Sun 9-29 and Sat 10-12
 * make-up working days). Most checks are as of Tue 2024-10-08 12:00 with the bundled horizons (3 days,
 * 2 working days, 12 hours; 30 days for 法定期限 and the 12-month mark).
 */
class WarningScannerTest {
    static final LocalDateTime NOW = LocalDateTime.of(2024, 10, 8, 12, 0);
    static final int J1 = 0;
    static final int A1 = 1;
    static final int C1 = 2;
    static final int J2 = 3;
    static final int J3 = 4;
    static final ProvinceData DATA = fixture();
    private final WarningScanner scanner = new WarningScanner(DATA, DeadlineRules.bundled());

    static ProvinceData fixture() {
        TestProvince p = new TestProvince().court("H", CourtLevel.HIGH, null).court("I", CourtLevel.INTERMEDIATE, "H")
                .court("B1", CourtLevel.BASIC, "I").court("B2", CourtLevel.BASIC, "I");
        for (String[] s : new String[][] {{"J1", "JUDGE", "2"}, {"A1", "ASSISTANT", "2"}, {"C1", "CLERK", "2"},
                {"J2", "JUDGE", "2"}, {"J3", "JUDGE", "3"}}) {
            p.staff.add(new StaffMember(s[0], "姓名" + s[0], Integer.parseInt(s[2]), StaffRole.valueOf(s[1]), "一组", null,
                    true, true, null, null));
        }
        // 5个工作日 from Fri 9-27: 9-29 (调休), 9-30, 10-8, 10-9, 10-10 → due Thu 10-10
        int r1 = p.addCase("B1", "（2024）江0101执1号", "2024-09-20", null, null, J1, A1, C1);
        notified(p, r1, "2024-09-20");
        p.step(r1, ONLINE_SEARCH_START, "2024-09-21 09:00").step(r1, ASSESSMENT_REPORT_RECEIVED, "2024-09-27 10:00");
        // 10个工作日 from Mon 9-30: 10-8…10-11, 10-12 (调休), 10-14…10-18 → due 10-18
        int r2 = p.addCase("B1", "（2024）江0101执2号", "2024-09-29", null, null, J2, -1, -1);
        notified(p, r2, "2024-09-29");
        p.step(r2, ONLINE_SEARCH_START, "2024-09-30 09:00").step(r2, OFFLINE_PROPERTY_FOUND, "2024-09-30 09:00");
        // 48小时 from 10-08 09:00 → the last minute in time is 10-10 09:00
        int r3 = p.addCase("B1", "（2024）江0101执3号", "2024-10-01", null, null, J1, -1, -1);
        notified(p, r3, "2024-10-01");
        p.step(r3, ONLINE_SEARCH_START, "2024-10-01 09:00").step(r3, ONLINE_PROPERTY_FOUND, "2024-10-08 09:00");
        // closed 10-05 without the online search that was due 9-06
        p.addCase("B1", "（2024）江0101执4号", "2024-09-01", "2024-10-05", ClosingMethod.WITHDRAWN, J1, -1, -1);
        // 5日 from filing 10-04 → due 10-09; r13's search is recorded after NOW. r5 alone has no 执行通知 and no
        // 报告财产令: 3日 from 10-04 → due 10-07, overdue by a day
        p.addCase("B1", "（2024）江0101执5号", "2024-10-04", null, null, J2, -1, -1);
        int r13 = p.addCase("B1", "（2024）江0101执13号", "2024-10-04", null, null, J1, -1, -1);
        notified(p, r13, "2024-10-04");
        p.step(r13, ONLINE_SEARCH_START, "2024-10-09 09:00");
        int r12 = p.addCase("B1", "（2024）江0101执12号", "2024-10-04", null, null, J1, -1, -1);
        notified(p, r12, "2024-10-04");
        p.step(r12, ONLINE_SEARCH_START, "2024-10-05 09:00");
        // 法定期限: filed 4-20 → 10-20; with 10 days' extension and 5 deducted days → 11-04
        int r6 = p.addCase("B1", "（2024）江0101执6号", "2024-04-20", null, null, J1, -1, -1);
        notified(p, r6, "2024-04-20");
        p.step(r6, ONLINE_SEARCH_START, "2024-04-21 09:00");
        int r14 = p.addCase("B1", "（2024）江0101执14号", "2024-04-20", null, null, J1, -1, -1);
        notified(p, r14, "2024-04-20");
        p.step(r14, ONLINE_SEARCH_START, "2024-04-21 09:00").extension(r14, 10).deduction(r14, "2024-06-01", "2024-06-05");
        // 执恢 filed 2023-10-20: 法定期限 ended 2024-04-20 (171 days ago), 12 months end 2024-10-20
        int r7 = p.addCase("B1", "（2023）江0101执恢7号", "2023-10-20", null, null, J2, -1, -1);
        notified(p, r7, "2023-10-20");
        p.step(r7, ONLINE_SEARCH_START, "2023-10-21 09:00");
        // 执行款: arrived 9-10 → due 10-10; an approved late one and a released one give nothing
        int r8 = p.addCase("B1", "（2024）江0101执8号", "2024-09-01", null, null, J1, -1, -1);
        notified(p, r8, "2024-09-01");
        p.step(r8, ONLINE_SEARCH_START, "2024-09-02 09:00");
        p.payment(r8, "2024-09-10 10:00", null, false, 1_234_56);
        p.payment(r8, "2024-08-01 10:00", null, true, 500_00);
        p.payment(r8, "2024-09-12 10:00", "2024-09-20 10:00", false, 800_00);
        // 10个工作日 from Fri 9-20 → due 10-10; r10 needs control elsewhere (需异地控制) and is exempt
        int r10 = p.addCase("B1", "（2024）江0101执10号", "2024-09-20", null, null, J1, -1, -1);
        notified(p, r10, "2024-09-20");
        p.step(r10, ONLINE_SEARCH_START, "2024-09-21 09:00").step(r10, OFFLINE_PROPERTY_FOUND, "2024-09-20 09:00")
                .flag(r10, CaseFlag.REMOTE_CONTROL);
        int r11 = p.addCase("B1", "（2024）江0101执11号", "2024-09-20", null, null, J1, -1, -1);
        notified(p, r11, "2024-09-20");
        p.step(r11, ONLINE_SEARCH_START, "2024-09-21 09:00").step(r11, OFFLINE_PROPERTY_FOUND, "2024-09-20 09:00");
        // 1个月 from the clue of 9-10 → due 10-10. A 线下查询 before the clue does not answer it (r15 is warned); a
        // second one after it does (r16 is not)
        int r15 = p.addCase("B1", "（2024）江0101执15号", "2024-08-20", null, null, J1, -1, -1);
        notified(p, r15, "2024-08-20");
        p.step(r15, ONLINE_SEARCH_START, "2024-08-21 09:00").step(r15, TRADITIONAL_SEARCH, "2024-09-02 10:00")
                .step(r15, CLUE_PROVIDED, "2024-09-10 10:00");
        int r16 = p.addCase("B1", "（2024）江0101执16号", "2024-08-20", null, null, J1, -1, -1);
        notified(p, r16, "2024-08-20");
        p.step(r16, ONLINE_SEARCH_START, "2024-08-21 09:00").step(r16, TRADITIONAL_SEARCH, "2024-09-02 10:00")
                .step(r16, CLUE_PROVIDED, "2024-09-10 10:00").step(r16, TRADITIONAL_SEARCH, "2024-09-20 10:00");
        int b2 = p.addCase("B2", "（2024）江0102执1号", "2024-10-04", null, null, J3, -1, -1);
        notified(p, b2, "2024-10-04");
        return p.build();
    }

    /** 执行通知 and 报告财产令 on the filing day, in time. */
    private static void notified(TestProvince p, int row, String filed) {
        p.step(row, EXECUTION_NOTICE, filed + " 10:00").step(row, PROPERTY_REPORT_ORDER, filed + " 10:00");
    }

    private List<Warning> at(LocalDateTime now, String rule) {
        return scanner.scan(now, WarningFilter.ALL.rules(Set.of(rule)));
    }

    @Test
    void listsEveryKindInOrderOfUrgency() {
        // overdue first, then the least time left; equal deadlines by court, then case number as text
        assertThat(scanner.scan(NOW)).extracting(Warning::caseNumber, Warning::ruleId, Warning::status,
                Warning::timeLeft, Warning::unit).containsExactly(
                tuple("（2023）江0101执恢7号", "statutory_period", WarningStatus.OVERDUE, -171, Horizon.Unit.DAYS),
                tuple("（2024）江0101执5号", "execution_notice", WarningStatus.OVERDUE, -1, Horizon.Unit.DAYS),
                tuple("（2024）江0101执5号", "property_report_order", WarningStatus.OVERDUE, -1, Horizon.Unit.DAYS),
                tuple("（2024）江0101执13号", "online_search", WarningStatus.DUE_SOON, 1, Horizon.Unit.DAYS),
                tuple("（2024）江0101执5号", "online_search", WarningStatus.DUE_SOON, 1, Horizon.Unit.DAYS),
                tuple("（2024）江0102执1号", "online_search", WarningStatus.DUE_SOON, 1, Horizon.Unit.DAYS),
                tuple("（2024）江0101执11号", "offline_control", WarningStatus.DUE_SOON, 2, Horizon.Unit.WORKDAYS),
                tuple("（2024）江0101执15号", "traditional_search", WarningStatus.DUE_SOON, 2, Horizon.Unit.DAYS),
                tuple("（2024）江0101执1号", "assessment_report_served", WarningStatus.DUE_SOON, 2, Horizon.Unit.WORKDAYS),
                tuple("（2024）江0101执8号", "payment_release", WarningStatus.DUE_SOON, 2, Horizon.Unit.DAYS),
                tuple("（2023）江0101执恢7号", "long_pending", WarningStatus.DUE_SOON, 12, Horizon.Unit.DAYS),
                tuple("（2024）江0101执6号", "statutory_period", WarningStatus.DUE_SOON, 12, Horizon.Unit.DAYS),
                tuple("（2024）江0101执14号", "statutory_period", WarningStatus.DUE_SOON, 27, Horizon.Unit.DAYS));
    }

    @Test
    void reportReceivedBeforeNationalDayIsDueOnTheTenthWithTwoWorkingDaysLeftOnTheEighth() {
        Warning w = at(NOW, "assessment_report_served").get(0);
        assertThat(w.dueLabel()).isEqualTo("2024-10-10");
        assertThat(w.timeLeftLabel()).isEqualTo("剩余 2 个工作日");
        assertThat(w.detail()).isEqualTo("评估报告收到 2024-09-27 10:00");
        assertThat(List.of(w.judge(), w.assistant(), w.clerk())).containsExactly(J1, A1, C1);
        // Mon 10-07 is a holiday: three working days (10-08, 10-09, 10-10) are left, more than the horizon
        assertThat(at(LocalDateTime.of(2024, 10, 7, 12, 0), "assessment_report_served")).isEmpty();
        Warning late = at(LocalDateTime.of(2024, 10, 11, 9, 0), "assessment_report_served").get(0);
        assertThat(late.status()).isEqualTo(WarningStatus.OVERDUE);
        assertThat(late.timeLeftLabel()).isEqualTo("已超期 1 日");
    }

    @Test
    void tenWorkingDaysFromMondayTheThirtiethEndOnTheEighteenth() {
        String r2 = "（2024）江0101执2号";
        assertThat(at(LocalDateTime.of(2024, 10, 15, 10, 0), "offline_control")).extracting(Warning::caseNumber)
                .doesNotContain(r2);
        List<Warning> w = at(LocalDateTime.of(2024, 10, 16, 10, 0), "offline_control");
        assertThat(w).filteredOn(x -> x.caseNumber().equals(r2)).extracting(Warning::dueLabel, Warning::timeLeft)
                .containsExactly(tuple("2024-10-18", 2));
        // the one due 10-10 is overdue by then, and comes first
        assertThat(w).extracting(Warning::caseNumber, Warning::timeLeftLabel)
                .containsExactly(tuple("（2024）江0101执11号", "已超期 6 日"), tuple(r2, "剩余 2 个工作日"));
    }

    @Test
    void aFortyEightHourClockIsListedTwelveHoursAheadAndCountsInHours() {
        assertThat(at(LocalDateTime.of(2024, 10, 9, 20, 59), "online_control")).isEmpty();
        Warning w = at(LocalDateTime.of(2024, 10, 9, 21, 0), "online_control").get(0);
        assertThat(w.timeLeftLabel()).isEqualTo("剩余 12 小时");
        assertThat(w.dueLabel()).isEqualTo("2024-10-10 09:00");
        assertThat(at(LocalDateTime.of(2024, 10, 10, 9, 0), "online_control").get(0).timeLeftLabel())
                .isEqualTo("剩余不足1小时");
        Warning late = at(LocalDateTime.of(2024, 10, 10, 9, 1), "online_control").get(0);
        assertThat(late.status()).isEqualTo(WarningStatus.OVERDUE);
        assertThat(late.timeLeftLabel()).isEqualTo("已超期 1 小时");
        // a day past the deadline the overdue time is told in days
        assertThat(at(LocalDateTime.of(2024, 10, 11, 8, 59), "online_control").get(0).timeLeftLabel())
                .isEqualTo("已超期 23 小时");
        assertThat(at(LocalDateTime.of(2024, 10, 13, 10, 0), "online_control").get(0).timeLeftLabel())
                .isEqualTo("已超期 3 日");
    }

    @Test
    void aClosedCaseGivesNoWarningThoughItWasOverdueWhileOpen() {
        String closed = "（2024）江0101执4号";
        assertThat(scanner.scan(NOW)).extracting(Warning::caseNumber).doesNotContain(closed);
        assertThat(at(LocalDateTime.of(2024, 10, 4, 12, 0), "online_search"))
                .filteredOn(w -> w.caseNumber().equals(closed))
                .extracting(Warning::status, Warning::timeLeft).containsExactly(tuple(WarningStatus.OVERDUE, -28));
    }

    @Test
    void aFulfilledStepGivesNoWarningButOneRecordedLaterStillDoes() {
        assertThat(at(NOW, "online_search")).extracting(Warning::caseNumber)
                .contains("（2024）江0101执13号").doesNotContain("（2024）江0101执12号");
        assertThat(at(LocalDateTime.of(2024, 10, 9, 10, 0), "online_search")).extracting(Warning::caseNumber)
                .doesNotContain("（2024）江0101执13号");
    }

    @Test
    void aSearchBeforeTheClueDoesNotAnswerIt() {
        assertThat(at(NOW, "traditional_search")).extracting(Warning::caseNumber, Warning::dueLabel, Warning::detail)
                .containsExactly(tuple("（2024）江0101执15号", "2024-10-10", "当事人提供财产线索 2024-09-10 10:00"));
    }

    @Test
    void onlyTheUnreleasedUnapprovedPaymentIsListed() {
        assertThat(at(NOW, "payment_release")).extracting(Warning::detail, Warning::dueLabel)
                .containsExactly(tuple("执行款 1,234.56 元，到账 2024-09-10 10:00", "2024-10-10"));
    }

    @Test
    void theStatutoryPeriodCountsExtensionsAndDeductedDays() {
        assertThat(at(NOW, "statutory_period")).filteredOn(w -> w.caseNumber().equals("（2024）江0101执14号"))
                .extracting(Warning::dueLabel, Warning::detail)
                .containsExactly(tuple("2024-11-04", "立案 2024-04-20，延长 10 日，扣除 5 日"));
    }

    @Test
    void filtersByCourtOfficerAndRule() {
        int b2 = DATA.courts().indexOf("B2");
        assertThat(scanner.scan(NOW, WarningFilter.ALL.courts(Set.of(b2)))).extracting(Warning::caseNumber)
                .containsExactly("（2024）江0102执1号");
        assertThat(scanner.scan(NOW, WarningFilter.ALL.staff(J2))).extracting(Warning::caseNumber, Warning::ruleId)
                .containsExactly(tuple("（2023）江0101执恢7号", "statutory_period"),
                        tuple("（2024）江0101执5号", "execution_notice"), tuple("（2024）江0101执5号", "property_report_order"),
                        tuple("（2024）江0101执5号", "online_search"), tuple("（2023）江0101执恢7号", "long_pending"));
        assertThat(scanner.scan(NOW, WarningFilter.ALL.staff(C1))).extracting(Warning::caseNumber)
                .containsExactly("（2024）江0101执1号");
        assertThat(scanner.scan(NOW, WarningFilter.ALL.staff(A1).rules(Set.of("online_search")))).isEmpty();
    }

    @Test
    void kindsFollowTheRulesFileWithTheirHorizons() {
        assertThat(scanner.kinds()).extracting(WarningKind::id).startsWith("execution_notice", "property_report_order", "online_search")
                .endsWith("payment_release", "statutory_period", "long_pending");
        assertThat(scanner.kinds()).filteredOn(k -> k.id().equals("online_control"))
                .extracting(k -> k.horizon().label(), WarningKind::shortName).containsExactly(tuple("12小时", "线上控制"));
    }

    @Test
    void theDataEndsOnItsLastRecordedDay() {
        assertThat(DataEnd.lastDay(DATA)).isEqualTo(LocalDate.of(2024, 10, 9));
    }
}
