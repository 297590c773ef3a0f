package cn.scorecard.app.staff.notice;

import cn.scorecard.app.documents.Xlsx;
import cn.scorecard.app.staff.StaffSnapshot;
import cn.scorecard.app.web.Formats;
import cn.scorecard.app.web.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** 通报 as a workbook: 个人排名 (by role), 团队排名, 约谈与问责; the look of the other exports (Xlsx). */
final class NoticeWorkbook {
    static final int HEADER_ROW = 2;

    private NoticeWorkbook() {
    }

    static void write(Notice n, OutputStream out) throws IOException {
        Workbook wb = Xlsx.workbook(out);
        people(wb.newWorksheet(Messages.text("staffNotice.sheet.people")), n);
        teams(wb.newWorksheet(Messages.text("staffNotice.sheet.teams")), n);
        interviews(wb.newWorksheet(Messages.text("staffNotice.sheet.interviews")), n);
        wb.finish();
    }

    private static void heading(Worksheet ws, Notice n, int columns, String part) {
        Xlsx.title(ws, 0, columns, Messages.text("staffNotice.sheet.heading", n.title(), n.monthLabel(), part)
                + (n.published() ? "" : Messages.text("staffNotice.sheet.draft")));
        Xlsx.subtitle(ws, 1, columns, Messages.text("staffNotice.sheet.subtitle", n.versionLabel(), n.ruleTitle(), n.ruleIssuer(),
                Formats.whole(n.passMark()), String.valueOf(n.snapshot().people().size()), String.valueOf(n.passed()),
                String.valueOf(n.failed()), String.valueOf(n.vetoed())));
    }

    private static void people(Worksheet ws, Notice n) {
        List<String> header = List.of(Messages.text("staffNotice.column.people").split("\\|"));
        heading(ws, n, header.size(), Messages.text("staffNotice.sheet.people"));
        Xlsx.header(ws, HEADER_ROW, header);
        int r = HEADER_ROW + 1;
        for (StaffSnapshot.Person p : n.snapshot().ranked()) {
            ws.value(r, 0, p.role());
            if (p.rank() != null) ws.value(r, 1, p.rank());
            else ws.value(r, 1, "—");
            ws.style(r, 1).horizontalAlignment("center").set();
            ws.value(r, 2, p.id());
            ws.value(r, 3, p.name());
            ws.value(r, 4, p.team());
            Xlsx.number(ws, r, 5, p.total(), Xlsx.SCORE);
            ws.value(r, 6, p.outcomeLabel());
            ws.style(r, 6).fontColor(p.passed() ? Xlsx.GREEN : Xlsx.RED).horizontalAlignment("center").set();
            ws.value(r, 7, p.failsInYear());
            r++;
        }
        Xlsx.widths(ws, 11, 7, 14, 10, 16, 10, 9, 14);
        ws.freezePane(0, HEADER_ROW + 1);
        Xlsx.fitToWidth(ws);
    }

    private static void teams(Worksheet ws, Notice n) {
        List<String> header = List.of(Messages.text("staffNotice.column.teams").split("\\|"));
        heading(ws, n, header.size(), Messages.text("staffNotice.sheet.teams"));
        Xlsx.header(ws, HEADER_ROW, header);
        int r = HEADER_ROW + 1;
        for (StaffSnapshot.Team t : n.snapshot().rankedTeams()) {
            if (t.rank() != null) ws.value(r, 0, t.rank());
            else ws.value(r, 0, "—");
            ws.value(r, 1, t.team());
            Xlsx.number(ws, r, 2, t.mean(), Xlsx.SCORE);
            ws.value(r, 3, t.scoredMembers());
            ws.value(r, 4, t.members());
            r++;
        }
        Xlsx.widths(ws, 7, 22, 10, 10, 10);
        Xlsx.fitToWidth(ws);
    }

    private static void interviews(Worksheet ws, Notice n) {
        List<String> header = List.of(Messages.text("staffNotice.column.interviews").split("\\|"));
        heading(ws, n, header.size(), Messages.text("staffNotice.sheet.interviews"));
        Xlsx.header(ws, HEADER_ROW, header);
        int r = HEADER_ROW + 1;
        for (StaffSnapshot.InterviewDue i : n.snapshot().interviews()) {
            ws.value(r, 0, Messages.text("staffNotice.list.interview"));
            ws.value(r, 1, i.id());
            ws.value(r, 2, i.name());
            ws.value(r, 3, i.role());
            Xlsx.number(ws, r, 4, i.total(), Xlsx.SCORE);
            ws.value(r, 5, i.failsInYear());
            r++;
        }
        for (StaffSnapshot.Person p : n.snapshot().accountable()) {
            ws.value(r, 0, Messages.text("staffNotice.list.accountability"));
            ws.value(r, 1, p.id());
            ws.value(r, 2, p.name());
            ws.value(r, 3, p.role());
            Xlsx.number(ws, r, 4, p.total(), Xlsx.SCORE);
            ws.value(r, 5, p.failsInYear());
            ws.range(r, 0, r, 5).style().fontColor(Xlsx.RED).set();
            r++;
        }
        if (r == HEADER_ROW + 1) ws.value(r, 0, Messages.text("staffNotice.list.none"));
        Xlsx.widths(ws, 26, 14, 10, 10, 10, 14);
        Xlsx.fitToWidth(ws);
    }
}
