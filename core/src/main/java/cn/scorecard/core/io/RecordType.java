package cn.scorecard.core.io;

import cn.scorecard.core.staff.StaffRuleSet;
import java.util.List;

/**
 * The record types of the interchange format (one file or sheet each), in the order they are read: a type
 * only refers to types before it. The last four are the staff-assessment inputs, read by the same reader
 * against the staff rule set.
 */
public enum RecordType {
    HOLIDAYS(CalendarFileReader.SPEC),
    COURTS(CourtFileReader.SPEC),
    STAFF(StaffFileReader.SPEC),
    CASES(CaseFileReader.SPEC),
    STEPS(StepFileReader.SPEC),
    REVIEWS(AssessmentFileReader.OVERRIDES),
    PETITIONS(RecordFileReader.PETITIONS),
    MATTERS(RecordFileReader.MATTERS),
    COMPENSATIONS(RecordFileReader.COMPENSATIONS),
    DISCIPLINES(RecordFileReader.DISCIPLINES),
    EVIDENCE(AssessmentFileReader.EVIDENCE),
    STATISTICS(AssessmentFileReader.STATISTICS),
    INCIDENTS(StaffInputFileReader.INCIDENTS),
    QUOTAS(StaffInputFileReader.QUOTAS),
    VETOES(StaffInputFileReader.VETOES),
    CLERK_EVALUATIONS(StaffInputFileReader.CLERK_EVALUATIONS);

    private final CsvSpec spec;

    RecordType(CsvSpec spec) {
        this.spec = spec;
    }

    /** 考核事件, 结案指标, 一票否决, 书记员季度考评: not part of the province data. */
    public boolean isStaffInput() {
        return ordinal() >= INCIDENTS.ordinal();
    }

    CsvSpec spec() {
        return spec;
    }

    /** The CSV file name, e.g. {@code 案件.csv}. */
    public String fileName() {
        return spec.file();
    }

    /** The name without extension, which is also the sheet name in a workbook, e.g. {@code 案件}. */
    public String label() {
        return spec.file().substring(0, spec.file().length() - ".csv".length());
    }

    /** The header row in the writer's order (书记员季度考评: without the rule set's parts, see below). */
    public List<String> headers() {
        return List.of(spec.headers());
    }

    /** The header row under a staff rule set: 书记员季度考评 gets its part columns. */
    public List<String> headers(StaffRuleSet rules) {
        return List.of(specFor(rules).headers());
    }

    public boolean isRequired(String header, StaffRuleSet rules) {
        CsvSpec s = specFor(rules);
        int i = s.indexOf(header);
        return i >= 0 && s.required(i);
    }

    private CsvSpec specFor(StaffRuleSet rules) {
        return this == CLERK_EVALUATIONS ? StaffInputFileReader.clerkSpec(rules) : spec;
    }

    /** The type named by a file or sheet name ({@code 案件.csv}, {@code 案件.xlsx}, {@code 案件}), or null. */
    public static RecordType byName(String name) {
        String base = name.strip();
        int dot = base.lastIndexOf('.');
        if (dot > 0) base = base.substring(0, dot);
        for (RecordType t : values()) {
            if (t.label().equals(base)) return t;
        }
        return null;
    }
}
