package cn.scorecard.app.platform.importing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.app.platform.DbState;
import cn.scorecard.app.platform.Files2;
import cn.scorecard.app.platform.TestData;
import cn.scorecard.app.platform.TestDatabases;
import cn.scorecard.app.platform.TestDb;
import cn.scorecard.app.platform.store.ProvinceLoader;
import cn.scorecard.app.platform.store.Snapshot;
import cn.scorecard.app.platform.store.Table;
import cn.scorecard.app.platform.store.Vendor;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Importing the same records again updates them; a steps file replaces the stored steps of the cases it names. */
class ReimportTest {
    @ParameterizedTest
    @EnumSource(Vendor.class)
    void theSameDataTwiceChangesNothingButTheVersion(Vendor vendor) throws SQLException {
        TestDb db = TestDatabases.fresh(vendor);
        assertThat(Imported.run(db, TestData.demoDir()).accepted()).isTrue();
        DbState first = DbState.of(db.dataSource());
        Snapshot before = snapshot(db);
        ImportReport again = Imported.run(db, TestData.demoDir());
        assertThat(again.accepted()).isTrue();
        DbState second = DbState.of(db.dataSource());
        assertThat(second.counts()).isEqualTo(first.counts());
        assertThat(second.version()).isEqualTo(first.version() + 1);
        Snapshot after = snapshot(db);
        assertThat(after.fingerprint()).isEqualTo(before.fingerprint());
        assertThat(after.province().cases().size()).isEqualTo(4_000);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aChangedRecordIsUpdatedAndNewOnesAdded(Vendor vendor) throws SQLException {
        TestDb db = TestDatabases.fresh(vendor);
        assertThat(Imported.run(db, TestData.demoDir()).accepted()).isTrue();
        String number = firstCase(db, "江0102");
        DbState before = DbState.of(db.dataSource());
        Path file = Files2.csv("案件.csv", "法院代码,案号,立案日期,结案日期,结案方式,申请标的额",
                "江0102," + number + ",2024-01-02,2024-02-03,执行完毕,777.70",
                "江0102,（2026）江0102执1号,2026-01-05,,,100");
        ImportReport r = Imported.run(db, file);
        assertThat(r.accepted()).as(r.summary(10)).isTrue();
        DbState after = DbState.of(db.dataSource());
        assertThat(after.count(Table.CASE)).isEqualTo(before.count(Table.CASE) + 1);
        assertThat(after.count(Table.STEP)).isEqualTo(before.count(Table.STEP));
        try (Connection c = db.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT closed_on, applied_fen, closing_method FROM enforcement_case WHERE court_code = ? AND case_number = ?")) {
            ps.setString(1, "江0102");
            ps.setString(2, number);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getObject(1, java.time.LocalDate.class)).isEqualTo("2024-02-03");
                assertThat(rs.getLong(2)).isEqualTo(77_770);
                assertThat(rs.getString(3)).isEqualTo("FULFILLED");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aStepsFileReplacesTheStepsOfTheCasesItNamesOnly(Vendor vendor) throws SQLException {
        TestDb db = TestDatabases.fresh(vendor);
        assertThat(Imported.run(db, TestData.demoDir()).accepted()).isTrue();
        String number = firstCase(db, "江0102");
        long stepsOfCase = steps(db, "江0102", number);
        assertThat(stepsOfCase).isGreaterThan(1);
        DbState before = DbState.of(db.dataSource());
        Path file = Files2.csv("流程节点.csv", "法院代码,案号,节点,时间,标志",
                "江0102," + number + ",执行通知,2024-01-05 09:00,",
                "江0102," + number + ",拍卖启动,2024-03-05 09:00,网络");
        ImportReport r = Imported.run(db, file);
        assertThat(r.accepted()).as(r.summary(10)).isTrue();
        assertThat(steps(db, "江0102", number)).isEqualTo(2);
        assertThat(DbState.of(db.dataSource()).count(Table.STEP)).isEqualTo(before.count(Table.STEP) - stepsOfCase + 2);
    }

    static Snapshot snapshot(TestDb db) throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            return ProvinceLoader.load(c);
        }
    }

    /** A case of the court with more than one step. */
    private static String firstCase(TestDb db, String court) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT e.case_number FROM enforcement_case e JOIN case_step s ON s.case_id = e.case_id "
                        + "WHERE e.court_code = ? GROUP BY e.case_number HAVING COUNT(*) > 3 ORDER BY e.case_number")) {
            ps.setString(1, court);
            try (ResultSet rs = ps.executeQuery()) {
                List<String> found = new ArrayList<>();
                while (rs.next()) found.add(rs.getString(1));
                return found.get(0);
            }
        }
    }

    private static long steps(TestDb db, String court, String number) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM case_step s JOIN enforcement_case e ON s.case_id = e.case_id "
                        + "WHERE e.court_code = ? AND e.case_number = ?")) {
            ps.setString(1, court);
            ps.setString(2, number);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
