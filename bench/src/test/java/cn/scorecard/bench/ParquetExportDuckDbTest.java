package cn.scorecard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.PeriodAdjustment;
import cn.scorecard.core.cases.StepType;
import cn.scorecard.core.cases.Times;
import cn.scorecard.core.data.Payment;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.demo.DemoDirectory;
import cn.scorecard.core.demo.DemoSpec;
import cn.scorecard.core.staff.StaffRuleSets;
import cn.scorecard.core.io.DataDirectoryReader;
import cn.scorecard.core.io.parquet.Compression;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Parquet files of core's own writer, read back by DuckDB: the hand-written province io/simple (values known
 * from its CSV files) gzipped and uncompressed, and a demo province gzipped in row groups and pages far smaller than
 * the tables, its chunks' sizes as DuckDB reads them from the footer.
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

    @ParameterizedTest
    @EnumSource(Compression.class)
    void theSimpleProvinceReadsBackWithItsValuesNullsDatesAndCaseNumbers(Compression compression) throws Exception {
        ProvinceData data = DataDirectoryReader.read(simple());
        Path out = tmp.resolve("out");
        ProvinceParquet.write(data, out, compression);
        String cases = file(out, ProvinceParquet.CASES);
        assertThat(rows("SELECT DISTINCT compression FROM parquet_metadata('" + out.resolve(ProvinceParquet.STEPS) + "')"))
                .containsExactly(List.of(compression == Compression.GZIP ? "GZIP" : "UNCOMPRESSED"));

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
        assertThat(rows("SELECT court, step, strftime(time, '%Y-%m-%d %H:%M') FROM " + steps
                + " WHERE case_number = '（2024）豫1302执1号'")).containsExactly(
                List.of("豫1302", "执行通知", "2024-01-08 16:30"), List.of("豫1302", "网络查控发起", "2024-01-09 00:00"));
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

    @Test
    void aDemoProvinceInManyRowGroupsAndPagesReadsBackRowByRowAndInAggregate() throws Exception {
        Path dir = tmp.resolve("demo");
        DemoDirectory.write(DemoSpec.defaults(13L).withCourts(2, 3).withCases(2_000), StaffRuleSets.bundled(), dir,
                DemoDirectory.Progress.NONE);
        ProvinceData data = DataDirectoryReader.read(dir);
        CaseTable t = data.cases();
        Path out = tmp.resolve("out");
        ProvinceParquet.Limits limits = new ProvinceParquet.Limits(300, 64, 2_000);
        List<ProvinceParquet.Written> written = ProvinceParquet.write(data, out, limits, Compression.GZIP);
        String cases = file(out, ProvinceParquet.CASES);
        Path plain = tmp.resolve("plain");
        ProvinceParquet.write(data, plain, limits, Compression.NONE);
        // every chunk's uncompressed size is what the same chunk takes written uncompressed, but for the page headers
        // (a compressed size may take a byte more or less as a varint); gzip at least halves the file
        for (String f : List.of(ProvinceParquet.CASES, ProvinceParquet.STEPS, ProvinceParquet.PAYMENTS)) {
            String chunks = " FROM parquet_metadata('%s') ORDER BY row_group_id, column_id";
            List<List<String>> gz = rows("SELECT row_group_id, column_id, compression, total_uncompressed_size"
                    + chunks.formatted(out.resolve(f)));
            List<List<String>> none = rows("SELECT row_group_id, column_id, 'GZIP', total_compressed_size"
                    + chunks.formatted(plain.resolve(f)));
            assertThat(gz).as(f).hasSizeGreaterThan(10).hasSameSizeAs(none);
            for (int i = 0; i < gz.size(); i++) {
                assertThat(gz.get(i).subList(0, 3)).isEqualTo(none.get(i).subList(0, 3));
                long unc = Long.parseLong(gz.get(i).get(3));
                long plainBytes = Long.parseLong(none.get(i).get(3));
                assertThat(Math.abs(unc - plainBytes) * 25).as(f + " " + gz.get(i)).isLessThanOrEqualTo(plainBytes);
            }
            assertThat(Files.size(out.resolve(f)) * 2).as(f).isLessThan(Files.size(plain.resolve(f)));
        }

        assertThat(t.size()).isEqualTo(2_000);
        assertThat(Integer.parseInt(one("SELECT count(DISTINCT row_group_id) FROM parquet_metadata('"
                + out.resolve(ProvinceParquet.CASES) + "')"))).isEqualTo(7);
        assertThat(Integer.parseInt(one("SELECT max(row_group_num_rows) FROM parquet_metadata('"
                + out.resolve(ProvinceParquet.STEPS) + "')"))).isGreaterThan(64);
        Map<String, String> perCourt = new LinkedHashMap<>();
        for (int c = 0; c < data.courts().size(); c++) {
            if (t.courtEnd(c) > t.courtStart(c)) perCourt.put(data.courts().get(c).code(), String.valueOf(t.courtEnd(c) - t.courtStart(c)));
        }
        Map<String, String> read = new LinkedHashMap<>();
        for (List<String> r : rows("SELECT court, count(*) FROM " + cases + " GROUP BY 1")) read.put(r.get(0), r.get(1));
        assertThat(read).isEqualTo(perCourt);

        long applied = 0;
        int closed = 0;
        for (int r = 0; r < t.size(); r++) {
            if (t.applied(r) > 0) applied += t.applied(r);
            if (t.isClosed(r)) closed++;
        }
        assertThat(one("SELECT CAST(sum(applied) * 100 AS BIGINT) FROM " + cases)).isEqualTo(String.valueOf(applied));
        assertThat(one("SELECT count(closed) FROM " + cases)).isEqualTo(String.valueOf(closed));

        List<List<String>> all = rows("SELECT case_number, court, filed, closed, closing_method, delivered, judge, clerk,"
                + " online_auction, statutory_deadline FROM read_parquet('" + out.resolve(ProvinceParquet.CASES)
                + "', file_row_number = true) ORDER BY file_row_number");
        assertThat(all).hasSize(t.size());
        for (int r = 0; r < t.size(); r++) {
            List<String> row = all.get(r);
            assertThat(row.get(0)).isEqualTo(t.number(r));
            assertThat(row.get(1)).isEqualTo(data.courts().get(t.court(r)).code());
            assertThat(row.get(2)).isEqualTo(Times.format(t.filed(r)));
            assertThat(row.get(3)).isEqualTo(t.isClosed(r) ? Times.format(t.closed(r)) : null);
            assertThat(row.get(4)).isEqualTo(t.method(r) == null ? null : t.method(r).label());
            assertThat(row.get(5)).isEqualTo(t.delivered(r) < 0 ? null : java.math.BigDecimal.valueOf(t.delivered(r), 2).toPlainString());
            assertThat(row.get(6)).isEqualTo(t.judge(r) < 0 ? null : data.staff().get(t.judge(r)).id());
            assertThat(row.get(7)).isEqualTo(t.clerk(r) < 0 ? null : data.staff().get(t.clerk(r)).id());
            assertThat(row.get(8)).isEqualTo(String.valueOf(t.has(r, cn.scorecard.core.cases.CaseFlag.ONLINE_AUCTION)));
            assertThat(row.get(9)).isEqualTo(Times.format(t.statutoryDeadline(r)));
        }

        Map<String, Long> stepCounts = new LinkedHashMap<>();
        long steps = 0;
        for (int r = 0; r < t.size(); r++) {
            for (StepType s : StepType.values()) {
                if (!t.hasStep(r, s)) continue;
                long n = 1 + t.laterSteps(r, s).length;
                stepCounts.merge(s.label(), n, Long::sum);
                steps += n;
            }
        }
        Map<String, Long> readSteps = new LinkedHashMap<>();
        for (List<String> r : rows("SELECT step, count(*) FROM " + file(out, ProvinceParquet.STEPS) + " GROUP BY 1")) {
            readSteps.put(r.get(0), Long.parseLong(r.get(1)));
        }
        assertThat(readSteps).isEqualTo(stepCounts);
        assertThat(steps).isGreaterThan(2_000);
        long stepMinutes = 0;
        for (int r = 0; r < t.size(); r++) {
            int m = t.step(r, StepType.EXECUTION_NOTICE);
            if (m != Times.NONE) stepMinutes += m;
        }
        assertThat(one("SELECT sum(epoch_ms(time) // 60000) FROM " + file(out, ProvinceParquet.STEPS)
                + " WHERE step = '执行通知'")).isEqualTo(String.valueOf(stepMinutes));

        long paid = 0;
        int released = 0;
        for (Payment p : data.payments()) {
            paid += p.amountFen();
            if (p.releasedMinute() != Times.NONE) released++;
        }
        assertThat(data.payments()).hasSizeGreaterThan(300);
        assertThat(rows("SELECT count(*), count(released), CAST(sum(amount) * 100 AS BIGINT) FROM " + file(out, ProvinceParquet.PAYMENTS)))
                .containsExactly(List.of(String.valueOf(data.payments().size()), String.valueOf(released), String.valueOf(paid)));
        assertThat(one("SELECT count(*) FROM " + file(out, ProvinceParquet.FIELD_ACTIONS))).isEqualTo(String.valueOf(data.fieldActions().size()));
        long adjustments = 0;
        for (int r = 0; r < t.size(); r++) adjustments += t.adjustments(r).size();
        assertThat(one("SELECT count(*) FROM " + file(out, ProvinceParquet.ADJUSTMENTS))).isEqualTo(String.valueOf(adjustments));
        assertThat(written).extracting(ProvinceParquet.Written::file).containsExactly(ProvinceParquet.COURTS, ProvinceParquet.CASES,
                ProvinceParquet.STEPS, ProvinceParquet.PAYMENTS, ProvinceParquet.FIELD_ACTIONS, ProvinceParquet.ADJUSTMENTS);
        assertThat(written.get(2).rows()).isEqualTo(steps);
    }
}
