package cn.scorecard.app.platform.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.scorecard.app.platform.TestDatabases;
import cn.scorecard.app.platform.TestDb;
import cn.scorecard.app.platform.store.Vendor;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Results as versioned snapshots; a published run can never change, in the service and in the database. */
class ResultRunsTest {
    private static final RunPeriod YEAR = RunPeriod.year(2025);

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void draftsArePublishedOnceAndSupersededByNewerPublishedVersions(Vendor vendor) {
        TestDb db = TestDatabases.fresh(vendor);
        ResultRuns runs = new ResultRuns(db.dataSource());
        ResultRun first = runs.save(RunKind.EVALUATION, YEAR, "2019", "abc", "{\"v\":1}", "审管办");
        assertThat(first.status()).isEqualTo(RunStatus.DRAFT);
        assertThat(first.versionNo()).isEqualTo(1);
        assertThat(first.json()).isEqualTo("{\"v\":1}");
        assertThat(runs.latestPublished(RunKind.EVALUATION, YEAR)).isEmpty();

        ResultRun published = runs.publish(first.id(), "局长");
        assertThat(published.isPublished()).isTrue();
        assertThat(published.publishedBy()).isEqualTo("局长");
        assertThatThrownBy(() -> runs.publish(first.id(), "局长")).isInstanceOf(IllegalStateException.class);

        ResultRun second = runs.save(RunKind.EVALUATION, YEAR, "2019", "def", "{\"v\":2}", "审管办");
        assertThat(second.versionNo()).isEqualTo(2);
        assertThat(runs.latestPublished(RunKind.EVALUATION, YEAR)).get().extracting(ResultRun::id).isEqualTo(first.id());
        runs.publish(second.id(), "局长");

        assertThat(runs.latestPublished(RunKind.EVALUATION, YEAR)).get().extracting(ResultRun::json).isEqualTo("{\"v\":2}");
        assertThat(runs.list(RunKind.EVALUATION, YEAR)).extracting(ResultRun::versionNo, ResultRun::superseded)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, false), org.assertj.core.groups.Tuple.tuple(1, true));
        ResultRun old = runs.get(first.id()).orElseThrow();
        assertThat(old.superseded()).isTrue();
        assertThat(old.json()).isEqualTo("{\"v\":1}");
        // periods and kinds are numbered apart
        assertThat(runs.save(RunKind.STAFF, RunPeriod.month(YearMonth.of(2025, 3)), "宛法〔2023〕127号", "abc", "{}", "x")
                .versionNo()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void theDatabaseRefusesToChangeOrDeleteAPublishedRun(Vendor vendor) throws SQLException {
        TestDb db = TestDatabases.fresh(vendor);
        ResultRuns runs = new ResultRuns(db.dataSource());
        ResultRun run = runs.publish(runs.save(RunKind.EVALUATION, YEAR, "2019", "abc", "{}", "a").id(), "b");
        ResultRun draft = runs.save(RunKind.EVALUATION, YEAR, "2019", "abc", "{}", "a");
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE result_run SET result_json = '{\"forged\":1}' WHERE id = " + run.id()))
                    .isInstanceOf(SQLException.class).hasMessageContaining("已发布的结果版本不可修改或删除");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM result_run WHERE id = " + run.id()))
                    .isInstanceOf(SQLException.class).hasMessageContaining("已发布的结果版本不可修改或删除");
            assertThat(s.executeUpdate("UPDATE result_run SET note = 'draft' WHERE id = " + draft.id())).isEqualTo(1);
        }
        assertThat(runs.get(run.id()).orElseThrow().json()).isEqualTo("{}");
    }
}
