package cn.scorecard.app.platform.importing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.app.platform.DbState;
import cn.scorecard.app.platform.Files2;
import cn.scorecard.app.platform.TestDb;
import cn.scorecard.app.platform.store.Vendor;
import cn.scorecard.core.io.ImportError;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad row is reported with file, row, column, value and the reader's message, and leaves the
 * database exactly as it was (row counts and checksum of every table, data version), on H2 and PostgreSQL.
 * References are checked against the database and the files of the same import.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportValidationTest {
    static final String CASE_HEADER = "法院代码,案号,立案日期,结案日期,结案方式,申请标的额,承办法官";
    private final Imported imported = new Imported();

    Stream<Arguments> badRows() {
        return Stream.of(
                bad("malformed 案号", "江0102,2024江0102执9001号,2024-03-01,,,1000,", "案号", "2024江0102执9001号",
                        "案号格式不正确（应如 （2024）豫1302执123号）"),
                bad("date that does not exist", "江0102,（2024）江0102执9001号,2024-02-30,,,1000,", "立案日期", "2024-02-30",
                        "日期不存在"),
                bad("closing before filing", "江0102,（2024）江0102执9001号,2024-05-01,2024-04-01,执行完毕,1000,", "结案日期",
                        "2024-04-01", "结案日期早于立案日期"),
                bad("negative amount", "江0102,（2024）江0102执9001号,2024-03-01,,,-100,", "申请标的额", "-100", "金额不能为负数"),
                bad("unknown court", "X99,（2024）X99执1号,2024-03-01,,,1000,", "法院代码", "X99",
                        "未知的法院（法院.csv 和数据库中都没有此法院代码）"),
                bad("unknown person", "江0102,（2024）江0102执9001号,2024-03-01,,,1000,NOPE-1", "承办法官", "NOPE-1",
                        "未知的人员（人员.csv 和数据库中都没有此人员编号）"));
    }

    private static Arguments bad(String what, String row, String column, String value, String reason) {
        return Arguments.of(what, row, column, value, reason);
    }

    Stream<Arguments> cases() {
        return Stream.of(Vendor.values()).flatMap(v -> badRows().map(a -> Arguments.of(v, a.get()[0], a.get()[1],
                a.get()[2], a.get()[3], a.get()[4])));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void badRowIsReportedAndNothingChanges(Vendor vendor, String what, String row, String column, String value,
                                           String reason) {
        TestDb db = imported.demo(vendor);
        DbState before = DbState.of(db.dataSource());
        // a sound row first: it must not be written either
        Path file = Files2.csv("案件.csv", CASE_HEADER, "江0102,（2024）江0102执9000号,2024-03-01,,,500,", row);
        ImportReport r = Imported.run(db, file);
        assertThat(r.accepted()).isFalse();
        assertThat(r.errors()).containsExactly(new ImportError("案件.csv", null, 3, column, value, reason));
        assertThat(DbState.of(db.dataSource())).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void duplicateKeyInTheFile(Vendor vendor) {
        TestDb db = imported.demo(vendor);
        DbState before = DbState.of(db.dataSource());
        Path file = Files2.csv("案件.csv", CASE_HEADER, "江0102,（2024）江0102执9000号,2024-03-01,,,500,",
                "江0102,(2024)江0102执9000号,2024-03-02,,,600,");
        ImportReport r = Imported.run(db, file);
        assertThat(r.errors()).containsExactly(new ImportError("案件.csv", null, 3, "案号", "(2024)江0102执9000号",
                "案件重复（该法院的此案号已在第2行出现）"));
        assertThat(DbState.of(db.dataSource())).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void everyBadRowOfEveryFileIsReportedAndASoundFileOfTheSameImportIsNotWritten(Vendor vendor) throws IOException {
        TestDb db = imported.demo(vendor);
        DbState before = DbState.of(db.dataSource());
        Path dir = cn.scorecard.app.platform.TestFiles.dir("mixed");
        Files.writeString(dir.resolve("法院.csv"), "法院代码,法院名称,层级,上级法院代码\n江0199,新设区人民法院,基层,江01\n");
        Files.writeString(dir.resolve("流程节点.csv"), "法院代码,案号,节点,时间\n江0102,（2024）江0102执77777号,执行通知,2024-03-01\n"
                + "江0199,（2024）江0199执1号,执行通知,2024-13-01\n");
        Files.writeString(dir.resolve("考核事件.csv"), "人员编号,日期,事件类型\nNOPE-1,2024-03-01,进京访\n");
        ImportReport r = Imported.run(db, dir);
        assertThat(r.accepted()).isFalse();
        assertThat(r.errors()).extracting(ImportError::file, ImportError::row, ImportError::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("流程节点.csv", 2L, "案号"),
                        org.assertj.core.groups.Tuple.tuple("流程节点.csv", 3L, "案号"),
                        org.assertj.core.groups.Tuple.tuple("流程节点.csv", 3L, "时间"),
                        org.assertj.core.groups.Tuple.tuple("考核事件.csv", 2L, "人员编号"));
        assertThat(r.errors().get(0).reason()).isEqualTo("未知的案件（案件.csv 和数据库中都没有该法院的此案号）");
        assertThat(r.errors().get(3).reason()).isEqualTo("未知的人员（人员.csv 和数据库中都没有此人员编号）");
        assertThat(DbState.of(db.dataSource())).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void workbookErrorsNameTheSheet(Vendor vendor) throws IOException {
        TestDb db = imported.demo(vendor);
        DbState before = DbState.of(db.dataSource());
        Path file = cn.scorecard.app.platform.TestFiles.dir("xlsx").resolve("数据.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("案件");
            String[] header = CASE_HEADER.split(",");
            String[] row = "江0102,（2024）江0102执9001号,2024年2月30日,,,1000,".split(",", -1);
            for (int c = 0; c < header.length; c++) {
                ws.value(0, c, header[c]);
                ws.value(1, c, row[c]);
            }
            wb.finish();
        }
        ImportReport r = Imported.run(db, file);
        assertThat(r.errors()).containsExactly(new ImportError("数据.xlsx", "案件", 2, "立案日期", "2024年2月30日", "日期不存在"));
        assertThat(r.errors().get(0).toString()).isEqualTo("数据.xlsx 工作表“案件” 第2行 立案日期 “2024年2月30日”：日期不存在");
        assertThat(DbState.of(db.dataSource())).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void staffInputRowsAreReadAndCountedLikeEveryOtherTable(Vendor vendor) {
        TestDb db = imported.demo(vendor);
        String judge = new org.springframework.jdbc.core.JdbcTemplate(db.dataSource()).queryForObject(
                "SELECT MIN(code) FROM staff WHERE role = 'JUDGE'", String.class);
        ImportReport r = Imported.run(db, Files2.csv("考核事件.csv", "人员编号,日期,事件类型,事件编号",
                judge + ",2025-03-05,消极执行、违法执行、选择性执行,T-1", judge + ",2025-03-06,消极执行、违法执行、选择性执行,T-2"));
        assertThat(r.accepted()).as(r.summary(5)).isTrue();
        assertThat(r.rowsRead()).isEqualTo(2);
        assertThat(r.written()).containsExactly(java.util.Map.entry("考核事件", 2L));
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void unknownFileNamesAreRejected(Vendor vendor) {
        TestDb db = imported.demo(vendor);
        ImportReport r = Imported.run(db, Files2.csv("案件表.csv", CASE_HEADER));
        assertThat(r.accepted()).isFalse();
        assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e.reason()).startsWith("无法识别的文件名"));
    }
}
