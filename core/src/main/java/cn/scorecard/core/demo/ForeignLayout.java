package cn.scorecard.core.demo;

import cn.scorecard.core.cases.ClosingMethod;
import cn.scorecard.core.cases.StepType;
import cn.scorecard.core.io.RecordType;
import cn.scorecard.core.io.TableInput;
import cn.scorecard.core.mapping.ProfileWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The demo province as a court's case-flow system might export it: a workbook 执行案件流程导出.xlsx whose sheet
 * 案件信息 has title rows, headers unlike ours, court names instead of codes, coded 结案方式, dates written
 * 20240108, one cell for the judge/assistant/clerk, a column per step (执行通知时间 …) and a totals row; the
 * other steps in a GB18030 CSV 节点明细.csv; and the profile 流程系统导出.yaml that reads them. The layout is
 * invented for the demo (it claims to be no official format). The other tables stay in our format.
 *
 * <p>Made from a data directory of ours, so both hold the same rows. The one difference is the order of the
 * 流程节点 rows: an import reads the step columns of the case sheet first, then 节点明细 ({@link #exportOrder}).
 */
public final class ForeignLayout {
    public static final String WORKBOOK = "执行案件流程导出.xlsx";
    public static final String SHEET = "案件信息";
    public static final String DETAIL = "节点明细.csv";
    public static final String PROFILE = "流程系统导出.yaml";
    public static final String PROFILE_NAME = "演示流程系统导出";
    static final Charset GB18030 = Charset.forName("GB18030");

    /** Steps with one row per case and nothing but a time: these get a column of their own, in this order. */
    static final List<StepType> WIDE = List.of(StepType.EXECUTION_NOTICE, StepType.PROPERTY_REPORT_ORDER,
            StepType.ONLINE_SEARCH_START, StepType.ONLINE_PROPERTY_FOUND, StepType.ONLINE_CONTROL, StepType.DISHONEST_LISTED,
            StepType.CONSUMPTION_RESTRICTION, StepType.DOCUMENT_PUBLISHED);
    /** Codes of the export for our 结案方式: invented for the demo. */
    static final Map<ClosingMethod, String> METHOD_CODES = new LinkedHashMap<>();

    static {
        String[] codes = {"01", "02", "03", "04", "05", "06", "07", "99"};
        ClosingMethod[] methods = ClosingMethod.values();
        for (int i = 0; i < methods.length && i < codes.length; i++) METHOD_CODES.put(methods[i], codes[i]);
    }

    private ForeignLayout() {
    }

    /** Writes the foreign layout of the data directory {@code ours} into {@code out}. */
    public static void write(Path ours, Path out) {
        try {
            Files.createDirectories(out);
            Map<String, String> courtNames = courtNames(ours);
            List<String[]> cases = rows(ours.resolve(RecordType.CASES.fileName()));
            List<String[]> steps = rows(ours.resolve(RecordType.STEPS.fileName()));
            Map<String, String[]> wide = new LinkedHashMap<>(); // court|number → a time per WIDE step
            List<String[]> detail = new ArrayList<>();
            for (String[] s : steps) {
                StepType type = StepType.isKnown(s[2]) ? StepType.parse(s[2]) : null;
                int w = type == null ? -1 : WIDE.indexOf(type);
                boolean onlyTime = s.length < 5 || String.join("", java.util.Arrays.copyOfRange(s, 4, s.length)).isEmpty();
                String[] slot = w < 0 ? null : wide.computeIfAbsent(s[0] + "|" + s[1], k -> new String[WIDE.size()]);
                if (slot != null && onlyTime && slot[w] == null) slot[w] = s[3];
                else detail.add(s);
            }
            ForeignWorkbook.write(out.resolve(WORKBOOK), cases, wide, courtNames);
            writeDetail(out.resolve(DETAIL), detail, courtNames);
            for (RecordType t : RecordType.values()) {
                Path f = ours.resolve(t.fileName());
                if (t != RecordType.CASES && t != RecordType.STEPS && Files.isRegularFile(f)) {
                    Files.copy(f, out.resolve(t.fileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Files.writeString(out.resolve(PROFILE), "# 演示：读取 " + WORKBOOK + " 与 " + DETAIL + " 的导入配置"
                    + "（版式为演示而设，并非任何官方格式）\n" + ProfileWriter.write(ForeignProfile.of(courtNames)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Our 流程节点 rows in the order an import of the foreign layout stores them: the WIDE steps first, case by
     * case in the columns' order, then the rest as they were. With it a data directory of ours holds exactly the
     * rows, in exactly the order, of the foreign layout made from it.
     */
    public static void exportOrder(Path ours) {
        try {
            Path file = ours.resolve(RecordType.STEPS.fileName());
            List<String[]> steps = rows(file);
            Map<String, String[][]> wide = new LinkedHashMap<>();
            List<String[]> rest = new ArrayList<>();
            for (String[] s : steps) {
                int w = StepType.isKnown(s[2]) ? WIDE.indexOf(StepType.parse(s[2])) : -1;
                boolean onlyTime = s.length < 5 || String.join("", java.util.Arrays.copyOfRange(s, 4, s.length)).isEmpty();
                String[][] slot = w < 0 ? null : wide.computeIfAbsent(s[0] + "|" + s[1], k -> new String[WIDE.size()][]);
                if (slot != null && onlyTime && slot[w] == null) slot[w] = s;
                else rest.add(s);
            }
            List<String[]> ordered = new ArrayList<>();
            for (String[] c : rows(ours.resolve(RecordType.CASES.fileName()))) {
                String[][] slot = wide.get(c[0] + "|" + c[1]);
                if (slot == null) continue;
                for (String[] s : slot) {
                    if (s != null) ordered.add(s);
                }
            }
            ordered.addAll(rest);
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                 CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
                p.printRecord(RecordType.STEPS.headers());
                for (String[] s : ordered) p.printRecord((Object[]) s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeDetail(Path file, List<String[]> detail, Map<String, String> courtNames) throws IOException {
        try (OutputStream os = Files.newOutputStream(file);
             Writer w = new java.io.OutputStreamWriter(os, GB18030);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            p.printRecord("经办法院", "案号", "节点名称", "节点开始时间", "节点结束时间", "节点标记", "涉及金额（元）", "备注");
            for (String[] s : detail) {
                String[] row = java.util.Arrays.copyOf(s, 8);
                for (int i = 0; i < row.length; i++) {
                    if (row[i] == null) row[i] = "";
                }
                row[0] = courtNames.getOrDefault(s[0], s[0]);
                p.printRecord((Object[]) row);
            }
        }
    }

    /** Code → name from 法院.csv. */
    static Map<String, String> courtNames(Path ours) throws IOException {
        Map<String, String> names = new LinkedHashMap<>();
        for (String[] c : rows(ours.resolve(RecordType.COURTS.fileName()))) names.put(c[0], c[1]);
        return names;
    }

    /** The data rows of one of our files with the cells in the writer's column order. */
    static List<String[]> rows(Path file) throws IOException {
        List<String[]> out = new ArrayList<>();
        if (!Files.isRegularFile(file)) return out;
        int[][] order = {null};
        List<String> headers = RecordType.byName(file.getFileName().toString()).headers();
        TableInput.csv(file).rows((number, cells) -> {
            if (order[0] == null) {
                order[0] = new int[headers.size()];
                for (int i = 0; i < headers.size(); i++) order[0][i] = java.util.Arrays.asList(cells).indexOf(headers.get(i));
                return true;
            }
            String[] row = new String[headers.size()];
            for (int i = 0; i < row.length; i++) {
                int p = order[0][i];
                row[i] = p >= 0 && p < cells.length ? cells[p] : "";
            }
            out.add(row);
            return true;
        });
        return out;
    }
}
