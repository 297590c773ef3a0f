package cn.scorecard.core.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.ClosingMethod;
import cn.scorecard.core.cases.StepType;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.io.DataAssertions;
import cn.scorecard.core.io.DataDirectoryReader;
import cn.scorecard.core.io.DataImportException;
import cn.scorecard.core.io.ImportError;
import cn.scorecard.core.io.ReadRules;
import cn.scorecard.core.io.TableInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each mapping feature on a hand-made export of 豫1302 whose expected rows in our format are written out below:
 * title rows and totals skipped, aliases, value maps (codes, 本院), a yyyyMMdd date, a split 承办人, a default and
 * a constant, a wide sheet's step columns as 流程节点 rows, and a join of a date and a time column.
 */
class ProfileMappingTest {
    static final String COURTS = """
            法院代码,法院名称,层级,上级法院代码,直辖市,重点城市
            豫,河南省高级人民法院,高级,,否,否
            豫13,南阳市中级人民法院,中级,豫,否,是
            豫1302,南阳市宛城区人民法院,基层,豫13,否,否
            """;
    static final String STAFF = """
            人员编号,姓名,法院代码,岗位,团队,出生日期,政法编制,执行局,入职日期,离岗日期
            P001,张三,豫1302,员额法官,执行一团队,1980-05-12,是,,2015-03-01,
            P002,李四,豫1302,法官助理,执行一团队,1990/7/1,否,是,,
            P003,王五,豫1302,书记员,执行一团队,,否,是,,
            """;
    static final String EXPORT = """
            执行案件信息表（南阳市宛城区人民法院）
            导出时间：2024-07-01 08:00
            序号,承办法院,案件字号,收案日期,结案日期,结案方式代码,案件类别,申请执行标的,实际到位金额,承办人,法官助理,下落不明,执行通知时间,网络查控时间,纳入失信时间
            1,本院,（2024）豫1302执1号,20240108,20240315,0101,民商事,10000.00,10000,P001/P003,P002,,2024/1/9 10:00,2024/1/9 0:00,
            2,本院,（2024）豫1302执2号,20240110,20240628,0301,民商事,250000.5,0,P001/P003,P002,是,,,2024/2/1 8:00
            3,本院,（2024）豫1302执3号,20240201,,,仲裁,80000,,P001,,,,,
            合计,,,,,,,340000.5,10000,,,,,,
            制表人：执行局
            """;
    static final String DETAIL = """
            案号,节点名称,节点日期,节点时刻
            （2024）豫1302执2号,拍卖启动,2024/3/5,9:00
            """;
    /** The same data as our files would hold it, written by hand. */
    static final String OUR_CASES = """
            法院代码,案号,立案日期,结案日期,结案方式,案件类别,申请标的额,到位金额,承办法官,法官助理,书记员,下落不明,不适用失信,未纳入流程系统
            豫1302,（2024）豫1302执1号,2024-01-08,2024-03-15,执行完毕,民商事,10000.00,10000,P001,P002,P003,,否,否
            豫1302,（2024）豫1302执2号,2024-01-10,2024-06-28,终结本次执行程序,民商事,250000.5,0,P001,P002,P003,是,否,否
            豫1302,（2024）豫1302执3号,2024-02-01,,,仲裁,80000,,P001,,,,否,否
            """;
    static final String OUR_STEPS = """
            法院代码,案号,节点,时间
            豫1302,（2024）豫1302执1号,执行通知,2024-01-09 10:00
            豫1302,（2024）豫1302执1号,网络查控发起,2024-01-09 00:00
            豫1302,（2024）豫1302执2号,纳入失信,2024-02-01 08:00
            豫1302,（2024）豫1302执2号,拍卖启动,2024-03-05 09:00
            """;

    @TempDir
    Path tmp;

