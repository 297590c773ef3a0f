package cn.scorecard.core.io;

import cn.scorecard.core.cases.CaseCategory;
import cn.scorecard.core.cases.CaseFlag;
import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.ClosingMethod;
import cn.scorecard.core.court.Court;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.data.StaffMember;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes {@link ProvinceData} as a data directory that {@link DataDirectoryReader} reads back to equal data.
 * Every file is written (possibly with the header only), UTF-8 with a BOM, streamed row by row.
 *
 * <p>Not everything survives literally: the case table keeps deducted and extended periods only as day
 * counts, so each case gets one {@code 扣除期间} row from its filing day spanning its deducted days and one
 * {@code 延长期限} row with the days in 标志; the counts round-trip, the original intervals do not. The
 * calendar is written as the days where it differs from the bundled one. See {@link StepFileWriter}.
 */
public final class DataDirectoryWriter {
    private DataDirectoryWriter() {
    }

    public static void write(ProvinceData data, Path dir) {
        try {
            Files.createDirectories(dir);
            writeCourts(data, dir);
            writeStaff(data, dir);
            writeCases(data, dir);
            StepFileWriter.write(data, dir);
            RecordFileWriter.write(data, dir);
        } catch (IOException e) {
            throw new UncheckedIOException("无法写出数据目录 " + dir + "：" + e.getMessage(), e);
        }
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

    private static void writeCases(ProvinceData data, Path dir) throws IOException {
        CaseTable t = data.cases();
        List<StaffMember> staff = data.staff();
        try (CsvOut out = CsvOut.create(dir, CaseFileReader.SPEC)) {
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
