package cn.scorecard.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbook cells read as a person sees them: dates typed as dates, numbers, booleans, text; rows keep their numbers. */
class XlsxWorkbookTest {
    @Test
    void cellsReadAsTheyShow(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("数据.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("案件");
            ws.value(0, 0, "立案日期");
            ws.value(0, 1, "时间");
            ws.value(0, 2, "申请标的额");
            ws.value(0, 3, "下落不明");
            ws.value(0, 4, "案号");
            ws.value(1, 0, LocalDate.of(2024, 3, 1));
            ws.style(1, 0).format("yyyy-mm-dd").set();
            ws.value(1, 1, LocalDateTime.of(2024, 3, 1, 9, 30));
            ws.style(1, 1).format("yyyy-mm-dd hh:mm").set();
            ws.value(1, 2, 1234.5);
            ws.value(1, 3, true);
            ws.value(1, 4, "（2024）豫1302执1号");
            ws.value(3, 2, 100000); // row 3 empty, row 4 has a number only
            wb.finish();
        }
        List<TableInput> sheets = XlsxWorkbook.sheets(file);
        assertThat(sheets).singleElement().satisfies(s -> {
            assertThat(s.file()).isEqualTo("数据.xlsx");
            assertThat(s.sheet()).isEqualTo("案件");
        });
        List<String> rows = new ArrayList<>();
        sheets.get(0).rows((number, cells) -> rows.add(number + ":" + String.join("|", cells)));
        assertThat(rows).containsExactly("1:立案日期|时间|申请标的额|下落不明|案号",
                "2:2024-03-01|2024-03-01 09:30|1234.5|是|（2024）豫1302执1号", "4:||100000");
    }
}
