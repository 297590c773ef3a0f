package cn.scorecard.app.plan;

import cn.scorecard.app.evaluation.PeriodParam;
import cn.scorecard.app.documents.Xlsx;
import cn.scorecard.app.web.Formats;
import cn.scorecard.app.web.Messages;
import cn.scorecard.core.plan.TargetReach;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The planner as a work list (工作清单): sheet 提分计划 with every action (after the page's filters), the largest gain
 * first, and sheet 达标所需 with the fewest actions per missed target.
 */
final class PlannerWorkbook {
    static final String ACTIONS = Messages.text("planner.sheet.actions");
    static final String TARGETS = Messages.text("planner.sheet.targets");
    static final int HEADER_ROW = 3;
    static final List<String> HEADER = List.of(Messages.text("planner.sheet.header").split("\\|"));
    static final List<String> TARGET_HEADER = List.of(Messages.text("planner.sheet.targetHeader").split("\\|"));

    private PlannerWorkbook() {
    }

    static void write(PlanView view, PeriodParam period, PlanService.Window w, OutputStream out) throws IOException {
        Workbook wb = Xlsx.workbook(out);
        String about = view.plan().base().court().name() + " · " + period.label() + " · "
                + Messages.text("planner.window", Formats.date(w.from()), Formats.date(w.target()));
        Worksheet ws = wb.newWorksheet(ACTIONS);
        Xlsx.title(ws, 0, HEADER.size(), ACTIONS + " · " + about);
        Xlsx.subtitle(ws, 1, HEADER.size(), Messages.text("planner.exact"));
        ws.value(2, 0, Messages.text("planner.totalNow", Formats.score(view.plan().base().total())));
        Xlsx.header(ws, HEADER_ROW, HEADER);
        int r = HEADER_ROW + 1;
        int n = 1;
        for (PlanRow row : view.rows()) {
            ws.value(r, 0, n++);
            ws.value(r, 1, row.reference());
            ws.value(r, 2, row.action());
            ws.value(r, 3, Formats.date(row.deadline()));
            ws.value(r, 4, row.officer());
            ws.value(r, 5, row.movedText());
            Xlsx.number(ws, r, 6, row.gain(), "0.0000");
            ws.value(r, 7, "");
            r++;
        }
        Xlsx.widths(ws, 6, 26, 24, 12, 10, 60, 10, 10);
        ws.freezePane(2, HEADER_ROW + 1);
        ws.setAutoFilter(HEADER_ROW, 0, HEADER.size() - 1);
        Xlsx.fitToWidth(ws);
        Worksheet t = wb.newWorksheet(TARGETS);
        Xlsx.title(t, 0, TARGET_HEADER.size(), TARGETS + " · " + about);
        Xlsx.header(t, HEADER_ROW, TARGET_HEADER);
        r = HEADER_ROW + 1;
        for (TargetReach reach : view.targets()) {
            t.value(r, 0, reach.code());
            t.value(r, 1, reach.name());
            Xlsx.number(t, r, 2, reach.target(), Xlsx.PERCENT);
            Xlsx.number(t, r, 3, reach.value(), Xlsx.PERCENT);
            if (reach.reachable()) t.value(r, 4, reach.needed());
            else t.value(r, 4, Messages.text("planner.unreachable"));
            Xlsx.number(t, r, 5, reach.bestValue(), Xlsx.PERCENT);
            r++;
        }
        Xlsx.widths(t, 11, 44, 8, 10, 12, 14);
        Xlsx.fitToWidth(t);
        wb.finish();
    }
}
