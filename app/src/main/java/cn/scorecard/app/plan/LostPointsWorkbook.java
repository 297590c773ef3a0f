package cn.scorecard.app.plan;

import cn.scorecard.app.evaluation.LostPointRow;
import cn.scorecard.app.documents.Xlsx;
import cn.scorecard.app.evaluation.PeriodParam;
import cn.scorecard.app.web.Formats;
import cn.scorecard.app.web.Messages;
import cn.scorecard.core.plan.LostPoint;
import cn.scorecard.core.plan.LostPoints;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The lost points as a workbook: one sheet 失分清单, the largest first, with the sum that makes 100. */
final class LostPointsWorkbook {
    static final String SHEET = Messages.text("lost.title");
    static final int HEADER_ROW = 3;
    static final List<String> HEADER = List.of(Messages.text("lost.code"), Messages.text("lost.indicator"),
            Messages.text("lost.area"), Messages.text("lost.value"), Messages.text("lost.target"), Messages.text("lost.gap"),
            Messages.text("lost.score"), Messages.text("lost.share"), Messages.text("lost.points"));

    private LostPointsWorkbook() {
    }

    static void write(LostPoints.Sheet sheet, PeriodParam period, String results, OutputStream out) throws IOException {
        Workbook wb = Xlsx.workbook(out);
        Worksheet ws = wb.newWorksheet(SHEET);
        String court = sheet.court().court().name();
        Xlsx.title(ws, 0, HEADER.size(), Messages.text("lost.sheetTitle", court, period.label(), results));
        Xlsx.subtitle(ws, 1, HEADER.size(), Messages.text("lost.intro"));
        ws.value(2, 0, Messages.text("lost.sum", Formats.score(sheet.lostTotal()), Formats.score(sheet.total()),
                sheet.total() == null ? "—" : Formats.score(sheet.lostTotal() + sheet.total())));
        Xlsx.header(ws, HEADER_ROW, HEADER);
        int r = HEADER_ROW + 1;
        for (LostPointRow row : LostPointRow.of(sheet)) {
            ws.value(r, 0, row.code());
            ws.value(r, 1, row.name());
            ws.value(r, 2, row.area());
            ws.value(r, 3, row.value());
            ws.value(r, 4, row.target());
            ws.value(r, 5, row.gap());
            Xlsx.number(ws, r, 6, row.score(), Xlsx.SCORE);
            Xlsx.number(ws, r, 7, row.share() / 100, Xlsx.PERCENT);
            Xlsx.number(ws, r, 8, row.points(), Xlsx.SCORE);
            r++;
            for (LostPoint.SubordinateShare s : row.subordinates()) {
                ws.value(r, 1, "  " + s.courtName());
                ws.value(r, 5, Messages.text("lost.subordinate", s.courtName(), Formats.score(s.total()),
                        Formats.score(s.points())));
                Xlsx.number(ws, r, 6, s.total(), Xlsx.SCORE);
                Xlsx.number(ws, r, 8, s.points(), Xlsx.SCORE);
                r++;
            }
        }
        Xlsx.widths(ws, 11, 44, 16, 11, 18, 22, 9, 10, 9);
        ws.freezePane(2, HEADER_ROW + 1);
        ws.setAutoFilter(HEADER_ROW, 0, HEADER.size() - 1);
        Xlsx.fitToWidth(ws);
        wb.finish();
    }
}
