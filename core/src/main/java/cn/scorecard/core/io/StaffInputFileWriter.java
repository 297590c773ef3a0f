package cn.scorecard.core.io;

import cn.scorecard.core.data.StaffMember;
import cn.scorecard.core.staff.ClerkQuarterlyRule;
import cn.scorecard.core.staff.DeductionKind;
import cn.scorecard.core.staff.StaffInputs;
import cn.scorecard.core.staff.StaffRuleSet;
import cn.scorecard.core.staff.VetoCondition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@link StaffInputs} as the four staff-assessment files that {@link DataDirectoryReader#readStaffInputs}
 * reads back to equal inputs: UTF-8 with a BOM (for Excel), kinds and veto conditions by the rule set's wording,
 * every incident with its 事件编号.
 */
public final class StaffInputFileWriter {
    private StaffInputFileWriter() {
    }

    public static void write(StaffInputs inputs, List<StaffMember> staff, StaffRuleSet rules, Path dir) {
        try {
            Files.createDirectories(dir);
            try (CsvOut out = open(dir, RecordType.INCIDENTS, rules)) {
                for (StaffInputs.Incident i : inputs.incidents()) {
                    DeductionKind kind = rules.deductionKind(i.kindCode());
                    out.cell(staff.get(i.staff()).id()).day((int) i.day().toEpochDay())
                            .cell(kind == null ? i.kindCode() : kind.name()).cell(i.id()).cell(i.caseNumber())
                            .cell(Integer.toString(i.count())).cell(i.note()).cell(i.recorder()).endRow();
                }
            }
            try (CsvOut out = open(dir, RecordType.QUOTAS, rules)) {
                for (StaffInputs.ClosureQuota q : inputs.quotas()) {
                    out.cell(staff.get(q.staff()).id()).cell(q.month() == null ? "" : q.month().toString())
                            .cell(Integer.toString(q.quota())).endRow();
                }
            }
            try (CsvOut out = open(dir, RecordType.VETOES, rules)) {
                for (StaffInputs.VetoRecord v : inputs.vetoes()) {
                    VetoCondition c = rules.veto(v.conditionCode());
                    out.cell(staff.get(v.staff()).id()).day((int) v.day().toEpochDay())
                            .cell(c == null ? v.conditionCode() : c.name()).cell(v.note()).endRow();
                }
            }
            try (CsvOut out = open(dir, RecordType.CLERK_EVALUATIONS, rules)) {
                ClerkQuarterlyRule q = rules.clerkQuarterly();
                for (StaffInputs.ClerkEvaluation e : q == null ? List.<StaffInputs.ClerkEvaluation>of() : inputs.clerkEvaluations()) {
                    out.cell(staff.get(e.staff()).id()).cell(e.year() + "-Q" + e.quarter());
                    for (ClerkQuarterlyRule.Part p : q.parts()) out.number(e.parts().get(p.code()));
                    out.endRow();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法写出考核数据：" + e.getMessage(), e);
        }
    }

    private static CsvOut open(Path dir, RecordType type, StaffRuleSet rules) throws IOException {
        return CsvOut.create(dir.resolve(type.fileName()), type.headers(rules));
    }
}
