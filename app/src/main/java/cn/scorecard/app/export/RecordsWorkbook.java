package cn.scorecard.app.export;

import cn.scorecard.app.documents.Xlsx;
import cn.scorecard.app.evaluation.RecordRows;
import cn.scorecard.app.web.Messages;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.explain.Reason;
import cn.scorecard.core.explain.RecordExplainer;
import cn.scorecard.core.metric.RecordKind;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Every record of a list (not one page) with the list's columns. Rows are flushed to the response every
 * {@link #FLUSH_EVERY} rows, so a list of 100,000 cases never sits in memory as a sheet. Amounts (…（元）)
 * become numbers and dates become dates; every other cell is the page's text.
 */
final class RecordsWorkbook {
    static final String SHEET = "记录";
    static final int HEADER_ROW = 1;
    static final int FLUSH_EVERY = 1000;
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONEY = Pattern.compile("-?\\d+\\.\\d{2}");

    private RecordsWorkbook() {
    }

    static void write(ProvinceData data, RecordKind kind, int[] records, String title, OutputStream out) throws IOException {
        write(data, kind, records, title, out, null);
    }

    /**
     * With an explainer, each record's reason follows its own columns: 判定 (达标/未达标), the reason's columns, and the
     * reason in one line (原因). Reasons are computed row by row as the rows are written.
     */
    static void write(ProvinceData data, RecordKind kind, int[] records, String title, OutputStream out,
                      RecordExplainer explainer) throws IOException {
        List<String> header = new java.util.ArrayList<>(RecordRows.header(kind));
        int own = header.size();
        if (explainer != null) {
            header.add(Messages.text("records.reason.verdict"));
            header.addAll(explainer.header());
            header.add(Messages.text("records.reason.summary"));
        }
        boolean[] money = new boolean[header.size()];
        boolean[] date = new boolean[header.size()];
        for (int c = 0; c < header.size(); c++) {
            money[c] = header.get(c).endsWith("（元）");
            date[c] = header.get(c).contains("日期") || header.get(c).endsWith("届满日") || header.get(c).equals("办理期限");
        }
        Workbook wb = Xlsx.workbook(out);
        Worksheet ws = wb.newWorksheet(SHEET);
        Xlsx.title(ws, 0, header.size(), title + " · 共 " + records.length + " 条");
        Xlsx.header(ws, HEADER_ROW, header);
        double[] widths = new double[header.size()];
        for (int c = 0; c < widths.length; c++) widths[c] = c == 0 ? 26 : money[c] ? 16 : date[c] ? 13 : c >= own ? 18 : 14;
        if (explainer != null) widths[widths.length - 1] = 60;
        Xlsx.widths(ws, widths);
        ws.freezePane(1, HEADER_ROW + 1);
        ws.setAutoFilter(HEADER_ROW, 0, header.size() - 1);
        int r = HEADER_ROW + 1;
        for (int record : records) {
            List<String> cells = RecordRows.cells(data, kind, record);
            if (explainer != null) {
                Reason reason = explainer.explain(record);
                cells = new java.util.ArrayList<>(cells);
                cells.add(reason.verdict());
                cells.addAll(reason.cells());
                cells.add(reason.summary());
            }
            for (int c = 0; c < cells.size(); c++) cell(ws, r, c, cells.get(c), money[c], date[c]);
            r++;
            if ((r - HEADER_ROW - 1) % FLUSH_EVERY == 0) ws.flush();
        }
        wb.finish();
    }

    private static void cell(Worksheet ws, int r, int c, String text, boolean money, boolean date) {
        if (text == null || text.isEmpty()) return;
        if (money && MONEY.matcher(text).matches()) {
            ws.value(r, c, new java.math.BigDecimal(text));
            ws.style(r, c).format(Xlsx.MONEY).set();
        } else if (date && DATE.matcher(text).matches()) {
            ws.value(r, c, LocalDate.parse(text));
            ws.style(r, c).format(Xlsx.DATE).set();
        } else {
            ws.value(r, c, text);
        }
    }
}
