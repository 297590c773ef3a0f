package cn.scorecard.core.staff;

import cn.scorecard.core.data.StaffMember;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@link StaffInputs} as the four staff-assessment files that {@link StaffInputsReader} reads back to
 * equal inputs: UTF-8 with a BOM (for Excel), kinds and veto conditions by the rule set's wording, every
 * incident with its 事件编号.
 */
public final class StaffInputsWriter {
    public static final List<String> INCIDENT_HEADERS = List.of("人员编号", "日期", "事件类型", "事件编号", "案号", "件数", "说明", "登记人");
    public static final List<String> QUOTA_HEADERS = List.of("人员编号", "月份", "结案指标");
    public static final List<String> VETO_HEADERS = List.of("人员编号", "日期", "否决事由", "说明");

    private StaffInputsWriter() {
    }

    /** The header of 书记员季度考评.csv: the part names of the rule set. */
    public static List<String> clerkEvaluationHeaders(StaffRuleSet rules) {
        List<String> h = new ArrayList<>(List.of("人员编号", "季度"));
        if (rules.clerkQuarterly() != null) {
            for (ClerkQuarterlyRule.Part p : rules.clerkQuarterly().parts()) h.add(p.name());
        }
        return h;
    }

    public static void write(StaffInputs inputs, List<StaffMember> staff, StaffRuleSet rules, Path dir) {
        try {
            Files.createDirectories(dir);
            try (CSVPrinter out = open(dir.resolve(StaffInputsReader.INCIDENTS), INCIDENT_HEADERS)) {
                for (StaffInputs.Incident i : inputs.incidents()) {
                    DeductionKind kind = rules.deductionKind(i.kindCode());
                    out.printRecord(staff.get(i.staff()).id(), i.day(), kind == null ? i.kindCode() : kind.name(), i.id(),
                            i.caseNumber(), i.count(), i.note(), i.recorder());
                }
            }
            try (CSVPrinter out = open(dir.resolve(StaffInputsReader.QUOTAS), QUOTA_HEADERS)) {
                for (StaffInputs.ClosureQuota q : inputs.quotas()) {
                    out.printRecord(staff.get(q.staff()).id(), q.month() == null ? "" : q.month(), q.quota());
                }
            }
            try (CSVPrinter out = open(dir.resolve(StaffInputsReader.VETOES), VETO_HEADERS)) {
                for (StaffInputs.VetoRecord v : inputs.vetoes()) {
                    VetoCondition c = rules.veto(v.conditionCode());
                    out.printRecord(staff.get(v.staff()).id(), v.day(), c == null ? v.conditionCode() : c.name(), v.note());
                }
            }
            writeEvaluations(inputs, staff, rules, dir);
        } catch (IOException e) {
            throw new UncheckedIOException("无法写出考核数据：" + e.getMessage(), e);
        }
    }

    private static void writeEvaluations(StaffInputs inputs, List<StaffMember> staff, StaffRuleSet rules, Path dir)
            throws IOException {
        try (CSVPrinter out = open(dir.resolve(StaffInputsReader.CLERK_EVALUATIONS), clerkEvaluationHeaders(rules))) {
            if (rules.clerkQuarterly() == null) return;
            for (StaffInputs.ClerkEvaluation e : inputs.clerkEvaluations()) {
                List<Object> cells = new ArrayList<>();
                cells.add(staff.get(e.staff()).id());
                cells.add(e.year() + "-Q" + e.quarter());
                for (ClerkQuarterlyRule.Part p : rules.clerkQuarterly().parts()) {
                    Double v = e.parts().get(p.code());
                    cells.add(v == null ? "" : BigDecimal.valueOf(v).stripTrailingZeros().toPlainString());
                }
                out.printRecord(cells);
            }
        }
    }

    private static CSVPrinter open(Path file, List<String> headers) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8));
        try {
            w.write('\uFEFF');
            CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT);
            p.printRecord(headers);
            return p;
        } catch (IOException | RuntimeException e) {
            w.close();
            throw e;
        }
    }
}
