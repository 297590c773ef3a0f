package cn.scorecard.app.staff.notice;

import cn.scorecard.app.documents.Xlsx;
import cn.scorecard.app.staff.StaffSnapshot;
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
        people(wb.newWorksheet("个人排名"), n);
        teams(wb.newWorksheet("团队排名"), n);
        interviews(wb.newWorksheet("约谈与问责"), n);
        wb.finish();
    }

    private static void heading(Worksheet ws, Notice n, int columns, String part) {
        Xlsx.title(ws, 0, columns, n.title() + " · " + n.monthLabel() + " · " + part + (n.published() ? "" : "（待审核稿）"));
        Xlsx.subtitle(ws, 1, columns, n.versionLabel() + "；" + n.ruleTitle() + "（" + n.ruleIssuer() + "），合格线 "
                + Math.round(n.passMark()) + " 分；参加考核 " + n.snapshot().people().size() + " 人，合格 " + n.passed()
                + " 人，不合格 " + n.failed() + " 人，一票否决 " + n.vetoed() + " 人");
    }

    private static void people(Worksheet ws, Notice n) {
        List<String> header = List.of("岗位", "名次", "人员编号", "姓名", "团队", "总分", "结果", "本年不合格次数");
        heading(ws, n, header.size(), "个人排名");
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
        List<String> header = List.of("名次", "团队", "平均分", "计分人数", "成员人数");
        heading(ws, n, header.size(), "团队排名");
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
        List<String> header = List.of("名单", "人员编号", "姓名", "岗位", "总分", "本年不合格次数");
        heading(ws, n, header.size(), "约谈与问责");
        Xlsx.header(ws, HEADER_ROW, header);
        int r = HEADER_ROW + 1;
        for (StaffSnapshot.InterviewDue i : n.snapshot().interviews()) {
            ws.value(r, 0, "约谈（当月不合格）");
            ws.value(r, 1, i.id());
            ws.value(r, 2, i.name());
            ws.value(r, 3, i.role());
            Xlsx.number(ws, r, 4, i.total(), Xlsx.SCORE);
            ws.value(r, 5, i.failsInYear());
            r++;
        }
        for (StaffSnapshot.Person p : n.snapshot().accountable()) {
            ws.value(r, 0, "问责（本年不合格超过3次）");
            ws.value(r, 1, p.id());
            ws.value(r, 2, p.name());
            ws.value(r, 3, p.role());
            Xlsx.number(ws, r, 4, p.total(), Xlsx.SCORE);
            ws.value(r, 5, p.failsInYear());
            ws.range(r, 0, r, 5).style().fontColor(Xlsx.RED).set();
            r++;
        }
        if (r == HEADER_ROW + 1) ws.value(r, 0, "本月无约谈、问责人员");
        Xlsx.widths(ws, 26, 14, 10, 10, 10, 14);
        Xlsx.fitToWidth(ws);
    }
}
