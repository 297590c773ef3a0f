package cn.scorecard.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.core.cases.Times;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cell parsers of the data directory (named to run with the DataDirectory* tests). */
class DataDirectoryCsvFilesTest {
    @ParameterizedTest
    @CsvSource({"0,0", "12,1200", "12.3,1230", "12.34,1234", "0.05,5", ".5,50", "7.,700", "250000.50,25000050"})
    void amountsInYuanBecomeFen(String text, long fen) {
        assertThat(CsvFiles.fen(text)).isEqualTo(fen);
    }

    @Test
    void badAmountsGiveTheirKind() {
        assertThat(CsvFiles.fen("")).isEqualTo(CsvFiles.AMOUNT_EMPTY);
        assertThat(CsvFiles.fen("-1")).isEqualTo(CsvFiles.AMOUNT_NEGATIVE);
        assertThat(CsvFiles.fen("1.234")).isEqualTo(CsvFiles.AMOUNT_TOO_PRECISE);
        for (String s : new String[] {"1,000", "12元", "¥5", "1e3", ".", "-", "1.2.3", "1234567890123456"}) {
            assertThat(CsvFiles.fen(s)).as(s).isEqualTo(CsvFiles.AMOUNT_MALFORMED);
        }
    }

    @Test
    void yesNo() {
        for (String s : new String[] {"是", "Y", "y", "1", "true", "TRUE"}) assertThat(CsvFiles.yesNo(s)).as(s).isEqualTo(CsvFiles.YES);
        for (String s : new String[] {"否", "N", "n", "0", "false", "False"}) assertThat(CsvFiles.yesNo(s)).as(s).isEqualTo(CsvFiles.NO);
        assertThat(CsvFiles.yesNo("")).isEqualTo(CsvFiles.EMPTY);
        assertThat(CsvFiles.yesNo("有")).isEqualTo(CsvFiles.NOT_YES_NO);
    }

    @ParameterizedTest
    @CsvSource({"2024-03-01", "2024/3/1", "2024年3月1日", "2024-3-01 00:00", "2024-03-01T00:00:00"})
    void dateFormats(String text) {
        assertThat(DateTexts.day(text)).isEqualTo(Times.day(LocalDate.of(2024, 3, 1)));
    }

    @ParameterizedTest
    @CsvSource({"2024-03-01 09:30", "2024/3/1 9:30", "2024-03-01 09:30:59", "2024-03-01T09:30:15.250", "2024年3月1日 09:30"})
    void timeFormatsDropSeconds(String text) {
        assertThat(DateTexts.minute(text)).isEqualTo(Times.minute(LocalDateTime.of(2024, 3, 1, 9, 30)));
    }

    @Test
    void badDates() {
        assertThat(DateTexts.day("")).isEqualTo(Times.NONE);
        for (String s : new String[] {"2023-02-29", "2024-02-30", "2024-13-01", "2024-04-31", "1850-01-01"}) {
            assertThat(DateTexts.day(s)).as(s).isEqualTo(DateTexts.NO_SUCH_DAY);
        }
        for (String s : new String[] {"24-03-01", "2024.03.01", "20240301", "2024-03", "2024-03-01 25:00",
                "2024-03-01 9:5", "2024-03-01 09:30 下午", "明天"}) {
            assertThat(DateTexts.day(s)).as(s).isEqualTo(DateTexts.MALFORMED);
        }
        assertThat(DateTexts.day("2024-02-29")).isEqualTo(Times.day(LocalDate.of(2024, 2, 29)));
        assertThat(DateTexts.day("1950-06-01")).isEqualTo(Times.day(LocalDate.of(1950, 6, 1))); // before 1970
    }

    @Test
    void formatting() {
        assertThat(DateTexts.formatMinute(Times.minute(LocalDateTime.of(2024, 3, 1, 9, 5)))).isEqualTo("2024-03-01 09:05");
        assertThat(DateTexts.formatMinute(Times.minute(LocalDateTime.of(1965, 12, 31, 23, 59)))).isEqualTo("1965-12-31 23:59");
        assertThat(DateTexts.formatMinute(Times.NONE)).isEmpty();
        assertThat(DateTexts.formatDay(Times.NONE)).isEmpty();
    }

    @Test
    void caseNumbersAreNormalized() {
        assertThat(CsvFiles.normalizeCaseNumber("(2024) 豫1302执1号")).isEqualTo("（2024）豫1302执1号");
        String canonical = "（2024）豫1302执1号";
        assertThat(CsvFiles.normalizeCaseNumber(canonical)).isSameAs(canonical);
    }

    @Test
    void errorText() {
        assertThat(new ImportError("案件.csv", null, 12, "结案日期", "2023-01-01", "结案日期早于立案日期"))
                .hasToString("案件.csv 第12行 结案日期 “2023-01-01”：结案日期早于立案日期");
        assertThat(new ImportError("案件.csv", null, 0, null, null, "缺少必需的文件")).hasToString("案件.csv：缺少必需的文件");
        assertThat(new ImportError("数据.xlsx", "案件", 3, "案号", "", "必填项为空"))
                .hasToString("数据.xlsx 工作表“案件” 第3行 案号 “”：必填项为空");
    }
}
