package cn.scorecard.app.platform.importing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.app.platform.TestData;
import cn.scorecard.app.platform.TestDatabases;
import cn.scorecard.app.platform.TestDb;
import cn.scorecard.app.platform.store.Vendor;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 14, point 4: a database source (a view in the court's database, here a table on the suite's embedded
 * PostgreSQL) read with a "changed since" column: each run imports only the rows changed since the last accepted
 * run; a rejected run leaves the watermark, so its rows come again once fixed.
 */
class JdbcSourceTest {
    private static final String QUERY = "SELECT court AS \"法院代码\", number AS \"案号\", filed AS \"立案日期\", "
            + "closed AS \"结案日期\", method AS \"结案方式\", changed_at FROM court_cases";

    @Test
    void eachRunImportsOnlyTheRowsChangedSinceTheLastAcceptedRun() throws Exception {
        TestDb court = TestDatabases.fresh(Vendor.POSTGRESQL);
        JdbcTemplate src = new JdbcTemplate(court.dataSource());
        src.execute("CREATE TABLE court_cases (court VARCHAR(32), number VARCHAR(80), filed DATE, closed DATE, method VARCHAR(20), "
                + "changed_at TIMESTAMP NOT NULL)");
        src.update("INSERT INTO court_cases VALUES ('江0102', '（2026）江0102执7001号', DATE '2026-01-05', NULL, NULL, TIMESTAMP '2026-01-05 18:00:00')");
        src.update("INSERT INTO court_cases VALUES ('江0102', '（2026）江0102执7002号', DATE '2026-01-06', NULL, NULL, TIMESTAMP '2026-01-06 18:00:00')");

        TestDb db = TestDatabases.fresh(Vendor.H2);
        assertThat(Imported.run(db, TestData.demoDir()).accepted()).isTrue();
        Importer importer = Imported.importer(db);
        JdbcSource source = new JdbcSource(new JdbcSource.Config("案件", court.url(), court.user(), court.password(), QUERY,
                "changed_at", null), db.dataSource(), new ImportProfiles(db.dataSource()),
                (tables, profile, actor, hook) -> importer.run(tables, profile, actor, ImportListener.NONE, hook));
        JdbcTemplate jdbc = new JdbcTemplate(db.dataSource());

        ImportReport first = source.runOnce("数据库来源").orElseThrow();
        assertThat(first.accepted()).as(first.summary(10)).isTrue();
        assertThat(first.rowsRead()).isEqualTo(2);
        assertThat(source.runOnce("数据库来源")).as("nothing changed").isEmpty();

        src.update("UPDATE court_cases SET closed = DATE '2026-01-20', method = '执行完毕', changed_at = TIMESTAMP '2026-01-20 18:00:00' "
                + "WHERE number = '（2026）江0102执7001号'");
        src.update("INSERT INTO court_cases VALUES ('江0102', '（2026）江0102执7003号', DATE '2026-01-21', NULL, NULL, TIMESTAMP '2026-01-21 18:00:00')");
        ImportReport second = source.runOnce("数据库来源").orElseThrow();
        assertThat(second.accepted()).as(second.summary(10)).isTrue();
        assertThat(second.rowsRead()).as("only the changed and the new row").isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT closing_method FROM enforcement_case WHERE case_number = '（2026）江0102执7001号'",
                String.class)).isEqualTo("FULFILLED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM enforcement_case WHERE case_number LIKE '（2026）江0102执700_号'",
                Long.class)).isEqualTo(3);

        src.update("INSERT INTO court_cases VALUES ('江0102', '（2026）江0102执7004号', DATE '2026-01-22', NULL, '办完了', TIMESTAMP '2026-01-22 18:00:00')");
        ImportReport rejected = source.runOnce("数据库来源").orElseThrow();
        assertThat(rejected.accepted()).isFalse();
        assertThat(rejected.errors()).first().satisfies(e -> {
            assertThat(e.file()).isEqualTo("案件");
            assertThat(e.column()).isEqualTo("结案方式");
            assertThat(e.value()).isEqualTo("办完了");
        });
        src.update("UPDATE court_cases SET method = NULL WHERE number = '（2026）江0102执7004号'");
        Optional<ImportReport> again = source.runOnce("数据库来源");
        assertThat(again).as("the rejected run's row is read again").hasValueSatisfying(r -> {
            assertThat(r.accepted()).isTrue();
            assertThat(r.rowsRead()).isEqualTo(1);
        });
        assertThat(jdbc.queryForObject("SELECT watermark FROM import_watermark WHERE source = '案件'", String.class))
                .startsWith("2026-01-22 18:00:00");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM import_log WHERE actor = '数据库来源' AND accepted", Long.class))
                .isEqualTo(3);
    }
}
