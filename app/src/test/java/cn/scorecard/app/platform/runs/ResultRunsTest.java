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
import org.springframework.jdbc.core.JdbcTemplate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Results as versioned snapshots; a published run can never change, in the service and in the database. */
class ResultRunsTest {
    private static final RunPeriod YEAR = RunPeriod.year(2025);

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void draftsArePublishedOnceAndSupersededByNewerPublishedVersions(Vendor vendor) {
        TestDb db = TestDatabases.fresh(vendor);
        ResultRuns runs = new ResultRuns(new JdbcTemplate(db.dataSource()));
        ResultRun first = runs.saveDraft(RunKind.EVALUATION, "", YEAR, "2019", "abc", "{\"v\":1}", null, "审管办");
        assertThat(first.status()).isEqualTo(RunStatus.DRAFT);
        assertThat(first.versionNo()).isEqualTo(1);
        assertThat(first.json()).isEqualTo("{\"v\":1}");
        assertThat(runs.latestPublished(RunKind.EVALUATION, "", YEAR)).isEmpty();

        ResultRun published = runs.publish(first.id(), RunKind.EVALUATION, "局长");
        assertThat(published.isPublished()).isTrue();
        assertThat(published.publishedBy()).isEqualTo("局长");
        assertThatThrownBy(() -> runs.publish(first.id(), RunKind.EVALUATION, "局长")).isInstanceOf(IllegalStateException.class);

        ResultRun second = runs.saveDraft(RunKind.EVALUATION, "", YEAR, "2019", "def", "{\"v\":2}", null, "审管办");
        assertThat(second.versionNo()).isEqualTo(2);
        assertThat(runs.latestPublished(RunKind.EVALUATION, "", YEAR)).get().extracting(ResultRun::id).isEqualTo(first.id());
        runs.publish(second.id(), RunKind.EVALUATION, "局长");

        assertThat(runs.latestPublished(RunKind.EVALUATION, "", YEAR)).get().extracting(ResultRun::json).isEqualTo("{\"v\":2}");
        assertThat(runs.versions(RunKind.EVALUATION, "", YEAR)).extracting(ResultRun::versionNo, ResultRun::superseded)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, false), org.assertj.core.groups.Tuple.tuple(1, true));
        ResultRun old = runs.get(first.id(), RunKind.EVALUATION).orElseThrow();
        assertThat(old.superseded()).isTrue();
        assertThat(old.json()).isEqualTo("{\"v\":1}");
        // a run is found only as its own kind
        assertThat(runs.get(first.id(), RunKind.STAFF)).isEmpty();
        assertThatThrownBy(() -> runs.publish(second.id(), RunKind.STAFF, "考核组")).isInstanceOf(IllegalArgumentException.class);
        // periods and kinds are numbered apart
        assertThat(runs.saveDraft(RunKind.STAFF, "", RunPeriod.month(YearMonth.of(2025, 3)), "宛法〔2023〕127号", "abc", "{}", null, "x")
                .versionNo()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void theDatabaseRefusesToChangeOrDeleteAPublishedRun(Vendor vendor) throws SQLException {
        TestDb db = TestDatabases.fresh(vendor);
        ResultRuns runs = new ResultRuns(new JdbcTemplate(db.dataSource()));
        ResultRun run = runs.publish(runs.saveDraft(RunKind.EVALUATION, "", YEAR, "2019", "abc", "{}", null, "a").id(), RunKind.EVALUATION, "b");
        ResultRun draft = runs.saveDraft(RunKind.EVALUATION, "", YEAR, "2019", "abc", "{}", null, "a");
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE result_run SET result_json = '{\"forged\":1}' WHERE id = " + run.id()))
                    .isInstanceOf(SQLException.class).hasMessageContaining("已发布的结果版本不可修改或删除");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM result_run WHERE id = " + run.id()))
                    .isInstanceOf(SQLException.class).hasMessageContaining("已发布的结果版本不可修改或删除");
            assertThat(s.executeUpdate("UPDATE result_run SET note = 'draft' WHERE id = " + draft.id())).isEqualTo(1);
        }
        assertThat(runs.get(run.id(), RunKind.EVALUATION).orElseThrow().json()).isEqualTo("{}");
    }
}
