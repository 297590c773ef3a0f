package cn.scorecard.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.core.cases.Times;
import cn.scorecard.core.data.ProvinceData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryWriterTest {
    @TempDir
    Path tmp;

    @Test
    void writeThenReadGivesEqualData() {
        ProvinceData original = DataDirectoryReader.read(Fixtures.simple());
        DataDirectoryWriter.write(original, tmp.resolve("out"));

        ProvinceData copy = DataDirectoryReader.read(tmp.resolve("out"));

        DataAssertions.assertSameData(copy, original);
    }

    @Test
    void writingIsStableAfterARoundTrip() throws IOException {
        DataDirectoryWriter.write(DataDirectoryReader.read(Fixtures.simple()), tmp.resolve("a"));
        DataDirectoryWriter.write(DataDirectoryReader.read(tmp.resolve("a")), tmp.resolve("b"));
        try (Stream<Path> files = Files.list(tmp.resolve("a"))) {
            for (Path f : files.toList()) {
                assertThat(tmp.resolve("b").resolve(f.getFileName().toString())).as(f.getFileName().toString())
                        .hasSameBinaryContentAs(f);
            }
        }
    }

    @Test
    void everyFileIsWrittenWithBomAndTheDocumentedHeader() throws IOException {
        DataDirectoryWriter.write(DataDirectoryReader.read(Fixtures.simple()), tmp);
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("法院.csv", "人员.csv",
                    "案件.csv", "流程节点.csv", "信访.csv", "事项.csv", "国家赔偿.csv", "违法违纪.csv", "佐证材料.csv",
                    "法院统计.csv", "终本复核.csv", "节假日.csv");
        }
        assertThat(lines("法院.csv").get(0)).isEqualTo("\uFEFF法院代码,法院名称,层级,上级法院代码,直辖市,重点城市");
        assertThat(lines("案件.csv").get(0)).isEqualTo("\uFEFF法院代码,案号,立案日期,结案日期,结案方式,案件类别,申请标的额,"
                + "到位金额,承办法官,法官助理,书记员,下落不明,不适用失信,未纳入流程系统");
        assertThat(lines("节假日.csv")).containsExactly("\uFEFF日期,休息,名称"); // same calendar as bundled
    }

    @Test
    void amountsTimesAndIntervalsAreWrittenAsDocumented() throws IOException {
        DataDirectoryWriter.write(DataDirectoryReader.read(Fixtures.simple()), tmp);
        assertThat(lines("案件.csv")).contains("豫1302,（2024）豫1302执2号,2024-01-10,2024-06-28,终结本次执行程序,民商事,"
                + "250000.50,0.00,P001,P002,P003,是,否,否");
        List<String> steps = lines("流程节点.csv");
        assertThat(steps).contains(
                "豫1302,（2024）豫1302执1号,执行通知,2024-01-08 16:30,,,,",
                "豫1302,（2024）豫1302执2号,拍卖启动,2024-03-05 09:00,,网络,,",
                // the intervals and extensions as recorded, each with its reason (an open interval without its end)
                "豫1302,（2024）豫1302执2号,扣除期间,2024-03-10,2024-04-08,,,公告",
                "豫1302,（2024）豫1302执2号,扣除期间,2024-04-01,2024-04-20,,,评估",
                "豫1302,（2024）豫1302执2号,扣除期间,2024-05-01,,,,中止（尚未结束）",
                "豫1302,（2024）豫1302执2号,延长期限,2024-01-10,,30,,院长批准",
                "豫1303,（2024）豫1303执1号,延长期限,2024-02-01,2024-02-10,,,",
                "豫1302,（2024）豫1302执1号,执行款到账,2024-03-01 09:00,2024-03-10 15:20,,10000.00,",
                "豫1303,（2024）豫1303执8号,执行款到账,2024-04-20 10:00,2024-05-08 11:00,经审批,1200.30,",
                "豫1302,（2024）豫1302执3号,强制执行行动,2024-02-20 14:00,,执法记录仪、已归档,,");
    }

    @Test
    void calendarChangesAreWrittenAsHolidayRows() throws IOException {
        Path dir = Fixtures.copyOfSimple(tmp.resolve("in"));
        Fixtures.write(dir, "节假日.csv", "日期,休息,名称", "2024-05-06,是,地方假日", "2024-05-12,否,调休上班",
                "2024-10-01,是,国庆节"); // the last one is bundled already: no change, not written
        ProvinceData data = DataDirectoryReader.read(dir);
        DataDirectoryWriter.write(data, tmp.resolve("out"));

        assertThat(Files.readAllLines(tmp.resolve("out/节假日.csv"), StandardCharsets.UTF_8))
                .containsExactly("\uFEFF日期,休息,名称", "2024-05-06,是,", "2024-05-12,否,");
        DataAssertions.assertSameData(DataDirectoryReader.read(tmp.resolve("out")), data);
    }

    @Test
    void emptyOptionalValuesStayEmpty() throws IOException {
        DataDirectoryWriter.write(DataDirectoryReader.read(Fixtures.simple()), tmp);
        assertThat(lines("人员.csv")).contains("P005,钱七,豫13,员额法官,,1982-11-30,是,是,,");
        assertThat(lines("佐证材料.csv")).contains("豫1302,2024,B3.02.4,部分达标,2,62.5,\"仅召开两次汇报会，未达\"\"每季度一次\"\"的要求\",");
        assertThat(lines("法院统计.csv")).contains("豫13,2024,法院在编总人数,412,");
        assertThat(Times.format(Times.day(LocalDate.of(2024, 2, 20)))).isEqualTo("2024-02-20");
    }

    private List<String> lines(String file) throws IOException {
        return Files.readAllLines(tmp.resolve(file), StandardCharsets.UTF_8);
    }
}
