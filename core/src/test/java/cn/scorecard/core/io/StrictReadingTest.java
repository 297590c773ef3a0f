package cn.scorecard.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader takes nothing on trust: a row cut short or with a cell too many, a value outside the documented
 * vocabularies, a cell too long for its database column and an Excel error value are errors naming file, row
 * and column; an unreadable file or workbook is described in Chinese, never by the parser's own text.
 */
class StrictReadingTest {
    private static List<ImportError> errors(Path dir) {
        try {
            DataDirectoryReader.read(dir);
        } catch (DataImportException e) {
            return e.errors();
        }
        throw new AssertionError("expected the directory to be rejected");
    }

    @Test
    void aRowCutShortOrWithACellTooManyIsRefused(@TempDir Path tmp) {
        Path dir = Fixtures.copyOfSimple(tmp.resolve("d"));
        long cut = Fixtures.append(dir, "流程节点.csv", "豫1302,（2024）豫1302执1号,线上控制", "豫1302,（2024）豫1302执1号,线上控制,2024-01-20 09:00,,,,,多余");
        assertThat(errors(dir)).contains(
                new ImportError("流程节点.csv", null, cut, null, null, "该行有 3 个单元格，而标题行有 8 列（行被截断，或多了、少了分隔符？）"),
                new ImportError("流程节点.csv", null, cut + 1, null, null, "该行有 9 个单元格，而标题行有 8 列（行被截断，或多了、少了分隔符？）"));
    }

    @Test
    void valuesOutsideTheVocabulariesAreRefused(@TempDir Path tmp) {
        Path dir = Fixtures.copyOfSimple(tmp.resolve("d"));
        long person = Fixtures.append(dir, "人员.csv", "P900,赵院长,豫1302,院长,,,,,,");
        long evidence = Fixtures.append(dir, "佐证材料.csv", "豫1302,2024,Z9.99,达标,,,,");
        long step = Fixtures.append(dir, "流程节点.csv", "豫1302,（2024）豫1302执1号,拍卖启动,2024-02-01,,线上,,",
                "豫1302,（2024）豫1302执1号,执行通知,2024-01-09,,加急,,");
        assertThat(errors(dir)).contains(
                new ImportError("人员.csv", null, person, "岗位", "院长", "未知的岗位（应为 员额法官/法官助理/书记员/其他）"),
                new ImportError("佐证材料.csv", null, evidence, "指标代码", "Z9.99", "未知的指标代码（指标体系中没有此末级指标）"),
                new ImportError("流程节点.csv", null, step, "标志", "线上", "未知的标志（拍卖启动的标志为 网络 或留空）"),
                new ImportError("流程节点.csv", null, step + 1, "标志", "加急", "该节点没有标志，应留空"));
    }

    @Test
    void cellsLongerThanTheirColumnAndExcelErrorValuesAreRefused(@TempDir Path tmp) {
        Path dir = Fixtures.copyOfSimple(tmp.resolve("d"));
        String name = "南".repeat(201);
        long court = Fixtures.append(dir, "法院.csv", "豫1399," + name + ",基层,豫13,,");
        long c = Fixtures.append(dir, "案件.csv", "豫1302,（2024）豫1302执77号,2024-01-08,,,民商事,#DIV/0!,,,,,,,");
        assertThat(errors(dir)).contains(
                new ImportError("法院.csv", null, court, "法院名称", "南".repeat(40) + "…", "内容过长：最多 200 个字符，此处 201 个"),
                new ImportError("案件.csv", null, c, "申请标的额", "#DIV/0!", "单元格是 Excel 的错误值（公式无法计算），请改为实际的值"));
    }

    @Test
    void aUtf16FileIsAnEncodingError(@TempDir Path tmp) throws IOException {
        Path dir = Fixtures.copyOfSimple(tmp.resolve("d"));
        byte[] body = "日期,休息\n2024-02-10,是\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] file = new byte[body.length + 2];
        file[0] = (byte) 0xFF;
        file[1] = (byte) 0xFE;
        System.arraycopy(body, 0, file, 2, body.length);
        Files.write(dir.resolve("节假日.csv"), file);
        assertThat(errors(dir)).containsExactly(new ImportError("节假日.csv", null, 1, null, null, "文件编码无法识别（应为 UTF-8 或 GB18030）"));
    }

    @Test
    void aWorkbookWithoutStylesOrSharedStringsIsRead(@TempDir Path tmp) throws IOException {
        Path file = RawXlsx.oneSheet("法院", RawXlsx.texts(1, "法院代码", "法院名称", "层级"), RawXlsx.texts(2, "豫", "河南省高级人民法院", "高级"))
                .write(tmp.resolve("法院.xlsx"));
        Map<RecordType, List<TableInput>> in = new EnumMap<>(RecordType.class);
        in.put(RecordType.COURTS, XlsxWorkbook.sheets(file));
        ProvinceAssembler sink = new ProvinceAssembler();
        assertThat(InterchangeReader.read(in, KnownKeys.NONE, ReadRules.bundled(), sink, ReadProgress.NONE)).isEmpty();
    }

    @Test
    void anUnparsableWorkbookCellIsDescribedInChinese(@TempDir Path tmp) throws IOException {
        Path file = RawXlsx.oneSheet("案件", RawXlsx.texts(1, "法院代码", "案号", "立案日期", "申请标的额"),
                RawXlsx.texts(2, "豫1302", "（2024）豫1302执1号", "2024-01-08") + RawXlsx.number("D2", "#DIV/0!"))
                .write(tmp.resolve("数据.xlsx"));
        Map<RecordType, List<TableInput>> in = new EnumMap<>(RecordType.class);
        in.put(RecordType.CASES, XlsxWorkbook.sheets(file));
        assertThat(InterchangeReader.read(in, KnownKeys.NONE, ReadRules.bundled(), new ProvinceAssembler(), ReadProgress.NONE))
                .containsExactly(new ImportError("数据.xlsx", "案件", 2, null, null,
                        "数字单元格中的内容“#DIV/0!”不是数字（公式出错？请把该单元格改为数值或文本）"));
    }

    @Test
    void aBrokenPackageIsDescribedInChinese(@TempDir Path tmp) throws IOException {
        Path noSheet = RawXlsx.oneSheet("案件", RawXlsx.texts(1, "法院代码")).without("xl/worksheets/sheet1.xml")
                .write(tmp.resolve("a.xlsx"));
        Map<RecordType, List<TableInput>> in = new EnumMap<>(RecordType.class);
        in.put(RecordType.CASES, XlsxWorkbook.sheets(noSheet));
        assertThat(InterchangeReader.read(in, KnownKeys.NONE, ReadRules.bundled(), new ProvinceAssembler(), ReadProgress.NONE))
                .singleElement().satisfies(e -> assertThat(e.reason()).startsWith("工作簿中缺少工作表“案件”的内容"));
        Path notZip = Files.writeString(tmp.resolve("b.xlsx"), "法院代码,法院名称\n");
        try {
            XlsxWorkbook.sheets(notZip);
            throw new AssertionError("expected a problem");
        } catch (XlsxProblem e) {
            assertThat(e.getMessage()).isEqualTo("不是有效的 .xlsx 工作簿（文件已损坏，或是 .xls 等其他格式）");
        }
    }
}
