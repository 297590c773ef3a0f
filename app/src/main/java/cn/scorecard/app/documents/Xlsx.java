package cn.scorecard.app.documents;

import cn.scorecard.app.messages.Bundle;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The common look of the exported workbooks: a title row, a styled header row, number formats. Public for the other
 * features' workbooks (the staff assessment's 通报), so that every download looks the same.
 */
public final class Xlsx {
    public static final String SCORE = "0.00";
    public static final String CHANGE = "+0.00;-0.00;0.00";
    public static final String PERCENT = "0.0%";
    public static final String WHOLE_PERCENT = "0%";
    public static final String INTEGER = "#,##0";
    public static final String NUMBER = "#,##0.###";
    public static final String MONEY = "#,##0.00";
    public static final String DATE = "yyyy-mm-dd";
    /** Colours are ARGB, as Excel expects them. */
    public static final String HEADER_FILL = "FFDCE6F1";
    public static final String AREA_FILL = "FFF2F2F2";
    public static final String GREEN = "FF1E7B34";
    public static final String RED = "FFB42318";

    private Xlsx() {
    }

    public static Workbook workbook(OutputStream out) {
        Workbook wb = new Workbook(out, "Scorecard", "1.0");
        wb.setGlobalDefaultFont("等线", 11);
        return wb;
    }

    /** A bold title in row {@code row}, merged over {@code columns} columns. */
    public static void title(Worksheet ws, int row, int columns, String text) {
        ws.value(row, 0, text);
        ws.range(row, 0, row, Math.max(0, columns - 1)).style().bold().fontSize(14).merge().set();
        ws.rowHeight(row, 24);
    }

    /** A smaller grey line under the title. */
    public static void subtitle(Worksheet ws, int row, int columns, String text) {
        ws.value(row, 0, text);
        ws.range(row, 0, row, Math.max(0, columns - 1)).style().fontColor("FF595959").merge().set();
    }

    /** The column headers in row {@code row}: bold, filled, bordered, wrapped. */
    public static void header(Worksheet ws, int row, List<String> names) {
        for (int c = 0; c < names.size(); c++) ws.value(row, c, names.get(c));
        ws.range(row, 0, row, names.size() - 1).style().bold().fillColor(HEADER_FILL).borderStyle(BorderStyle.THIN)
                .horizontalAlignment("center").verticalAlignment("center").wrapText(true).set();
        ws.rowHeight(row, 30);
    }

    public static void number(Worksheet ws, int row, int col, Double value, String format) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            ws.value(row, col, "—");
            ws.style(row, col).horizontalAlignment("right").set();
            return;
        }
        ws.value(row, col, value);
        ws.style(row, col).format(format).set();
    }

    /** 达标 in green, 未达标 in red, 无数据 when nothing was measured. */
    public static void met(Worksheet ws, int row, int col, Boolean met) {
        ws.value(row, col, metText(met));
        if (met != null) ws.style(row, col).fontColor(met ? GREEN : RED).horizontalAlignment("center").set();
    }

    public static String metText(Boolean met) {
        return Bundle.text(met == null ? "ranking.noData" : met ? "tree.target.met" : "common.missed");
    }

    /** Prints landscape, one page wide. */
    public static void fitToWidth(Worksheet ws) {
        ws.pageOrientation("landscape");
        ws.setFitToPage(true);
        ws.fitToWidth((short) 1);
        ws.fitToHeight((short) 0);
    }

    public static void widths(Worksheet ws, double... widths) {
        for (int c = 0; c < widths.length; c++) ws.width(c, widths[c]);
    }
}
