package cn.scorecard.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each kind of bad row, appended to a copy of the simple province, yields exactly one error that names it. */
class DataDirectoryReaderErrorsTest {
    @TempDir
    Path tmp;

    static Stream<Arguments> badRows() {
        return Stream.of(
                // 案件.csv: 法院代码,案号,立案日期,结案日期,结案方式,案件类别,申请标的额,到位金额,承办法官,法官助理,书记员,下落不明,不适用失信,未纳入流程系统
                bad("案号格式", "案件.csv", "豫1302,2024豫1302执9号,2024-01-08,,,,,,,,,,,", "案号", "2024豫1302执9号",
                        "案号格式不正确（应如 （2024）豫1302执123号）"),
                bad("日期不存在", "案件.csv", "豫1302,（2024）豫1302执9号,2023-02-30,,,,,,,,,,,", "立案日期", "2023-02-30",
                        "日期不存在"),
                bad("日期格式", "案件.csv", "豫1302,（2024）豫1302执9号,2024.01.08,,,,,,,,,,,", "立案日期", "2024.01.08",
                        "无法识别的日期（应如 2024-03-01 或 2024-03-01 09:30）"),
                bad("必填项为空", "案件.csv", "豫1302,（2024）豫1302执9号,,,,,,,,,,,,", "立案日期", "", "必填项为空"),
                bad("结案早于立案", "案件.csv", "豫1302,（2024）豫1302执9号,2023-03-01,2023-01-01,执行完毕,,,,,,,,,",
                        "结案日期", "2023-01-01", "结案日期早于立案日期"),
                bad("有结案日期无结案方式", "案件.csv", "豫1302,（2024）豫1302执9号,2024-03-01,2024-04-01,,,,,,,,,,",
                        "结案方式", "", "已填写结案日期但缺少结案方式"),
                bad("有结案方式无结案日期", "案件.csv", "豫1302,（2024）豫1302执9号,2024-03-01,,执行完毕,,,,,,,,,",
                        "结案日期", "", "已填写结案方式但缺少结案日期"),
                bad("未知结案方式", "案件.csv", "豫1302,（2024）豫1302执9号,2024-03-01,2024-04-01,撤诉,,,,,,,,,", "结案方式",
                        "撤诉", "未知的结案方式（应为 执行完毕/和解履行完毕/终结执行/终结本次执行程序/销案/不予执行/驳回申请/结案）"),
                bad("未知案件类别", "案件.csv", "豫1302,（2024）豫1302执9号,2024-03-01,,,海事,,,,,,,,", "案件类别", "海事",
                        "未知的案件类别（应为 民商事/刑事/行政/非诉/诉讼费/仲裁/公证）"),
                bad("负数金额", "案件.csv", "豫1302,（2024）豫1302执9号,2024-03-01,,,,-100,,,,,,,", "申请标的额", "-100",
                        "金额不能为负数"),
                bad("三位小数", "案件.csv", "豫1302,（2024）豫1302执9号,2024-03-01,,,,,1.005,,,,,,", "到位金额", "1.005",
                        "金额最多保留两位小数"),
                bad("千位分隔符", "案件.csv", "豫1302,（2024）豫1302执9号,2024-03-01,,,,\"1,000\",,,,,,,", "申请标的额",
                        "1,000", "无法识别的金额（以元为单位，如 1234.50，不加千位分隔符和单位）"),
                bad("未知法院", "案件.csv", "豫9999,（2024）豫9999执1号,2024-03-01,,,,,,,,,,,", "法院代码", "豫9999",
                        "未知的法院（法院.csv 中没有此法院代码）"),
                bad("未知人员", "案件.csv", "豫1302,（2024）豫1302执9号,2024-03-01,,,,,,P999,,,,,", "承办法官", "P999",
                        "未知的人员（人员.csv 中没有此人员编号）"),
                bad("案件重复", "案件.csv", "豫1302,(2024)豫1302执1号,2024-03-01,,,,,,,,,,,", "案号", "(2024)豫1302执1号",
                        "案件重复（该法院的此案号已在第2行出现）"),
                bad("是否值", "案件.csv", "豫1302,（2024）豫1302执9号,2024-03-01,,,,,,,,,可能,,", "下落不明", "可能",
                        "无法识别的是/否值（应为 是 或 否）"),
                // 法院.csv: 法院代码,法院名称,层级,上级法院代码,直辖市,重点城市
                bad("未知层级", "法院.csv", "豫1304,某区法院,区级,豫13,,", "层级", "区级", "未知的法院层级（应为 高级/中级/基层）"),
                bad("上级层级不符", "法院.csv", "豫1304,某区法院,基层,豫,,", "上级法院代码", "豫",
                        "上级法院层级不符（基层法院的上级应为中级法院）"),
                bad("缺少上级", "法院.csv", "豫1304,某区法院,基层,,,", "上级法院代码", "", "缺少上级法院代码（只有高级法院可以不填）"),
                bad("上级不存在", "法院.csv", "豫1304,某区法院,基层,豫99,,", "上级法院代码", "豫99", "上级法院不存在（法院.csv 中没有此法院代码）"),
                bad("高院有上级", "法院.csv", "晋,山西高院,高级,豫,,", "上级法院代码", "豫", "高级法院不应有上级法院"),
                bad("法院重复", "法院.csv", "豫13,重复的中院,中级,豫,,", "法院代码", "豫13", "法院代码重复（与第3行相同）"),
                // 人员.csv: 人员编号,姓名,法院代码,岗位,团队,出生日期,政法编制,执行局,入职日期,离岗日期
                bad("人员重复", "人员.csv", "P001,张三三,豫1302,员额法官,,,,,,", "人员编号", "P001", "人员编号重复（与第2行相同）"),
                bad("离岗早于入职", "人员.csv", "P007,周九,豫1302,书记员,,,,,2020-01-01,2019-12-31", "离岗日期", "2019-12-31",
                        "离岗日期早于入职日期"),
                // 流程节点.csv: 法院代码,案号,节点,时间,结束时间,标志,金额,说明
                bad("未知案件", "流程节点.csv", "豫1302,（2024）豫1302执99号,执行通知,2024-01-09,,,,", "案号", "（2024）豫1302执99号",
                        "未知的案件（案件.csv 中没有该法院的此案号）"),
                bad("未知节点", "流程节点.csv", "豫1302,（2024）豫1302执1号,立案,2024-01-09,,,,", "节点", "立案", "未知的流程节点"),
                bad("扣除期间倒置", "流程节点.csv", "豫1302,（2024）豫1302执1号,扣除期间,2024-02-09,2024-02-01,,,", "结束时间",
                        "2024-02-01", "结束时间早于开始时间"),
                bad("延长期限无天数", "流程节点.csv", "豫1302,（2024）豫1302执1号,延长期限,2024-02-09,,,,", "结束时间", "",
                        "延长期限需填写结束时间，或在标志中填写延长天数"),
                bad("延长天数", "流程节点.csv", "豫1302,（2024）豫1302执1号,延长期限,2024-02-09,,三十,,", "标志", "三十",
                        "延长天数应为正整数"),
                bad("执行款无金额", "流程节点.csv", "豫1302,（2024）豫1302执1号,执行款到账,2024-02-09,,,,", "金额", "",
                        "执行款到账必须填写金额"),
                bad("发放早于到账", "流程节点.csv", "豫1302,（2024）豫1302执1号,执行款到账,2024-02-09 10:00,2024-02-09 09:00,,5,",
                        "结束时间", "2024-02-09 09:00", "发放时间早于到账时间"),
                // 信访.csv: 信访编号,法院代码,登记日期,来源,关联案号,进京访,办结日期,化解,因违法执行引发,责任人
                bad("信访重复", "信访.csv", "XF001,豫1302,2024-06-01,本院登记,,,,,,", "信访编号", "XF001",
                        "本院信访编号重复（与第2行相同）"),
                bad("未知来源", "信访.csv", "XF003,豫1302,2024-06-01,信访局转来,,,,,,", "来源", "信访局转来",
                        "未知的信访来源（应为 本院登记/最高法院交办）"),
                bad("办结早于登记", "信访.csv", "XF003,豫1302,2024-06-01,本院登记,,,2024-05-01,,,", "办结日期", "2024-05-01",
                        "办结日期早于登记日期"),
                // 事项.csv: 事项编号,法院代码,类型,收到日期,办理期限,办结日期,关联案号,责任人
                bad("未知事项类型", "事项.csv", "SX03,豫13,催办,2024-02-01,2024-03-01,,,", "类型", "催办",
                        "未知的事项类型（应为 事项委托/督办/涉执舆情/督导）"),
                bad("期限早于收到", "事项.csv", "SX03,豫13,督办,2024-02-01,2024-01-01,,,", "办理期限", "2024-01-01", "办理期限早于收到日期"),
                bad("事项重复", "事项.csv", "SX01,豫13,督办,2024-02-01,2024-03-01,,,", "事项编号", "SX01", "本院事项编号重复（与第2行相同）"),
                bad("赔偿重复", "国家赔偿.csv", "豫1303,（2024）豫13委赔1号,2024-07-01,,", "案号", "（2024）豫13委赔1号",
                        "国家赔偿案号重复（与第2行相同）"),
                bad("处理类型为空", "违法违纪.csv", "豫1302,P001,2024-05-20,,", "处理类型", "", "必填项为空"),
                // 佐证材料.csv: 法院代码,年度,指标代码,状态,次数,得分,理由,附件
                bad("得分无理由", "佐证材料.csv", "豫1303,2024,B3.02.4,部分达标,,50,,", "理由", "", "给出得分时必须写明理由"),
                bad("得分超范围", "佐证材料.csv", "豫1303,2024,B3.02.4,部分达标,,120,太好了,", "得分", "120", "得分应在 0 到 100 之间"),
                bad("未知佐证状态", "佐证材料.csv", "豫1303,2024,B3.02.4,良好,,,,", "状态", "良好", "未知的佐证状态（应为 达标/未达标/部分达标/不适用）"),
                bad("年度", "佐证材料.csv", "豫1303,24,B3.02.4,达标,,,,", "年度", "24", "年度应为 1900 到 2100 之间的四位年份"),
                bad("佐证重复", "佐证材料.csv", "豫1302,2024,B3.02.4,达标,,,,", "指标代码", "B3.02.4", "本院本年度的指标佐证重复（与第3行相同）"),
                // 法院统计.csv: 法院代码,年度,统计项,数值,来源
                bad("负数统计", "法院统计.csv", "豫1303,2024,法院在编总人数,-3,", "数值", "-3", "数值不能为负数"),
                bad("未知统计项", "法院统计.csv", "豫1303,2024,法警人数,3,", "统计项", "法警人数", "未知的统计项"),
                bad("统计重复", "法院统计.csv", "豫1302,2024,执行局在编人数,30,", "统计项", "执行局在编人数", "本院本年度的统计项重复（与第3行相同）"),
                // 终本复核.csv: 法院代码,案号,合格,理由,复核人
                bad("非终本复核", "终本复核.csv", "豫1302,（2024）豫1302执1号,否,未穷尽,", "案号", "（2024）豫1302执1号",
                        "该案件不是终本案件（结案方式不是终结本次执行程序），无需复核"),
                bad("复核无理由", "终本复核.csv", "豫1303,（2024）豫1303执8号,否,,", "理由", "", "必填项为空"),
                bad("复核重复", "终本复核.csv", "豫1302,（2024）豫1302执2号,否,再次复核,", "案号", "（2024）豫1302执2号",
                        "终本复核重复（与第2行相同）"),
                // 节假日.csv is not in the fixture: row 2 after the header.
                bad("节假日是否", "节假日.csv", "2024-05-06,放假,", "休息", "放假", "无法识别的是/否值（应为 是 或 否）"));
    }

