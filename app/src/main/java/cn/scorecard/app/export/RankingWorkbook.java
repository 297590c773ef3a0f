package cn.scorecard.app.export;

import cn.scorecard.app.documents.Xlsx;
import cn.scorecard.app.evaluation.RankingView;
import cn.scorecard.core.evaluation.CoreIndicators;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * 评估排名 as a workbook: one sheet 排名 with the rows the user may see, the same as the ranking page —
 * 名次, 法院代码, 法院, 总分, 较上年同期, every area's score, and each core target's value with 达标/未达标.
 */
final class RankingWorkbook {
    static final String SHEET = "排名";
    /** Rows above the column headers: the title and the subtitle. */
    static final int HEADER_ROW = 2;

    private RankingWorkbook() {
    }

    static void write(RankingView view, String catalogVersion, OutputStream out) throws IOException {
        List<String> coreLabels = view.rows().isEmpty() ? List.of()
                : view.rows().get(0).core().stream().map(CoreIndicators.CoreValue::label).toList();
        List<String> header = new ArrayList<>(List.of("名次", "法院代码", "法院", "总分", "较上年同期"));
        for (RankingView.Area a : view.areas()) header.add(a.name() + "（" + Math.round(a.weight()) + "%）");
        for (String label : coreLabels) {
            header.add(label);
            header.add(label + " 是否达标");
        }
        Workbook wb = Xlsx.workbook(out);
        Worksheet ws = wb.newWorksheet(SHEET);
        Xlsx.title(ws, 0, header.size(), "执行质效评估排名（" + view.level().label() + "法院） · " + view.period().label()
                + " · 指标体系版本 " + catalogVersion + " · " + view.shown().label());
        Xlsx.subtitle(ws, 1, header.size(), "同级参评法院 " + view.peers() + " 家，本表列出 " + view.rows().size()
                + " 家；核心指标“三个90%、一个80%”。" + view.shown().note() + "。");
        Xlsx.header(ws, HEADER_ROW, header);
        int r = HEADER_ROW + 1;
        for (RankingView.Row row : view.rows()) {
            ws.value(r, 0, row.rank());
            ws.style(r, 0).horizontalAlignment("center").set();
            ws.value(r, 1, row.code());
            ws.value(r, 2, row.name());
            Xlsx.number(ws, r, 3, row.total(), Xlsx.SCORE);
            ws.style(r, 3).format(Xlsx.SCORE).bold().set();
            Xlsx.number(ws, r, 4, row.change(), Xlsx.CHANGE);
            int c = 5;
            for (Double s : row.areaScores()) Xlsx.number(ws, r, c++, s, Xlsx.SCORE);
            for (CoreIndicators.CoreValue v : row.core()) {
                Xlsx.number(ws, r, c++, v.value(), Xlsx.PERCENT);
                Xlsx.met(ws, r, c++, v.met());
            }
            r++;
        }
        double[] widths = new double[header.size()];
        widths[0] = 7;
        widths[1] = 11;
        widths[2] = 26;
        widths[3] = 10;
        widths[4] = 12;
        for (int c = 5; c < widths.length; c++) widths[c] = c < 5 + view.areas().size() ? 14 : 16;
        Xlsx.widths(ws, widths);
        ws.freezePane(3, HEADER_ROW + 1);
        if (!view.rows().isEmpty()) ws.setAutoFilter(HEADER_ROW, 0, header.size() - 1);
        Xlsx.fitToWidth(ws);
        wb.finish();
    }
}
