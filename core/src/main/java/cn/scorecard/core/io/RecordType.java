package cn.scorecard.core.io;

import java.util.List;

/**
 * The record types of the interchange format (one file or sheet each), in the order they are read: a type
 * only refers to types before it.
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
    STATISTICS(AssessmentFileReader.STATISTICS);

    private final CsvSpec spec;

    RecordType(CsvSpec spec) {
        this.spec = spec;
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

    /** The header row in the writer's order. */
    public List<String> headers() {
        return List.of(spec.headers());
    }

    public boolean isRequired(String header) {
        int i = spec.indexOf(header);
        return i >= 0 && spec.required(i);
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