    static MappingProfile profile() throws IOException {
        try (InputStream in = ProfileMappingTest.class.getResourceAsStream("/mapping/case-flow.yaml")) {
            return ProfileParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "case-flow.yaml");
        }
    }

    private Path write(String dir, String file, String text) throws IOException {
        Path d = Files.createDirectories(tmp.resolve(dir));
        Files.writeString(d.resolve(file), text, StandardCharsets.UTF_8);
        return d.resolve(file);
    }

    private ProvinceData readForeign(MappingProfile profile, String export) throws IOException {
        List<TableInput> tables = new ArrayList<>();
        for (Path p : List.of(write("f", "法院.csv", COURTS), write("f", "人员.csv", STAFF),
                write("f", "案件流程导出20240701.csv", export), write("f", "节点明细.csv", DETAIL))) {
            tables.add(TableInput.csv(p));
        }
        ProfileMapping.Result mapped = ProfileMapping.apply(profile, tables);
        assertThat(mapped.errors()).isEmpty();
        return DataDirectoryReader.read(mapped.inputs(), ReadRules.bundled());
    }

    @Test
    void theForeignExportReadsAsTheSameRowsWrittenInOurFormat() throws IOException {
        ProvinceData foreign = readForeign(profile(), EXPORT);
        write("ours", "法院.csv", COURTS);
        write("ours", "人员.csv", STAFF);
        write("ours", "案件.csv", OUR_CASES);
        write("ours", "流程节点.csv", OUR_STEPS);
        ProvinceData ours = DataDirectoryReader.read(tmp.resolve("ours"));
        DataAssertions.assertSameData(foreign, ours);

        CaseTable cases = foreign.cases();
        assertThat(cases.size()).isEqualTo(3); // the totals and footer rows are no cases
        int first = row(cases, "（2024）豫1302执1号");
        int second = row(cases, "（2024）豫1302执2号");
        assertThat(cases.method(first)).isEqualTo(ClosingMethod.FULFILLED);
        assertThat(cases.method(second)).isEqualTo(ClosingMethod.TERMINATED_THIS_ROUND);
        assertThat(foreign.staff().get(cases.clerk(first)).id()).isEqualTo("P003"); // second part of P001/P003
        assertThat(foreign.staff().get(cases.judge(first)).id()).isEqualTo("P001");
        assertThat(cases.step(first, StepType.ONLINE_SEARCH_START)).isEqualTo(minute(2024, 1, 9, 0, 0));
        assertThat(cases.step(second, StepType.AUCTION_START)).isEqualTo(minute(2024, 3, 5, 9, 0)); // joined date + time
        assertThat(cases.hasStep(row(cases, "（2024）豫1302执3号"), StepType.EXECUTION_NOTICE)).isFalse(); // empty step cell
    }

    @Test
    void withoutAHeaderRowTheFirstRowHoldingTheProfilesHeadersIsTheHeader() throws IOException {
        String yaml = ProfileWriter.write(profile()).replace("header_row: '3'", "");
        assertThat(yaml).doesNotContain("header_row");
        ProvinceData foreign = readForeign(ProfileParser.parse(yaml, "auto"), EXPORT);
        assertThat(foreign.cases().size()).isEqualTo(3);
    }

    @Test
    void aCodeMissingFromTheValueMapNamesFileRowColumnAndValue() throws IOException {
        String export = EXPORT.replace("20240315,0101,", "20240315,0199,");
        assertThatThrownBy(() -> readForeign(profile(), export))
                .isInstanceOfSatisfying(DataImportException.class, e -> assertThat(e.errors()).contains(
                        new ImportError("案件流程导出20240701.csv", null, 4, "结案方式代码", "0199",
                                "值映射“结案方式”中没有此值（请在导入配置中补上它对应的值）")));
    }

    @Test
    void aBadDateAndAMissingSourceColumnAreReportedWhereTheyAre() throws IOException {
        String badDate = EXPORT.replace("20240201,,,仲裁", "2024-2-1,,,仲裁");
        assertThatThrownBy(() -> readForeign(profile(), badDate))
                .isInstanceOfSatisfying(DataImportException.class, e -> assertThat(e.errors()).containsExactly(
                        new ImportError("案件流程导出20240701.csv", null, 6, "收案日期", "2024-2-1",
                                "日期格式不符（导入配置要求 yyyyMMdd）")));
        String noNotice = EXPORT.replace(",执行通知时间,", ",通知时间,");
        assertThatThrownBy(() -> readForeign(profile(), noNotice))
                .isInstanceOfSatisfying(DataImportException.class, e -> assertThat(e.errors()).contains(
                        new ImportError("案件流程导出20240701.csv", null, 3, "执行通知时间", null,
                                "源表缺少此列（导入配置用它填写“执行通知”；可写作 执行通知时间）")));
    }

    @Test
    void aTableNoSourceRuleMatchesIsAnErrorUnlessItIsOneOfOurs() throws IOException {
        Path stray = write("g", "其他导出.csv", "甲,乙\n1,2\n");
        Path ours = write("g", "法院.csv", COURTS);
        ProfileMapping.Result r = ProfileMapping.apply(profile(), List.of(TableInput.csv(stray), TableInput.csv(ours)));
        assertThat(r.errors()).extracting(ImportError::file).containsExactly("其他导出.csv");
        assertThat(r.tables()).containsExactly("法院.csv");
    }

    private static int row(CaseTable cases, String number) {
        for (int r = 0; r < cases.size(); r++) {
            if (cases.number(r).equals(number)) return r;
        }
        throw new AssertionError(number);
    }

    private static int minute(int y, int m, int d, int h, int min) {
        return (int) (LocalDateTime.of(y, m, d, h, min).toLocalDate().toEpochDay() * 24 * 60 + h * 60 + min);
    }
}
