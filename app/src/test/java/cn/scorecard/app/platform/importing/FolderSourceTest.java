package cn.scorecard.app.platform.importing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.app.platform.TestData;
import cn.scorecard.app.platform.TestDatabases;
import cn.scorecard.app.platform.TestDb;
import cn.scorecard.app.platform.TestFiles;
import cn.scorecard.app.platform.store.Vendor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 14, point 4: a watched folder with three weekly files imports them in name order (the third refers to a
 * case only the second brings, and the second updates a case of the first), each an import of its own with its
 * log row and counts, moved to done/ with the report beside it; a bad file goes to failed/ with the errors.
 */
class FolderSourceTest {
    private static final String PROFILE = """
            name: 周报文件夹
            sources:
              - file: 案件*.csv
                records:
                  - type: 案件
                    columns:
                      法院代码: 法院
                      案号: 案号
                      立案日期: {from: 收案日期, date: yyyyMMdd}
                      结案日期: {from: 结案日期, date: yyyyMMdd}
                      结案方式: 结案方式
              - file: 节点*.csv
                records:
                  - type: 流程节点
                    columns: {法院代码: 法院, 案号: 案号, 节点: 节点, 时间: 时间}
            """;

    @Test
    void threeFilesAreImportedInOrderAndFiled() throws Exception {
        TestDb db = TestDatabases.fresh(Vendor.H2);
        assertThat(Imported.run(db, TestData.demoDir()).accepted()).isTrue();
        ImportProfiles profiles = new ImportProfiles(db.dataSource());
        profiles.save(PROFILE, "测试");
        Importer importer = Imported.importer(db);
        Path folder = TestFiles.dir("watched");
        write(folder, "节点20260113.csv", "法院,案号,节点,时间", "江0102,（2026）江0102执8002号,执行通知,2026-01-12 09:00");
        write(folder, "案件20260112.csv", "法院,案号,收案日期,结案日期,结案方式",
                "江0102,（2026）江0102执8001号,20260105,20260110,执行完毕", "江0102,（2026）江0102执8002号,20260111,,");
        write(folder, "案件20260105.csv", "法院,案号,收案日期,结案日期,结案方式", "江0102,（2026）江0102执8001号,20260105,,");
        FolderSource source = new FolderSource(folder, null, profiles,
                (files, profile, actor) -> importer.run(files, profile, actor, ImportListener.NONE), Duration.ZERO);

        List<ImportReport> reports = source.runOnce("文件夹监视");
        assertThat(reports).allSatisfy(r -> assertThat(r.accepted()).as(r.summary(10)).isTrue());
        assertThat(reports).extracting(r -> r.tables().get(0)).containsExactly(
                "案件20260105.csv（导入配置“周报文件夹”）", "案件20260112.csv（导入配置“周报文件夹”）", "节点20260113.csv（导入配置“周报文件夹”）");
        assertThat(reports).extracting(ImportReport::rowsWritten).containsExactly(1L, 2L, 1L);
        try (var left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("done");
        }
        assertThat(folder.resolve("done/案件20260112.csv")).exists();
        assertThat(Files.readString(folder.resolve("done/节点20260113.csv.report.txt"))).contains("导入成功");

        JdbcTemplate jdbc = new JdbcTemplate(db.dataSource());
        Map<String, Object> updated = jdbc.queryForMap("SELECT closed_on, closing_method FROM enforcement_case "
                + "WHERE court_code = '江0102' AND case_number = '（2026）江0102执8001号'");
        assertThat(updated.get("closed_on").toString()).isEqualTo("2026-01-10");
        assertThat(updated.get("closing_method")).isEqualTo("FULFILLED");
        assertThat(jdbc.queryForList("SELECT rows_written, written FROM import_log WHERE actor = '文件夹监视' ORDER BY id"))
                .extracting(m -> m.get("rows_written") + " " + m.get("written"))
                .containsExactly("1 案件 1", "2 案件 2", "1 流程节点 1");

        write(folder, "案件20260119.csv", "法院,案号,收案日期,结案日期,结案方式", "江0102,（2026）江0102执8003号,2026-1-19,,");
        List<ImportReport> bad = source.runOnce("文件夹监视");
        assertThat(bad).singleElement().satisfies(r -> assertThat(r.accepted()).isFalse());
        assertThat(Files.readString(folder.resolve("failed/案件20260119.csv.report.txt")))
                .contains("导入失败").contains("案件20260119.csv 第2行 收案日期 “2026-1-19”：日期格式不符");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM enforcement_case WHERE case_number = '（2026）江0102执8003号'",
                Long.class)).isZero();
        assertThat(source.runOnce("文件夹监视")).as("nothing left waiting").isEmpty();
    }

    private static void write(Path dir, String name, String... lines) throws Exception {
        Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }
}