    private static Arguments bad(String kind, String file, String line, String column, String value, String reason) {
        return Arguments.of(kind, file, line, column, value, reason);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRows")
    void badRowIsReportedWithFileRowAndColumn(String kind, String file, String line, String column, String value,
                                             String reason) {
        Path dir = Fixtures.copyOfSimple(tmp);
        if (file.equals("节假日.csv")) Fixtures.write(dir, file, "日期,休息,名称");
        long row = Fixtures.append(dir, file, line);

        List<ImportError> errors = errorsOf(dir);

        assertThat(errors).containsExactly(new ImportError(file, null, row, column, value, reason));
    }

    @Test
    void messageNamesFileRowColumnAndValue() {
        Path dir = Fixtures.copyOfSimple(tmp);
        Fixtures.append(dir, "案件.csv", "豫1302,（2024）豫1302执9号,2023-03-01,2023-01-01,执行完毕,,,,,,,,,");
        DataImportException e = catchThrowableOfType(DataImportException.class, () -> DataDirectoryReader.read(dir));
        assertThat(e.getMessage()).isEqualTo("数据导入失败，共 1 个错误：\n案件.csv 第12行 结案日期 “2023-01-01”：结案日期早于立案日期");
    }

    @Test
    void allBadRowsOfAFileAreCollected() {
        Path dir = Fixtures.copyOfSimple(tmp);
        long first = Fixtures.append(dir, "案件.csv",
                "豫1302,（2024）豫1302执9号,2023-02-30,,,,,,,,,,,",
                "豫1302,（2024）豫1302执10号,2024-01-01,,,,-5,,,,,,,",
                "豫1302,（2024）豫1302执11号,2024-01-01,,,,,,P999,,,,,");
        assertThat(errorsOf(dir)).extracting(ImportError::row, ImportError::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(first, "立案日期"),
                org.assertj.core.groups.Tuple.tuple(first + 1, "申请标的额"),
                org.assertj.core.groups.Tuple.tuple(first + 2, "承办法官"));
    }

    @Test
    void errorsOfAllFilesAreCollectedAndTheMessageListsTheFirstFifty() {
        Path dir = Fixtures.copyOfSimple(tmp);
        String[] lines = new String[59];
        for (int i = 0; i < lines.length; i++) lines[i] = "豫1302,（2024）豫1302执" + (100 + i) + "号,2024-13-01,,,,,,,,,,,";
        Fixtures.append(dir, "案件.csv", lines);
        Fixtures.append(dir, "信访.csv", "XF009,豫9,2024-06-01,本院登记,,,,,,");
        DataImportException e = catchThrowableOfType(DataImportException.class, () -> DataDirectoryReader.read(dir));
        assertThat(e.errors()).hasSize(60);
        assertThat(e.errors().get(59).file()).isEqualTo("信访.csv");
        assertThat(e.getMessage()).startsWith("数据导入失败，共 60 个错误：\n案件.csv 第12行 立案日期 “2024-13-01”：日期不存在")
                .endsWith("……另有 10 个错误未列出");
        assertThat(e.getMessage().lines()).hasSize(52);
    }

    @Test
    void aBadCourtRowDoesNotCascadeIntoItsCases() {
        Path dir = Fixtures.copyOfSimple(tmp);
        Fixtures.append(dir, "法院.csv", "豫1304,某区法院,区级,豫13,,");
        Fixtures.append(dir, "案件.csv", "豫1304,（2024）豫1304执1号,2024-01-08,,,,,,,,,,,");
        Fixtures.append(dir, "流程节点.csv", "豫1304,（2024）豫1304执1号,执行通知,2024-01-09,,,,");
        assertThat(errorsOf(dir)).extracting(ImportError::file, ImportError::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple("法院.csv", "层级"));
    }

    @Test
    void unknownColumnIsAnError() {
        Path dir = Fixtures.copyOfSimple(tmp);
        Fixtures.write(dir, "违法违纪.csv", "法院代码,人员编号,日期,处理类形,因执行工作", "豫1302,P003,2024-05-20,政纪处分,");
        assertThat(errorsOf(dir)).containsExactly(
                new ImportError("违法违纪.csv", null, 1, "处理类形", null, "未知的列（列名拼写有误？）"),
                new ImportError("违法违纪.csv", null, 1, "处理类型", null, "缺少必填列"));
    }

    @Test
    void missingRequiredColumnIsReportedOnceNotPerRow() {
        Path dir = Fixtures.copyOfSimple(tmp);
        Fixtures.write(dir, "法院统计.csv", "法院代码,年度,统计项", "豫1302,2024,执行局在编人数", "豫1303,2024,执行局在编人数");
        assertThat(errorsOf(dir)).containsExactly(new ImportError("法院统计.csv", null, 1, "数值", null, "缺少必填列"));
    }

    @Test
    void dataUnderAnUnnamedColumnIsAnError() {
        Path dir = Fixtures.copyOfSimple(tmp);
        Fixtures.write(dir, "违法违纪.csv", "法院代码,人员编号,日期,处理类型,因执行工作,", "豫1302,P003,2024-05-20,政纪处分,,",
                "豫1302,P003,2024-05-21,政纪处分,,备注");
        assertThat(errorsOf(dir)).containsExactly(
                new ImportError("违法违纪.csv", null, 3, "第6列", "备注", "该列没有列名，数据无法归属"));
    }

    @Test
    void missingRequiredFilesStopTheImport() throws IOException {
        Path dir = Fixtures.copyOfSimple(tmp);
        Files.delete(dir.resolve("案件.csv"));
        assertThat(errorsOf(dir)).containsExactly(new ImportError("案件.csv", null, 0, null, null, "缺少必需的文件"));
        assertThat(errorsOf(tmp.resolve("nowhere"))).extracting(ImportError::reason).containsExactly("数据目录不存在");
    }

    @Test
    void unbalancedQuoteIsReportedAtItsRow() {
        Path dir = Fixtures.copyOfSimple(tmp);
        long row = Fixtures.append(dir, "违法违纪.csv", "豫1302,P003,2024-05-21,\"政纪处分,");
        assertThat(errorsOf(dir)).extracting(ImportError::file, ImportError::row).containsExactly(
                org.assertj.core.groups.Tuple.tuple("违法违纪.csv", row));
        assertThat(errorsOf(dir).get(0).reason()).startsWith("CSV 格式错误（引号不成对？）");
    }

    @Test
    void negativeCountIsReportedAsSuch() {
        Path dir = Fixtures.copyOfSimple(tmp);
        long row = Fixtures.append(dir, "佐证材料.csv", "豫1303,2024,B3.02.5,达标,-2,,,");
        assertThat(errorsOf(dir)).containsExactly(new ImportError("佐证材料.csv", null, row, "次数", "-2", "次数不能为负数"));
    }

    @Test
    void blankLinesCountAsSpreadsheetRows() {
        Path dir = Fixtures.copyOfSimple(tmp);
        long row = Fixtures.append(dir, "案件.csv", "", ",,,,,,,,,,,,,", "豫1302,（2024）豫1302执9号,2023-02-30,,,,,,,,,,,");
        assertThat(errorsOf(dir)).extracting(ImportError::row).containsExactly(row + 2);
    }

    private static List<ImportError> errorsOf(Path dir) {
        DataImportException e = catchThrowableOfType(DataImportException.class, () -> DataDirectoryReader.read(dir));
        assertThat(e).as("the import should fail").isNotNull();
        return e.errors();
    }
}
