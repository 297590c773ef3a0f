package cn.scorecard.app.platform.store;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.app.platform.Files2;
import cn.scorecard.app.platform.TestData;
import cn.scorecard.app.platform.TestDatabases;
import cn.scorecard.app.platform.TestDb;
import cn.scorecard.app.platform.TestFiles;
import cn.scorecard.app.platform.importing.ImportListener;
import cn.scorecard.app.platform.importing.ImportReport;
import cn.scorecard.app.platform.importing.Importer;
import cn.scorecard.core.cases.CaseType;
import cn.scorecard.core.cases.Times;
import cn.scorecard.core.court.Court;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.io.Rows;
import cn.scorecard.core.staff.StaffRuleSets;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The cases an import into an empty database builds while writing them (the demo's first start): the server takes them
 * instead of reading every row back, and what it serves is what a read of the rows gives: the same fingerprint, the same
 * data column by column, and a snapshot for the next start. A later import reads the rows back as before.
 */
class ImportedCasesTest {
    private static ImportReport importing(TestDb db, JdbcProvinceSource source, Path... paths) {
        ImportReport r = new Importer(db.dataSource(), StaffRuleSets.bundled()).handingCasesTo(source::adopt)
                .run(List.of(paths), "测试", ImportListener.NONE);
        assertThat(r.accepted()).as(r.summary(10)).isTrue();
        source.refresh();
        return r;
    }

    private static Snapshot fromRows(TestDb db) throws Exception {
        try (Connection c = db.dataSource().getConnection()) {
            return ProvinceLoader.load(c);
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void theFirstImportIsServedWithoutReadingItBackAndEqualsTheRows(Vendor vendor) throws Exception {
        TestDb db = TestDatabases.fresh(vendor);
        Path file = TestFiles.dir("imported").resolve("cases.snapshot");
        JdbcProvinceSource source = new JdbcProvinceSource(db.dataSource(), file.toString());
        assertThat(source.current().cases().size()).isZero(); // the empty database, read once
        assertThat(source.loads(CasesFrom.DATABASE)).isEqualTo(1);

        importing(db, source, TestData.demoDir());
        assertThat(source.loads(CasesFrom.MEMORY)).as("the import's cases taken").isEqualTo(1);
        assertThat(source.loads(CasesFrom.DATABASE)).as("no case read back").isEqualTo(1);
        Snapshot rows = fromRows(db);
        assertThat(source.current().cases().size()).isEqualTo(rows.province().cases().size()).isPositive();
        assertThat(source.fingerprint()).isEqualTo(rows.fingerprint());
        assertThat(source.version()).isEqualTo(rows.version());
        cn.scorecard.core.io.DataAssertions.assertSameData(source.current(), rows.province());
        cn.scorecard.core.io.DataAssertions.assertSamePeriods(source.current().cases(), rows.province().cases());
        assertThat(source.staffInputs()).isEqualTo(rows.staffInputs());

        source.awaitSnapshot(); // the imported cases are written to the snapshot, so the next start reads the file
        JdbcProvinceSource restarted = new JdbcProvinceSource(db.dataSource(), file.toString());
        assertThat(restarted.fingerprint()).isEqualTo(rows.fingerprint());
        assertThat(restarted.loads(CasesFrom.SNAPSHOT)).isEqualTo(1);
        assertThat(restarted.loads(CasesFrom.DATABASE)).isZero();

        // the database has cases now: a further import is read back from the rows
        importing(db, source, Files2.csv("案件.csv", "法院代码,案号,立案日期", "江0102,（2026）江0102执1号,2026-01-05"));
        assertThat(source.loads(CasesFrom.DATABASE)).isEqualTo(2);
        assertThat(source.current().cases().size()).isEqualTo(rows.province().cases().size() + 1);
        assertThat(source.fingerprint()).isEqualTo(fromRows(db).fingerprint());
    }

    @Test
    void itGivesUpWhereTheDatabaseWouldKeepFewerRowsBeyondItsMostOrWithoutToken() {
        assertThat(fed(c -> c.court(COURT)).kept()).isNull();
        assertThat(fed(c -> c.caseRow(CASE)).kept()).isNull();
        assertThat(fed(c -> c.step(STEP)).kept()).as("no case after a step").isNull(); // the case below comes after it
        assertThat(fed(c -> { }).kept()).isNotNull();
        ImportedCases beyondItsMost = new ImportedCases(1);
        beyondItsMost.court(COURT);
        beyondItsMost.caseRow(CASE);
        beyondItsMost.caseRow(new Rows.Case("江0102", "（2026）江0102执3号", CaseType.FIRST_ENFORCEMENT, 20_002, Times.NONE,
                null, null, 0, 0, null, null, null, false, false, false));
        beyondItsMost.token("token");
        assertThat(beyondItsMost.kept()).as("more cases than it builds").isNull();
        ImportedCases noToken = new ImportedCases();
        noToken.court(COURT);
        noToken.caseRow(CASE);
        assertThat(noToken.kept()).isNull();
    }

    private static final Court COURT = new Court("江0102", "城东区法院", CourtLevel.BASIC, null, false, false);
    private static final Rows.Case CASE = new Rows.Case("江0102", "（2026）江0102执1号", CaseType.FIRST_ENFORCEMENT, 20_000,
            Times.NONE, null, null, 0, 0, null, null, null, false, false, false);
    private static final Rows.Step STEP = new Rows.Step("江0102", "（2026）江0102执1号", "执行通知", 28_800_000, Times.NONE, null,
            0, null);

    /** A court and a case, with extra fed in between; token set. */
    private static ImportedCases fed(java.util.function.Consumer<ImportedCases> extra) {
        ImportedCases c = new ImportedCases();
        c.court(COURT);
        c.caseRow(CASE);
        extra.accept(c);
        c.caseRow(new Rows.Case("江0102", "（2026）江0102执2号", CaseType.FIRST_ENFORCEMENT, 20_001, Times.NONE, null, null,
                0, 0, null, null, null, false, false, false));
        c.token("token");
        return c;
    }
}
