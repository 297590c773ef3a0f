package cn.scorecard.core.io;

import cn.scorecard.core.cases.CaseCategory;
import cn.scorecard.core.cases.CaseFlag;
import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.ClosingMethod;
import cn.scorecard.core.court.Court;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.data.StaffMember;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@link ProvinceData} as a data directory that {@link DataDirectoryReader} reads back to equal data.
 * Every file is written (possibly with the header only), UTF-8 with a BOM, streamed row by row.
 *
 * <p>Deducted intervals and extensions are written as recorded, with their reasons. The calendar is written as
 * the days where it differs from the bundled one. See {@link StepFileWriter}.
 *
 * <p>Data too large to hold at once is written in parts: {@link #open}, then {@link #cases} for each part (its
 * cases, their steps, payments, field actions and 终本 overrides), then {@link #records} once for the other
 * records, and {@link #close}. The files hold the parts' rows one after the other.
 */
public final class DataDirectoryWriter implements Closeable {
    private final Path dir;
    private final CsvOut cases;
    private final CsvOut steps;
    private final CsvOut overrides;

    private DataDirectoryWriter(Path dir, CsvOut cases, CsvOut steps, CsvOut overrides) {
        this.dir = dir;
        this.cases = cases;
        this.steps = steps;
        this.overrides = overrides;
    }

    public static void write(ProvinceData data, Path dir) {
        try (DataDirectoryWriter w = open(dir, data)) {
            w.cases(data);
            w.records(data);
        }
    }

    /** Creates the directory, writes 法院.csv and 人员.csv, and opens the case files. */
    public static DataDirectoryWriter open(Path dir, ProvinceData courtsAndStaff) {
        List<CsvOut> opened = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            writeCourts(courtsAndStaff, dir);
            writeStaff(courtsAndStaff, dir);
            opened.add(CsvOut.create(dir, CaseFileReader.SPEC));
            opened.add(CsvOut.create(dir, StepFileReader.SPEC));
            opened.add(CsvOut.create(dir, AssessmentFileReader.OVERRIDES));
            return new DataDirectoryWriter(dir, opened.get(0), opened.get(1), opened.get(2));
        } catch (IOException e) {
            for (CsvOut o : opened) closeQuietly(o);
            throw failure(dir, e);
        }
    }

    /** Appends a part's cases with their steps, payments, field actions and 终本 overrides. */
    public void cases(ProvinceData part) {
        try {
            writeCases(part, cases);
            StepFileWriter.write(part, steps);
            RecordFileWriter.writeOverrides(part, overrides);
        } catch (IOException e) {
            throw failure(dir, e);
        }
    }

    /** Writes the records that are not cases (信访, 事项, 国家赔偿, 违法违纪, 佐证材料, 法院统计) and 节假日.csv. */
    public void records(ProvinceData data) {
        try {
            RecordFileWriter.write(data, dir);
        } catch (IOException e) {
            throw failure(dir, e);
        }
    }

    @Override
    public void close() {
        IOException first = null;
        for (CsvOut o : List.of(cases, steps, overrides)) {
            try {
                o.close();
            } catch (IOException e) {
                if (first == null) first = e;
            }
        }
        if (first != null) throw failure(dir, first);
    }

    private static void closeQuietly(CsvOut o) {
        try {
            o.close();
        } catch (IOException ignored) {
            // the first failure is the one reported
        }
    }

    private static UncheckedIOException failure(Path dir, IOException e) {
        return new UncheckedIOException("无法写出数据目录 " + dir + "：" + e.getMessage(), e);
    }

    private static void writeCourts(ProvinceData data, Path dir) throws IOException {
        try (CsvOut out = CsvOut.create(dir, CourtFileReader.SPEC)) {
            for (Court c : data.courts().all()) {
                out.cell(c.code()).cell(c.name()).cell(c.level().label()).cell(c.hasParent() ? c.parentCode() : "")
                        .cell(c.municipality()).cell(c.keyCity()).endRow();
            }
        }
    }

    private static void writeStaff(ProvinceData data, Path dir) throws IOException {
        try (CsvOut out = CsvOut.create(dir, StaffFileReader.SPEC)) {
            for (StaffMember s : data.staff()) {
                out.cell(s.id()).cell(s.name()).cell(courtCode(data, s.court())).cell(s.role().label())
                        .cell(s.team()).cell(text(s.birthDate())).cell(s.politicalEstablishment())
                        .cell(s.enforcementBureau()).cell(text(s.joined())).cell(text(s.left())).endRow();
            }
        }
    }

    private static void writeCases(ProvinceData data, CsvOut out) throws IOException {
        CaseTable t = data.cases();
        List<StaffMember> staff = data.staff();
        for (int r = 0; r < t.size(); r++) {
            ClosingMethod method = t.method(r);
            CaseCategory category = t.category(r);
            out.cell(courtCode(data, t.court(r))).cell(t.number(r)).day(t.filed(r)).day(t.closed(r))
                    .cell(method == null ? "" : method.label()).cell(category == null ? "" : category.label())
                    .yuan(t.applied(r)).yuan(t.delivered(r))
                    .cell(staffId(staff, t.judge(r))).cell(staffId(staff, t.assistant(r)))
                    .cell(staffId(staff, t.clerk(r)))
                    .cell(t.has(r, CaseFlag.WHEREABOUTS_UNKNOWN)).cell(t.has(r, CaseFlag.DISHONEST_NOT_APPLICABLE))
                    .cell(t.has(r, CaseFlag.OUTSIDE_SYSTEM)).endRow();
        }
    }

    static String courtCode(ProvinceData data, int court) {
        return court < 0 ? "" : data.courts().get(court).code();
    }

    static String staffId(List<StaffMember> staff, int index) {
        return index < 0 ? "" : staff.get(index).id();
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
