package cn.scorecard.core.demo;

import cn.scorecard.core.cases.ClosingMethod;
import cn.scorecard.core.cases.StepType;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The case sheet of the foreign layout (see {@link ForeignLayout}): one row per case, in the order of 案件.csv. */
final class ForeignWorkbook {
    static final String[] HEADER = {"序号", "经办法院", "案号", "立案日期", "结案日期", "结案方式代码", "案件类别",
            "申请执行标的（元）", "实际到位金额（元）", "承办团队", "下落不明", "不适用失信", "未纳入流程系统"};
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter EXPORT_MINUTE = DateTimeFormatter.ofPattern("yyyy/M/d H:mm");

    private ForeignWorkbook() {
    }

    static String stepHeader(StepType s) {
        return s.label() + "时间";
    }

    static void write(Path file, List<String[]> cases, Map<String, String[]> wide, Map<String, String> courtNames)
            throws IOException {
        try (OutputStream os = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(os, "scorecard-demo", "1.0");
            Worksheet ws = wb.newWorksheet(ForeignLayout.SHEET);
            ws.value(0, 0, "执行案件流程信息导出（演示数据）");
            ws.value(1, 0, "导出条件：全部案件；本表由演示数据生成，版式为演示而设，并非官方格式");
            int col = 0;
            for (String h : HEADER) ws.value(2, col++, h);
            for (StepType s : ForeignLayout.WIDE) ws.value(2, col++, stepHeader(s));
            int r = 3;
            BigDecimal applied = BigDecimal.ZERO;
            BigDecimal delivered = BigDecimal.ZERO;
            for (String[] c : cases) {
                ws.value(r, 0, r - 2);
                ws.value(r, 1, courtNames.getOrDefault(c[0], c[0]));
                ws.value(r, 2, c[1]);
                ws.value(r, 3, c[2].replace("-", ""));
                if (!c[3].isEmpty()) {
                    ws.value(r, 4, LocalDate.parse(c[3]));
                    ws.style(r, 4).format("yyyy-mm-dd").set();
                }
                ws.value(r, 5, methodCode(c[4]));
                ws.value(r, 6, c[5]);
                ws.value(r, 7, c[6]);
                ws.value(r, 8, c[7]);
                String team = c[8] + "/" + c[9] + "/" + c[10];
                ws.value(r, 9, team.equals("//") ? "" : team);
                ws.value(r, 10, c[11]);
                ws.value(r, 11, c[12]);
                ws.value(r, 12, c[13]);
                String[] times = wide.get(c[0] + "|" + c[1]);
                for (int i = 0; times != null && i < times.length; i++) {
                    if (times[i] != null) ws.value(r, HEADER.length + i, exportTime(times[i]));
                }
                if (!c[6].isEmpty()) applied = applied.add(new BigDecimal(c[6]));
                if (!c[7].isEmpty()) delivered = delivered.add(new BigDecimal(c[7]));
                r++;
            }
            ws.value(r, 0, "合计");
            ws.value(r, 2, "共 " + cases.size() + " 件");
            ws.value(r, 7, applied.toPlainString());
            ws.value(r, 8, delivered.toPlainString());
            ws.value(r + 2, 0, "制表：执行局（演示数据）");
            wb.finish();
        }
    }

    private static String methodCode(String label) {
        if (label.isEmpty()) return "";
        for (Map.Entry<ClosingMethod, String> e : ForeignLayout.METHOD_CODES.entrySet()) {
            if (e.getKey().label().equals(label)) return e.getValue();
        }
        return label; // not a label the writer uses: left for the profile's value map to refuse
    }

    /** 2024-01-09 10:00 → 2024/1/9 10:00, as the export writes times. */
    private static String exportTime(String ours) {
        if (ours.length() == 10) return LocalDate.parse(ours).format(DateTimeFormatter.ofPattern("yyyy/M/d"));
        return LocalDateTime.parse(ours, MINUTE).format(EXPORT_MINUTE);
    }
}
