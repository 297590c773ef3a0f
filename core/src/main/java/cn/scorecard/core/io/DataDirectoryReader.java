package cn.scorecard.core.io;

import cn.scorecard.core.calendar.WorkCalendar;
import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.CaseTableBuilder;
import cn.scorecard.core.court.Courts;
import cn.scorecard.core.data.CourtStatistic;
import cn.scorecard.core.data.Discipline;
import cn.scorecard.core.data.EvidenceRecord;
import cn.scorecard.core.data.FieldAction;
import cn.scorecard.core.data.Matter;
import cn.scorecard.core.data.Payment;
import cn.scorecard.core.data.Petition;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.data.StateCompensation;
import cn.scorecard.core.data.TerminationOverride;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a data directory in the interchange format (docs/data-format.md) into {@link ProvinceData}.
 * Every known file that exists is read and every row validated; all errors are collected and thrown
 * together, and nothing is returned unless the whole directory is sound. Files are streamed row by row.
 * Files of other modules (考核事件.csv …) and unknown files are left alone.
 */
public final class DataDirectoryReader {
    private DataDirectoryReader() {
    }

    public static ProvinceData read(Path dir) throws DataImportException {
        ReadContext ctx = new ReadContext(dir);
        requireFiles(ctx, CourtFileReader.SPEC, CaseFileReader.SPEC);
        Map<LocalDate, Boolean> holidays = CalendarFileReader.read(ctx);
        CourtFileReader.read(ctx);
        StaffFileReader.read(ctx);
        ctx.cases = new CaseTableBuilder(ctx.courts.size());
        CaseFileReader.read(ctx);
        StepFileReader.read(ctx);
        Map<Integer, TerminationOverride> overrides = AssessmentFileReader.overrides(ctx);
        List<Petition> petitions = RecordFileReader.petitions(ctx);
        List<Matter> matters = RecordFileReader.matters(ctx);
        List<StateCompensation> compensations = RecordFileReader.compensations(ctx);
        List<Discipline> disciplines = RecordFileReader.disciplines(ctx);
        List<EvidenceRecord> evidence = AssessmentFileReader.evidence(ctx);
        List<CourtStatistic> statistics = AssessmentFileReader.statistics(ctx);
        ctx.errors.throwIfAny();

        // Only now is the data known to be sound: build, then move case references to table rows.
        CaseTable table = ctx.cases.build();
        CaseTableBuilder b = ctx.cases;
        List<Payment> payments = new ArrayList<>(ctx.payments.size());
        for (Payment p : ctx.payments) {
            payments.add(new Payment(b.newRow(p.caseRow()), p.arrivedMinute(), p.releasedMinute(), p.lateApproved(),
                    p.amountFen()));
        }
        List<FieldAction> fieldActions = new ArrayList<>(ctx.fieldActions.size());
        for (FieldAction f : ctx.fieldActions) {
            fieldActions.add(new FieldAction(b.newRow(f.caseRow()), f.minute(), f.recorderUsed(), f.archived()));
        }
        Map<Integer, TerminationOverride> overridesByRow = new HashMap<>();
        overrides.forEach((row, o) -> overridesByRow.put(b.newRow(row),
                new TerminationOverride(b.newRow(row), o.compliant(), o.reason(), o.assessor())));
        WorkCalendar calendar = holidays.isEmpty() ? WorkCalendar.bundled() : WorkCalendar.bundled().with(holidays);
        return new ProvinceData(calendar, new Courts(ctx.courts), List.copyOf(ctx.staff), table,
                List.copyOf(payments), List.copyOf(fieldActions), List.copyOf(petitions), List.copyOf(matters),
                List.copyOf(compensations), List.copyOf(disciplines), List.copyOf(evidence),
                List.copyOf(statistics), Map.copyOf(overridesByRow));
    }

    /** Without courts or cases nothing else can be checked, so a missing one stops the import at once. */
    private static void requireFiles(ReadContext ctx, CsvSpec... specs) {
        if (!Files.isDirectory(ctx.dir)) {
            ctx.errors.add(ctx.dir.toString(), 0, null, null, "数据目录不存在");
        } else {
            for (CsvSpec spec : specs) {
                if (!Files.isRegularFile(ctx.dir.resolve(spec.file()))) ctx.errors.add(spec.file(), 0, null, null, "缺少必需的文件");
            }
        }
        ctx.errors.throwIfAny();
    }
}
