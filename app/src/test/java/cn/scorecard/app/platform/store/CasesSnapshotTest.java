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
import cn.scorecard.core.data.EvidenceStatus;
import cn.scorecard.core.staff.StaffRuleSets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The server's built cases (issue 11 point 3): written to a snapshot after a read from the database, loaded from it by
 * the next start (equal to the province read from the rows), ignored when the cases token or the courts and staff
 * differ, and kept in memory when only other records change (an evidence finding reads no case again).
 */
class CasesSnapshotTest {
    private static ImportReport importing(TestDb db, Path... paths) {
        ImportReport r = new Importer(db.dataSource(), StaffRuleSets.bundled()).run(List.of(paths), "测试", ImportListener.NONE);
        assertThat(r.accepted()).as(r.summary(10)).isTrue();
        return r;
    }

    private static Snapshot fromRows(TestDb db) throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            return ProvinceLoader.load(c);
        }
    }

    private static JdbcProvinceSource started(TestDb db, Path file) {
        JdbcProvinceSource source = new JdbcProvinceSource(db.dataSource(), file.toString());
        source.snapshot();
        source.awaitSnapshot();
        return source;
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aRestartLoadsTheSnapshotEqualToTheRowsAndAnotherTokenIsIgnored(Vendor vendor) throws Exception {
        TestDb db = TestDatabases.fresh(vendor);
        importing(db, TestData.demoDir());
        Path file = TestFiles.dir("snapshot").resolve("cases.snapshot");

        JdbcProvinceSource first = started(db, file);
        assertThat(first.loads(CasesFrom.DATABASE)).isEqualTo(1);
        assertThat(file).isRegularFile();
        Snapshot rows = fromRows(db);
        assertThat(first.fingerprint()).isEqualTo(rows.fingerprint());

        JdbcProvinceSource restarted = started(db, file);
        assertThat(restarted.loads(CasesFrom.SNAPSHOT)).isEqualTo(1);
        assertThat(restarted.loads(CasesFrom.DATABASE)).isZero();
        assertThat(restarted.fingerprint()).isEqualTo(rows.fingerprint());
        assertThat(restarted.version()).isEqualTo(rows.version());
        sameData(restarted.current(), rows.province());
        assertThat(restarted.staffInputs()).isEqualTo(rows.staffInputs());

        // an import of one case: a new token, so the snapshot of the old one is ignored, read from the rows and replaced
        importing(db, Files2.csv("案件.csv", "法院代码,案号,立案日期", "江0102,（2026）江0102执1号,2026-01-05"));
        long fileTime = Files.getLastModifiedTime(file).toMillis();
        JdbcProvinceSource afterImport = started(db, file);
        assertThat(afterImport.loads(CasesFrom.SNAPSHOT)).isZero();
        assertThat(afterImport.loads(CasesFrom.DATABASE)).isEqualTo(1);
        assertThat(afterImport.current().cases().size()).isEqualTo(rows.province().cases().size() + 1);
        assertThat(afterImport.fingerprint()).isNotEqualTo(rows.fingerprint()).isEqualTo(fromRows(db).fingerprint());
        assertThat(Files.getLastModifiedTime(file).toMillis()).isGreaterThanOrEqualTo(fileTime);
        JdbcProvinceSource again = started(db, file);
        assertThat(again.loads(CasesFrom.SNAPSHOT)).as("the snapshot rewritten for the new token").isEqualTo(1);
        sameData(again.current(), fromRows(db).province());
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void otherCourtsOrStaffOrABrokenFileAreIgnored(Vendor vendor) throws Exception {
        TestDb db = TestDatabases.fresh(vendor);
        importing(db, TestData.demoDir());
        Path file = TestFiles.dir("snapshot").resolve("cases.snapshot");
        started(db, file);
        JdbcTemplate jdbc = new JdbcTemplate(db.dataSource());

        // a person renamed behind the importer's back (the token stays): the courts and staff no longer match
        jdbc.update("UPDATE staff SET name = '改名' WHERE code = (SELECT MIN(code) FROM staff)");
        JdbcProvinceSource renamed = started(db, file);
        assertThat(renamed.loads(CasesFrom.DATABASE)).isEqualTo(1);
        assertThat(renamed.current().staff()).anySatisfy(s -> assertThat(s.name()).isEqualTo("改名"));
        assertThat(renamed.fingerprint()).isEqualTo(fromRows(db).fingerprint());

        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2)); // cut off
        JdbcProvinceSource broken = started(db, file);
        assertThat(broken.loads(CasesFrom.DATABASE)).isEqualTo(1);
        sameData(broken.current(), fromRows(db).province());

        // cases changed outside an import, who then clears the token: the snapshot no longer applies
        jdbc.update("UPDATE data_version SET cases_token = NULL WHERE id = 1");
        JdbcProvinceSource cleared = started(db, file);
        assertThat(cleared.loads(CasesFrom.DATABASE)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT cases_token FROM data_version", String.class)).isNotNull();
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void anEvidenceFindingReadsNoCaseAgain(Vendor vendor) throws Exception {
        TestDb db = TestDatabases.fresh(vendor);
        importing(db, TestData.demoDir());
        JdbcProvinceSource source = started(db, TestFiles.dir("snapshot").resolve("cases.snapshot"));
        Snapshot before = source.snapshot();
        JdbcTemplate jdbc = new JdbcTemplate(db.dataSource());

        // what the evidence page does (EvidenceRepository.save): the finding, and the data version raised
        int updated = jdbc.update("UPDATE evidence SET status = ?, reason = ? WHERE seq = (SELECT MIN(seq) FROM evidence)",
                EvidenceStatus.NOT_MET.name(), "复核未通过");
        assertThat(updated).isEqualTo(1);
        jdbc.update("UPDATE data_version SET version = version + 1 WHERE id = 1");
        source.refresh();

        assertThat(source.version()).isEqualTo(before.version() + 1);
        assertThat(source.loads(CasesFrom.DATABASE)).as("the cases were read once, at the start").isEqualTo(1);
        assertThat(source.loads(CasesFrom.MEMORY)).isEqualTo(1);
        assertThat(source.current().cases()).isSameAs(before.province().cases());
        assertThat(source.current().evidence()).anySatisfy(e -> {
            assertThat(e.status()).isEqualTo(EvidenceStatus.NOT_MET);
            assertThat(e.reason()).isEqualTo("复核未通过");
        });
        Snapshot rows = fromRows(db);
        assertThat(source.fingerprint()).isNotEqualTo(before.fingerprint()).isEqualTo(rows.fingerprint());
        sameData(source.current(), rows.province());
    }

    /** Column by column as core's reader tests compare, and the periods a snapshot must bring back too. */
    private static void sameData(cn.scorecard.core.data.ProvinceData actual, cn.scorecard.core.data.ProvinceData expected) {
        cn.scorecard.core.io.DataAssertions.assertSameData(actual, expected);
        cn.scorecard.core.io.DataAssertions.assertSamePeriods(actual.cases(), expected.cases());
    }
}
