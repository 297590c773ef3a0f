package cn.scorecard.core.io;

import static cn.scorecard.core.io.DataDirectoryWriter.courtCode;
import static cn.scorecard.core.io.DataDirectoryWriter.staffId;

import cn.scorecard.core.calendar.WorkCalendar;
import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.data.CourtStatistic;
import cn.scorecard.core.data.Discipline;
import cn.scorecard.core.data.EvidenceRecord;
import cn.scorecard.core.data.Matter;
import cn.scorecard.core.data.Petition;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.data.StaffMember;
import cn.scorecard.core.data.StateCompensation;
import cn.scorecard.core.data.TerminationOverride;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;

/** The files of records that are not cases, and 节假日.csv; the 终本 overrides go with their cases. */
final class RecordFileWriter {
    /** WorkCalendar does not expose its exceptions, so the days where it differs are found by probing. */
    private static final LocalDate CALENDAR_FROM = LocalDate.of(2000, 1, 1);
    private static final LocalDate CALENDAR_TO = LocalDate.of(2099, 12, 31);

    private RecordFileWriter() {
    }

    static void write(ProvinceData data, Path dir) throws IOException {
        List<StaffMember> staff = data.staff();
        try (CsvOut out = CsvOut.create(dir, RecordFileReader.PETITIONS)) {
            for (Petition p : data.petitions()) {
                out.cell(p.id()).cell(courtCode(data, p.court())).day(p.registeredDay()).cell(p.source().label())
                        .cell(p.caseNumber()).cell(p.toBeijing()).day(p.concludedDay()).cell(p.resolved())
                        .cell(p.causedByMisconduct()).cell(staffId(staff, p.staff())).endRow();
            }
        }
        try (CsvOut out = CsvOut.create(dir, RecordFileReader.MATTERS)) {
            for (Matter m : data.matters()) {
                out.cell(m.id()).cell(courtCode(data, m.court())).cell(m.type().label()).day(m.receivedDay())
                        .day(m.deadlineDay()).day(m.doneDay()).cell(m.caseNumber()).cell(staffId(staff, m.staff()))
                        .endRow();
            }
        }
        try (CsvOut out = CsvOut.create(dir, RecordFileReader.COMPENSATIONS)) {
            for (StateCompensation c : data.compensations()) {
                out.cell(courtCode(data, c.court())).cell(c.caseNumber()).day(c.decidedDay())
                        .cell(c.causedByEnforcement()).cell(staffId(staff, c.staff())).endRow();
            }
        }
        try (CsvOut out = CsvOut.create(dir, RecordFileReader.DISCIPLINES)) {
            for (Discipline d : data.disciplines()) {
                out.cell(courtCode(data, d.court())).cell(staffId(staff, d.staff())).day(d.day()).cell(d.kind())
                        .cell(d.causedByEnforcement()).endRow();
            }
        }
        try (CsvOut out = CsvOut.create(dir, AssessmentFileReader.EVIDENCE)) {
            for (EvidenceRecord e : data.evidence()) {
                out.cell(courtCode(data, e.court())).cell(Integer.toString(e.year())).cell(e.indicatorCode())
                        .cell(e.status().label()).number(e.count()).number(e.partialScore()).cell(e.reason())
                        .cell(e.attachment()).endRow();
            }
        }
        try (CsvOut out = CsvOut.create(dir, AssessmentFileReader.STATISTICS)) {
            for (CourtStatistic s : data.statistics()) {
                out.cell(courtCode(data, s.court())).cell(Integer.toString(s.year())).cell(s.item().label())
                        .number(s.value()).cell(s.source()).endRow();
            }
        }
        writeCalendar(data.calendar(), dir);
    }

    /** Appends the 终本 overrides of the data's cases to an open 终本复核.csv. */
    static void writeOverrides(ProvinceData data, CsvOut out) throws IOException {
        CaseTable t = data.cases();
        // Sorted by row so that the file does not depend on the map's iteration order.
        for (TerminationOverride o : new TreeMap<>(data.terminationOverrides()).values()) {
            out.cell(courtCode(data, t.court(o.caseRow()))).cell(t.number(o.caseRow())).cell(o.compliant())
                    .cell(o.reason()).cell(o.assessor()).endRow();
        }
    }

    private static void writeCalendar(WorkCalendar calendar, Path dir) throws IOException {
        WorkCalendar bundled = WorkCalendar.bundled();
        try (CsvOut out = CsvOut.create(dir, CalendarFileReader.SPEC)) {
            for (LocalDate d = CALENDAR_FROM; !d.isAfter(CALENDAR_TO); d = d.plusDays(1)) {
                boolean work = calendar.isWorkDay(d);
                if (work != bundled.isWorkDay(d)) out.cell(d.toString()).cell(!work).cell("").endRow();
            }
        }
    }
}
