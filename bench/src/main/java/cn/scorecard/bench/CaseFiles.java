package cn.scorecard.bench;

import cn.scorecard.core.cases.CaseFlag;
import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.court.Court;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.data.StaffMember;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The courts, staff and cases of a generated province as import files (案件 as CSV and as a workbook sheet). */
final class CaseFiles {
    static final String[] CASE_HEADER = {"法院代码", "案号", "立案日期", "结案日期", "结案方式", "案件类别", "申请标的额", "到位金额",
            "承办法官", "法官助理", "书记员", "下落不明", "不适用失信", "未纳入流程系统"};

    private CaseFiles() {
    }

    static void writeReferences(ProvinceData data, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (CSVPrinter p = printer(dir.resolve("法院.csv"))) {
            p.printRecord("法院代码", "法院名称", "层级", "上级法院代码");
            for (Court c : data.courts().all()) p.printRecord(c.code(), c.name(), c.level().label(), c.parentCode());
        }
        try (CSVPrinter p = printer(dir.resolve("人员.csv"))) {
            p.printRecord("人员编号", "姓名", "法院代码", "岗位", "团队");
            for (StaffMember s : data.staff()) {
                p.printRecord(s.id(), s.name(), data.courts().get(s.court()).code(), s.role().label(), s.team());
            }
        }
    }

    static Path writeCsv(ProvinceData data, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve("案件.csv");
        try (CSVPrinter p = printer(file)) {
            p.printRecord((Object[]) CASE_HEADER);
            for (int r = 0; r < data.cases().size(); r++) p.printRecord((Object[]) row(data, r));
        }
        return file;
    }

    /** A workbook with one sheet 案件; amounts as numbers, dates as text as the case-flow system exports them. */
    static Path writeXlsx(ProvinceData data, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve("案件.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "scorecard-bench", "1.0");
            Worksheet ws = wb.newWorksheet("案件");
            for (int c = 0; c < CASE_HEADER.length; c++) ws.value(0, c, CASE_HEADER[c]);
            for (int r = 0; r < data.cases().size(); r++) {
                String[] cells = row(data, r);
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c].isEmpty()) continue;
                    if (c == 6 || c == 7) ws.value(r + 1, c, Double.parseDouble(cells[c]));
                    else ws.value(r + 1, c, cells[c]);
                }
                if (r % 10_000 == 9_999) ws.flush();
            }
            wb.finish();
        }
        return file;
    }

    private static String[] row(ProvinceData data, int r) {
        CaseTable t = data.cases();
        List<StaffMember> staff = data.staff();
        return new String[] {data.courts().get(t.court(r)).code(), t.number(r), day(t.filed(r)), day(t.closed(r)),
                t.method(r) == null ? "" : t.method(r).label(), t.category(r) == null ? "" : t.category(r).label(),
                yuan(t.applied(r)), yuan(t.delivered(r)), id(staff, t.judge(r)), id(staff, t.assistant(r)),
                id(staff, t.clerk(r)), yes(t.has(r, CaseFlag.WHEREABOUTS_UNKNOWN)),
                yes(t.has(r, CaseFlag.DISHONEST_NOT_APPLICABLE)), yes(t.has(r, CaseFlag.OUTSIDE_SYSTEM))};
    }

    private static String day(int epochDay) {
        return epochDay == Integer.MIN_VALUE ? "" : LocalDate.ofEpochDay(epochDay).toString();
    }

    private static String yuan(long fen) {
        return fen < 0 ? "" : (fen / 100) + "." + (fen % 100 < 10 ? "0" : "") + (fen % 100);
    }

    private static String id(List<StaffMember> staff, int i) {
        return i < 0 ? "" : staff.get(i).id();
    }

    private static String yes(boolean b) {
        return b ? "是" : "否";
    }

    private static CSVPrinter printer(Path file) throws IOException {
        BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        return new CSVPrinter(w, CSVFormat.DEFAULT);
    }
}
