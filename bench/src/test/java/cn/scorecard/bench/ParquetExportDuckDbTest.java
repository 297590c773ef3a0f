package cn.scorecard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.PeriodAdjustment;
import cn.scorecard.core.cases.StepType;
import cn.scorecard.core.cases.Times;
import cn.scorecard.core.data.Payment;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.io.DataDirectoryReader;
import cn.scorecard.core.io.parquet.ProvinceParquet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Parquet files of core's own writer, read back by DuckDB: the hand-written province io/simple (values known
 * from its CSV files) and a demo province written in row groups and pages far smaller than the tables.
 */
class ParquetExportDuckDbTest {
    @TempDir
    Path tmp;
    private Connection duck;

    @BeforeEach
    void open() throws SQLException {
        duck = DriverManager.getConnection("jdbc:duckdb:");
    }

    @AfterEach
    void close() throws SQLException {
        duck.close();
    }

    /** io/simple of core's test classes, copied out of the test jar. */
    private Path simple() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("simple"));
        for (String f : List.of("法院.csv", "人员.csv", "案件.csv", "流程节点.csv")) {
            try (InputStream in = getClass().getResourceAsStream("/io/simple/" + f)) {
                Files.copy(in, dir.resolve(f));
            }
        }
        return dir;
    }

    private String file(Path out, String name) {
        return "read_parquet('" + out.resolve(name).toString().replace("'", "''") + "')";
    }

    private List<List<String>> rows(String sql) throws SQLException {
        List<List<String>> out = new ArrayList<>();
        try (Statement s = duck.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>(n);
                for (int i = 1; i <= n; i++) row.add(rs.getString(i));
                out.add(row);
            }
        }
        return out;
    }

    private String one(String sql) throws SQLException {
        return rows(sql).get(0).get(0);
    }

    @Test
    void theSimpleProvinceReadsBackWithItsValuesNullsDatesAndCaseNumbers() throws Exception {
        ProvinceData data = DataDirectoryReader.read(simple());
        Path out = tmp.resolve("out");
        ProvinceParquet.write(data, out);
        String cases = file(out, ProvinceParquet.CASES);

        assertThat(one("SELECT count(*) FROM " + cases)).isEqualTo("10");
        assertThat(rows("SELECT court, count(*) FROM " + cases + " GROUP BY 1 ORDER BY 1")).containsExactly(
                List.of("豫", "1"), List.of("豫13", "2"), List.of("豫1302", "4"), List.of("豫1303", "3"));
        assertThat(rows("SELECT case_number, case_type, case_type_name, filed, closed, closing_method, category, applied,"
                + " delivered, deducted_days, extended_days, online_auction, whereabouts_unknown, judge, assistant, clerk FROM "
                + cases + " WHERE case_number = '（2024）豫1302执2号'")).containsExactly(List.of("（2024）豫1302执2号", "执",
                "首次执行", "2024-01-10", "2024-06-28", "终结本次执行程序", "民商事", "250000.50", "0.00", "42", "30", "true",
                "true", "P001", "P002", "P003"));
        List<String> open = rows("SELECT closed, closing_method, delivered, assistant, category FROM " + cases
                + " WHERE case_number = '（2024）豫1302执3号'").get(0);
        assertThat(open).containsExactly(null, null, null, null, "仲裁");
        assertThat(rows("SELECT category, applied, judge, case_type FROM " + cases + " WHERE court = '豫'"))
                .containsExactly(java.util.Arrays.asList(null, null, null, "执复"));
        // 案号 as the case table spells it (the file's half-width brackets made full-width), in table order
        List<String> numbers = new ArrayList<>();
        for (int r = 0; r < data.cases().size(); r++) numbers.add(data.cases().number(r));
        assertThat(rows("SELECT case_number FROM read_parquet('" + out.resolve(ProvinceParquet.CASES) + "', file_row_number = true)"
                + " ORDER BY file_row_number").stream().map(r -> r.get(0)).toList()).isEqualTo(numbers).contains("（2024）豫1303执恢2号");
        int row = numbers.indexOf("（2024）豫1302执2号");
        assertThat(one("SELECT statutory_deadline || ' ' || absolute_deadline FROM " + cases + " WHERE case_number = '（2024）豫1302执2号'"))
                .isEqualTo(Times.format(data.cases().statutoryDeadline(row)) + " " + Times.format(data.cases().absoluteDeadline(row)));
        assertThat(rows("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM " + cases + ")"
                + " WHERE column_name IN ('filed', 'closed', 'applied', 'remote_control', 'deducted_days', 'case_number')"))
                .containsExactlyInAnyOrder(List.of("case_number", "VARCHAR"), List.of("filed", "DATE"), List.of("closed", "DATE"),
                        List.of("applied", "DECIMAL(18,2)"), List.of("deducted_days", "INTEGER"), List.of("remote_control", "BOOLEAN"));

        String steps = file(out, ProvinceParquet.STEPS);
        assertThat(one("SELECT typeof(time) FROM " + steps + " LIMIT 1")).isEqualTo("TIMESTAMP");
        assertThat(rows("SELECT step, step_code, strftime(time, '%Y-%m-%d %H:%M') FROM " + steps
                + " WHERE case_number = '（2024）豫1302执1号'")).containsExactly(
                List.of("执行通知", "EXECUTION_NOTICE", "2024-01-08 16:30"), List.of("网络查控发起", "ONLINE_SEARCH_START", "2024-01-09 00:00"));
        assertThat(one("SELECT count(*) FROM " + steps)).isEqualTo("8");

        assertThat(rows("SELECT case_number, strftime(arrived, '%Y-%m-%d %H:%M'), strftime(released, '%Y-%m-%d %H:%M'), late_approved, amount FROM "
                + file(out, ProvinceParquet.PAYMENTS) + " WHERE court = '豫1303' ORDER BY arrived")).containsExactly(
                java.util.Arrays.asList("（2024）豫1303执1号", "2024-04-10 00:00", null, "true", "5000.05"),
                List.of("（2024）豫1303执8号", "2024-04-20 10:00", "2024-05-08 11:00", "true", "1200.30"));
        assertThat(rows("SELECT strftime(time, '%H:%M'), recorder_used, archived FROM " + file(out, ProvinceParquet.FIELD_ACTIONS)
                + " ORDER BY time")).containsExactly(List.of("14:00", "true", "true"), List.of("09:15", "true", "false"));
        assertThat(rows("SELECT kind, start, \"end\", days, reason FROM " + file(out, ProvinceParquet.ADJUSTMENTS)
                + " WHERE case_number = '（2024）豫1302执2号' AND kind = '扣除期间' ORDER BY start")).containsExactly(
                List.of("扣除期间", "2024-03-10", "2024-04-08", "30", "公告"), List.of("扣除期间", "2024-04-01", "2024-04-20", "20", "评估"),
                java.util.Arrays.asList("扣除期间", "2024-05-01", null, "0", "中止（尚未结束）"));
        assertThat(one("SELECT count(*) FROM " + file(out, ProvinceParquet.ADJUSTMENTS))).isEqualTo("6");
        assertThat(rows("SELECT court, name, level, parent, key_city FROM " + file(out, ProvinceParquet.COURTS))).containsExactly(
                java.util.Arrays.asList("豫", "河南省高级人民法院", "高级", null, "false"), List.of("豫13", "南阳市中级人民法院", "中级", "豫", "true"),
                List.of("豫1302", "南阳市宛城区人民法院", "基层", "豫13", "false"), List.of("豫1303", "南阳市卧龙区人民法院", "基层", "豫13", "false"));
    }
}
