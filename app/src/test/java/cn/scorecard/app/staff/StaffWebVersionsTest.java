package cn.scorecard.app.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.scorecard.app.AppTest;
import cn.scorecard.app.notifications.Notifications;
import cn.scorecard.app.platform.runs.ResultRun;
import cn.scorecard.app.platform.runs.RunStatus;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.security.Role;
import cn.scorecard.app.staff.cycle.MonthlyCycle;
import cn.scorecard.app.staff.objections.AdjustmentInput;
import cn.scorecard.app.staff.objections.Decision;
import cn.scorecard.app.staff.objections.Objection;
import cn.scorecard.app.staff.objections.ObjectionFiling;
import cn.scorecard.app.staff.objections.ObjectionService;
import cn.scorecard.app.staff.versions.AdjustedMonth;
import cn.scorecard.app.staff.versions.StaffMonths;
import cn.scorecard.app.staff.versions.StaffRuns;
import cn.scorecard.app.staff.versions.VersionDiff;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.support.CronExpression;

/**
 * The version life of a court's month on the demo province: compute, publish, object, uphold with an adjustment,
 * publish the new version (the old one kept as SUPERSEDED), and the monthly cycle. Uses 2025-02 and 2025-01 only,
 * so that it shares the database with the other staff tests without meeting them.
 */
@AppTest
class StaffWebVersionsTest {
    static final String COURT = "江0102";
    static final CurrentUser SUN = new CurrentUser("sunxueyan", "孙雪艳", "-", Role.OFFICER, COURT, "江0102-001", true);
    static final CurrentUser KAOHE = new CurrentUser("kaohe", "考核领导小组", "-", Role.STAFF_GROUP, COURT, null, true);
    @Autowired
    StaffRuns runs;
    @Autowired
    StaffMonths months;
    @Autowired
    ObjectionService objections;
    @Autowired
    ObjectionFiling filing;
    @Autowired
    Notifications notifications;
    @Autowired
    MonthlyCycle cycle;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${scorecard.staff.cycle-cron}")
    String cycleCron;

    @Test
    void anUpheldObjectionProducesANewVersionAndTheOldOneStaysReadable() {
        YearMonth month = YearMonth.of(2025, 2);
        ResultRun v1 = runs.computeDraft(COURT, month, "测试", "kaohe");
        assertThat(v1.status()).isEqualTo(RunStatus.DRAFT);
        assertThat(v1.scope()).isEqualTo(COURT);
        assertThat(months.published(COURT, month)).isEmpty();
        assertThat(filing.eligibility(SUN, month).open()).isFalse();

        int before = notifications.unreadCount("sunxueyan");
        runs.publish(v1.id(), "kaohe");
        assertThat(notifications.unreadCount("sunxueyan")).isEqualTo(before + 1);
        StaffSnapshot.Person was = months.published(COURT, month).orElseThrow().snapshot().person("江0102-001").orElseThrow();
        assertThat(filing.eligibility(SUN, month).open()).isTrue();

        Objection o = filing.file(SUN, month, "结案数漏计", null);
        assertThat(o.pending()).isTrue();
        assertThat(o.runId()).isEqualTo(v1.id());
        assertThat(filing.eligibility(SUN, month).message()).contains("复核中");
        String item = was.items().get(0).code();
        Objection decided = objections.decide(KAOHE, o.id(), new Decision("UPHELD", "经核实属实",
                List.of(new AdjustmentInput(item, 5.0, "漏计结案"))));
        assertThat(decided.upheld()).isTrue();
        assertThat(decided.newRunId()).isNotNull();
        assertThatThrownBy(() -> objections.decide(KAOHE, o.id(), new Decision("REJECTED", "再次", List.of())))
                .isInstanceOf(IllegalStateException.class);

        // the new version is a draft: officers still see version 1
        ResultRun v2 = runs.run(decided.newRunId());
        assertThat(v2.versionNo()).isEqualTo(2);
        assertThat(months.published(COURT, month).orElseThrow().run().id()).isEqualTo(v1.id());
        StaffSnapshot.Person adjusted = months.snapshot(v2).person("江0102-001").orElseThrow();
        assertThat(adjusted.total()).isEqualTo(was.total() + 5, org.assertj.core.data.Offset.offset(0.0001));
        assertThat(adjusted.items().get(0).reasons()).anyMatch(r -> r.rule().equals(AdjustedMonth.RULE));
        VersionDiff diff = VersionDiff.between(months.snapshot(v1), months.snapshot(v2));
        assertThat(diff.changes()).extracting(VersionDiff.Change::id).containsExactly("江0102-001");

        // a newer recomputation keeps the adjustment; the older draft can no longer be published
        ResultRun v3 = runs.computeDraft(COURT, month, "重新计算", "kaohe");
        assertThat(months.snapshot(v3).person("江0102-001").orElseThrow().total()).isEqualTo(adjusted.total());
        assertThatThrownBy(() -> runs.publish(v2.id(), "kaohe")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("第 3 版");
        runs.publish(v3.id(), "kaohe");
        assertThat(runs.run(v1.id()).superseded()).isTrue(); // published, then superseded by version 3 (derived, never stored)
        assertThat(runs.run(v1.id()).status()).isEqualTo(RunStatus.PUBLISHED);
        assertThat(months.published(COURT, month).orElseThrow().snapshot().person("江0102-001").orElseThrow().total())
                .isEqualTo(adjusted.total());
        assertThat(months.snapshot(runs.run(v1.id())).person("江0102-001").orElseThrow().total()).isEqualTo(was.total());
        Integer audited = jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE entity = 'staff_objection' AND entity_key = ?",
                Integer.class, String.valueOf(o.id()));
        assertThat(audited).isEqualTo(2);
    }

    @Test
    void theMonthlyCycleDraftsEveryCourtOnceAndTellsTheGroup() {
        YearMonth month = YearMonth.of(2025, 1);
        int before = notifications.unreadCount("kaohe");
        List<ResultRun> made = cycle.run(month, "system");
        assertThat(made).isNotEmpty().allMatch(r -> r.isDraft() && r.versionNo() == 1);
        assertThat(made).extracting(ResultRun::scope).contains(COURT, "江0103").doesNotHaveDuplicates();
        assertThat(notifications.unreadCount("kaohe")).isEqualTo(before + 1);
        assertThat(cycle.run(month, "system")).isEmpty();
    }

    @Test
    void theCycleRunsOnTheConfiguredDayAndSkipsAMonthTheDataDoesNotReach() {
        assertThat(cycleCron).isEqualTo("0 0 6 3 * *");
        assertThat(CronExpression.parse(cycleCron).next(LocalDateTime.of(2025, 6, 10, 0, 0))).isEqualTo(LocalDateTime.of(2025, 7, 3, 6, 0));
        // the demo data ends in December 2025: last month (by the clock) is not computed
        YearMonth last = YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).minusMonths(1);
        org.junit.jupiter.api.Assumptions.assumeTrue(last.isAfter(YearMonth.of(2025, 12)));
        cycle.onSchedule();
        assertThat(months.versions(COURT, last)).isEmpty();
    }
}
