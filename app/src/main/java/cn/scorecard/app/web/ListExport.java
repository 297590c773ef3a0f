package cn.scorecard.app.web;

import cn.scorecard.app.documents.Xlsx;
import cn.scorecard.app.documents.Downloads;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A list's download: every matching row (not one page), in the list's order, with its columns — the same workbook
 * look as the other exports (title row, styled header, filter, frozen header).
 */
public final class ListExport {
    static final int HEADER_ROW = 2;

    private ListExport() {
    }

    /**
     * @param name  the file name without extension, Chinese (审计日志) and ASCII (audit)
     * @param title the title row (what the list is, its filters)
     */
    public static <T> void write(HttpServletResponse response, String name, String asciiName, String title, Listing<T> list)
            throws IOException {
        String stamp = LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmm"));
        Downloads.prepare(response, Downloads.XLSX, name + "-" + stamp + ".xlsx", asciiName + "-" + stamp + ".xlsx");
        List<ListColumn<T>> columns = list.columns();
        Workbook wb = Xlsx.workbook(response.getOutputStream());
        Worksheet ws = wb.newWorksheet(name.length() > 31 ? name.substring(0, 31) : name);
        Xlsx.title(ws, 0, columns.size(), title);
        String q = list.state().q();
        Xlsx.subtitle(ws, 1, columns.size(), Messages.text("list.exportSubtitle", String.valueOf(list.matching().size()),
                q == null ? "" : Messages.text("list.searchFor", q), Formats.dateTime(LocalDateTime.now())));
        Xlsx.header(ws, HEADER_ROW, columns.stream().map(ListColumn::label).toList());
        int r = HEADER_ROW + 1;
        for (T row : list.matching()) {
            for (int c = 0; c < columns.size(); c++) {
                Object v = columns.get(c).value().apply(row);
                if (v instanceof Number n && !(v instanceof Long && n.longValue() > 999_999_999_999L)) {
                    ws.value(r, c, n);
                } else {
                    ws.value(r, c, Formats.text(v));
                }
            }
            r++;
        }
        for (int c = 0; c < columns.size(); c++) ws.width(c, Math.max(10, Math.min(60, columns.get(c).label().length() * 2 + 8)));
        ws.freezePane(0, HEADER_ROW + 1);
        if (!list.matching().isEmpty()) ws.setAutoFilter(HEADER_ROW, 0, columns.size() - 1);
        Xlsx.fitToWidth(ws);
        wb.finish();
    }
}
