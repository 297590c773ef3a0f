package cn.scorecard.app.platform.importing;

import cn.scorecard.app.platform.templates.TemplateService;
import cn.scorecard.app.platform.templates.TemplateType;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;

/**
 * Malformed imports generated from a small valid data set (the templates' example rows, which import together):
 * each case spoils one thing of one file — truncation, encoding, headers, vocabularies, dates, amounts, numbers,
 * sizes, formulas, duplicates, references — and names the file and column the error must point at. Built in
 * memory, a few hundred bytes per file.
 */
final class MalformedCorpus {
    /** One malformed import: its files (name → bytes) and where the error must be (column null: the row or file). */
    record Case(String category, String name, Map<String, byte[]> files, String file, String column, String value) {
        @Override
        public String toString() {
            return category + ": " + name;
        }
    }

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final List<String> DATES = List.of("立案日期", "结案日期", "时间", "结束时间", "登记日期", "办结日期", "收到日期",
            "办理期限", "决定日期", "日期", "出生日期", "入职日期");
    private static final List<String> YES_NO = List.of("休息", "直辖市", "重点城市", "政法编制", "执行局", "下落不明", "不适用失信",
            "未纳入流程系统", "合格", "进京访", "化解", "因违法执行引发", "因执行", "因执行工作");
    private static final List<String> AMOUNTS = List.of("申请标的额", "到位金额", "金额");
    private static final Map<String, String> VOCABULARY = Map.ofEntries(Map.entry("层级", "省级"), Map.entry("岗位", "院长"),
            Map.entry("结案方式", "调解"), Map.entry("案件类别", "海事"), Map.entry("节点", "电话催告"), Map.entry("来源", "上级交办"),
            Map.entry("类型", "来信"), Map.entry("状态", "良好"), Map.entry("统计项", "法官人数"), Map.entry("指标代码", "Z9.99"),
            Map.entry("事件类型", "迟到早退"), Map.entry("否决事由", "旷工"), Map.entry("标志", "网络"));
    private static final Map<String, String> NUMBERS = Map.of("年度", "24", "次数", "-2", "得分", "120", "数值", "-1",
            "件数", "0", "结案指标", "-1", "服务态度", "26", "季度", "2024-Q5", "月份", "2024-13");
    /** Column sizes of the database, by file and column. */
    private static final Map<String, Integer> SIZES = Map.ofEntries(Map.entry("法院/法院代码", 32), Map.entry("法院/法院名称", 200),
            Map.entry("人员/人员编号", 64), Map.entry("人员/姓名", 100), Map.entry("人员/团队", 100), Map.entry("案件/案号", 80),
            Map.entry("流程节点/说明", 500), Map.entry("终本复核/理由", 2000), Map.entry("终本复核/复核人", 100),
            Map.entry("信访/信访编号", 64), Map.entry("信访/关联案号", 80), Map.entry("事项/事项编号", 64), Map.entry("事项/关联案号", 80),
            Map.entry("国家赔偿/案号", 80), Map.entry("违法违纪/处理类型", 64), Map.entry("佐证材料/指标代码", 32),
            Map.entry("佐证材料/理由", 2000), Map.entry("佐证材料/附件", 500), Map.entry("法院统计/来源", 200), Map.entry("节假日/名称", 50),
            Map.entry("考核事件/事件编号", 100), Map.entry("考核事件/说明", 2000), Map.entry("考核事件/登记人", 100),
            Map.entry("一票否决/说明", 2000));
    /** Types whose example row repeated is a duplicate key (a step may repeat). */
    private static final List<String> KEYED = List.of("节假日", "法院", "人员", "案件", "终本复核", "信访", "事项", "国家赔偿", "违法违纪",
            "佐证材料", "法院统计", "考核事件", "结案指标", "一票否决", "书记员季度考评");

    private final List<TemplateType> types = new TemplateService(cn.scorecard.core.staff.StaffRuleSets.bundled()).types();
    private final List<Case> cases = new ArrayList<>();

    static List<Case> all() {
        MalformedCorpus c = new MalformedCorpus();
        for (TemplateType t : c.types) c.of(t);
        c.encodings();
        c.workbooks();
        return c.cases;
    }

    /** The valid data set the cases are checked against: every template's example, plus a clerk for 书记员季度考评. */
    static Map<String, byte[]> base() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (TemplateType t : new TemplateService(cn.scorecard.core.staff.StaffRuleSets.bundled()).types()) {
            List<List<String>> rows = new ArrayList<>(List.of(t.example()));
            if (t.name().equals("人员")) rows.add(List.of("R41-002", "王丽", "R41", "书记员", "执行第1团队", "", "", "", "", ""));
            files.put(t.csvFileName(), csv(t.headers(), rows));
        }
        return files;
    }

    private void of(TemplateType t) {
        String file = t.csvFileName();
        List<String> h = t.headers();
        List<String> e = t.example();
        // truncation
        add("截断", t.name() + "：行缺最后一格", file, null, null, csv(h, List.of(e.subList(0, e.size() - 1))));
        add("截断", t.name() + "：行只剩一半", file, null, null, csv(h, List.of(e.subList(0, Math.max(1, e.size() / 2)))));
        add("截断", t.name() + "：行多一格", file, null, null, csv(h, List.of(plus(e, "多余"))));
        add("截断", t.name() + "：引号未闭合", file, null, null, bytes(String.join(",", h) + "\n\"" + String.join(",", e) + "\n"));
        add("截断", t.name() + "：空文件", file, null, null, new byte[0]);
        // headers
        add("标题", t.name() + "：未知的列", file, "备注", null, csv(plus(h, "备注"), List.of(plus(e, "x"))));
        add("标题", t.name() + "：列重复", file, h.get(0), null, csv(plus(h, h.get(0)), List.of(plus(e, e.get(0)))));
        add("标题", t.name() + "：列名拼错", file, h.get(0) + "1", null, csv(replace(h, 0, h.get(0) + "1"), List.of(e)));
        for (String required : t.required()) {
            int i = h.indexOf(required);
            add("标题", t.name() + "：缺少必填列 " + required, file, required, null, csv(remove(h, i), List.of(remove(e, i))));
        }
        add("标题", t.name() + "：空列名下有数据", file, "第" + (h.size() + 1) + "列", "x", csv(plus(h, ""), List.of(plus(e, "x"))));
        // cells, column by column
        for (int i = 0; i < h.size(); i++) {
            String col = h.get(i);
            if (DATES.contains(col)) {
                for (String bad : List.of("2024-02-30", "2024-13-01", "24/3/1日", "1899-12-31")) cell(t, i, "日期", bad);
            }
            if (YES_NO.contains(col)) cell(t, i, "是否", "也许");
            if (AMOUNTS.contains(col)) {
                for (String bad : List.of("1,000.00", "-5", "1.234", "12元", "1e5", "=1+1")) cell(t, i, "金额", bad);
            }
            if (VOCABULARY.containsKey(col) && !(col.equals("来源") && t.name().equals("法院统计"))) { // there: free text
                cell(t, i, "词表", VOCABULARY.get(col));
            }
            if (NUMBERS.containsKey(col)) cell(t, i, "数字", NUMBERS.get(col));
            Integer size = SIZES.get(t.name() + "/" + col);
            if (size != null) cell(t, i, "长度", "长".repeat(size + 1), null);
            if (col.equals("法院代码") && !t.name().equals("法院") || col.equals("上级法院代码")) cell(t, i, "引用", "X99");
            if (List.of("承办法官", "法官助理", "书记员", "责任人").contains(col) || col.equals("人员编号") && !t.name().equals("人员")) {
                cell(t, i, "引用", "NOPE-1");
            }
            if (col.equals("案号") && List.of("流程节点", "终本复核").contains(t.name())) cell(t, i, "引用", "（2024）江执99999号");
        }
        // formulas and Excel error values
        cell(t, 0, "公式", "#DIV/0!");
        cell(t, h.size() - 1, "公式", "#N/A");
        // duplicates
        if (KEYED.contains(t.name())) add("重复", t.name() + "：同一记录两行", file, null, null, csv(h, List.of(e, e)));
    }

    private void encodings() {
        TemplateType courts = types.stream().filter(t -> t.name().equals("法院")).findFirst().orElseThrow();
        String text = String.join(",", courts.headers()) + "\n" + String.join(",", courts.example()) + "\n";
        byte[] utf16 = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] bom = new byte[utf16.length + 2];
        bom[0] = (byte) 0xFF;
        bom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, bom, 2, utf16.length);
        add("编码", "UTF-16", "法院.csv", null, null, bom);
        add("编码", "UTF-16 无 BOM", "法院.csv", null, null, text.getBytes(StandardCharsets.UTF_16LE));
        add("编码", "Latin-1 误存", "法院.csv", null, null, "法院代码,法院名称,层级\nR41,Ã©,高级\n".getBytes(StandardCharsets.ISO_8859_1));
        // a sound GB18030 start long enough to decide the charset, then a byte GB18030 does not have
        StringBuilder steps = new StringBuilder("法院代码,案号,节点,时间,结束时间,标志,金额,说明\n");
        while (steps.length() < 60_000) steps.append("R41,（2024）江执1号,执行通知,2024-01-05 10:00,,,,按时\n");
        byte[] sound = steps.toString().getBytes(GB18030);
        byte[] spoiled = new byte[sound.length + 40];
        System.arraycopy(sound, 0, spoiled, 0, sound.length);
        byte[] tail = "R41,（2024）江执1号,执行通知,2024-01-05,,,,".getBytes(GB18030);
        System.arraycopy(tail, 0, spoiled, sound.length, Math.min(tail.length, 39));
        spoiled[spoiled.length - 1] = (byte) 0xFF;
        add("编码", "GB18030 文件末尾有坏字节", "流程节点.csv", null, null, spoiled);
        byte[] utf8 = steps.toString().getBytes(StandardCharsets.UTF_8);
        byte[] cut = new byte[utf8.length + 2];
        System.arraycopy(utf8, 0, cut, 0, utf8.length);
        cut[utf8.length] = (byte) 0xE6; // the first byte of a three-byte character, and nothing after it
        cut[utf8.length + 1] = (byte) '\n';
        add("编码", "UTF-8 文件末尾字符被截断", "流程节点.csv", null, null, cut);
    }

    private void workbooks() {
        TemplateType cases = types.stream().filter(t -> t.name().equals("案件")).findFirst().orElseThrow();
        byte[] good = workbook("案件", cases);
        add("工作簿", "工作表名不是记录类型", "数据.xlsx", null, null, workbook("案件表", cases));
        add("工作簿", "工作簿被截断", "数据.xlsx", null, null, java.util.Arrays.copyOf(good, good.length / 2));
        add("工作簿", "不是 xlsx", "数据.xlsx", null, null, csv(cases.headers(), List.of(cases.example())));
        List<String> bad = new ArrayList<>(cases.example());
        bad.set(cases.headers().indexOf("立案日期"), "2024年2月30日");
        add("工作簿", "工作表中的日期不存在", "数据.xlsx", "立案日期", "2024年2月30日", workbook("案件", cases.headers(), bad));
    }

    private static byte[] workbook(String sheet, TemplateType t) {
        return workbook(sheet, t.headers(), t.example());
    }

    private static byte[] workbook(String sheet, List<String> header, List<String> row) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
            org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet(sheet);
            for (int c = 0; c < header.size(); c++) {
                ws.value(0, c, header.get(c));
                ws.value(1, c, row.get(c));
            }
            wb.finish();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void cell(TemplateType t, int col, String category, String bad) {
        cell(t, col, category, bad, bad);
    }

    private void cell(TemplateType t, int col, String category, String bad, String shownValue) {
        String column = t.headers().get(col);
        add(category, t.name() + " " + column + " “" + (bad.length() > 20 ? bad.substring(0, 20) + "…" : bad) + "”",
                t.csvFileName(), column, shownValue, csv(t.headers(), List.of(replace(t.example(), col, bad))));
    }

    private void add(String category, String name, String file, String column, String value, byte[] content) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(file, content);
        cases.add(new Case(category, name, files, file, column, value));
    }

    static byte[] csv(List<String> header, List<List<String>> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append(CSVFormat.DEFAULT.format(header.toArray())).append("\r\n");
        for (List<String> r : rows) sb.append(CSVFormat.DEFAULT.format(r.toArray())).append("\r\n");
        return bytes(sb.toString());
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> plus(List<String> l, String cell) {
        List<String> out = new ArrayList<>(l);
        out.add(cell);
        return out;
    }

    private static List<String> remove(List<String> l, int i) {
        List<String> out = new ArrayList<>(l);
        out.remove(i);
        return out;
    }

    private static List<String> replace(List<String> l, int i, String cell) {
        List<String> out = new ArrayList<>(l);
        out.set(i, cell);
        return out;
    }
}
