package cn.scorecard.core.testing;

import cn.scorecard.core.calendar.WorkCalendar;
import cn.scorecard.core.cases.CaseCategory;
import cn.scorecard.core.cases.CaseFlag;
import cn.scorecard.core.cases.CaseNumber;
import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.CaseTableBuilder;
import cn.scorecard.core.cases.ClosingMethod;
import cn.scorecard.core.cases.StepType;
import cn.scorecard.core.cases.Times;
import cn.scorecard.core.court.Court;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.court.Courts;
import cn.scorecard.core.data.CourtStatistic;
import cn.scorecard.core.data.Discipline;
import cn.scorecard.core.data.EvidenceRecord;
import cn.scorecard.core.data.FieldAction;
import cn.scorecard.core.data.Matter;
import cn.scorecard.core.data.Payment;
import cn.scorecard.core.data.Petition;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.data.StaffMember;
import cn.scorecard.core.data.StateCompensation;
import cn.scorecard.core.data.TerminationOverride;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A small hand-made data set for tests: courts first, then cases with their steps, then build(). */
public final class TestProvince {
    private final List<Court> courtList = new ArrayList<>();
    private Courts courts;
    private CaseTableBuilder builder;
    public final List<StaffMember> staff = new ArrayList<>();
    private final List<Object[]> payments = new ArrayList<>();
    private final List<Object[]> fieldActions = new ArrayList<>();
    public final List<Petition> petitions = new ArrayList<>();
    public final List<Matter> matters = new ArrayList<>();
    public final List<StateCompensation> compensations = new ArrayList<>();
    public final List<Discipline> disciplines = new ArrayList<>();
    public final List<EvidenceRecord> evidence = new ArrayList<>();
    public final List<CourtStatistic> statistics = new ArrayList<>();
    private final Map<Integer, Object[]> overrides = new HashMap<>();

    public TestProvince court(String code, CourtLevel level, String parent) {
        return court(code, level, parent, false, false);
    }

    public TestProvince court(String code, CourtLevel level, String parent, boolean municipality, boolean keyCity) {
        courtList.add(new Court(code, code + "法院", level, parent, municipality, keyCity));
        return this;
    }

    public int courtIndex(String code) {
        return courts().indexOf(code);
    }

    public Courts courts() {
        if (courts == null) courts = new Courts(courtList);
        return courts;
    }

    /** Adds a case; closed and method may be null. Returns the builder row. */
    public int addCase(String court, String number, String filed, String closed, ClosingMethod method) {
        return addCase(court, number, filed, closed, method, CaseCategory.CIVIL_COMMERCIAL, 100_00, -1);
    }

    public int addCase(String court, String number, String filed, String closed, ClosingMethod method,
                       CaseCategory category, long appliedFen, long deliveredFen) {
        if (builder == null) builder = new CaseTableBuilder(courts().size());
        return builder.addCase(courtIndex(court), number, CaseNumber.parse(number).type(), day(filed),
                closed == null ? Times.NONE : day(closed), method, category, appliedFen, deliveredFen, 0, -1, -1);
    }

    /** Adds an open or closed case with its officers (staff indexes, -1 for none). */
    public int addCase(String court, String number, String filed, String closed, ClosingMethod method, int judge,
                       int assistant, int clerk) {
        if (builder == null) builder = new CaseTableBuilder(courts().size());
        return builder.addCase(courtIndex(court), number, CaseNumber.parse(number).type(), day(filed),
                closed == null ? Times.NONE : day(closed), method, CaseCategory.CIVIL_COMMERCIAL, 100_00, -1, judge,
                assistant, clerk);
    }

    public TestProvince step(int row, StepType type, String time) {
        builder.step(row, type, minute(time));
        return this;
    }

    public TestProvince flag(int row, CaseFlag flag) {
        builder.flag(row, flag);
        return this;
    }

    public TestProvince deduction(int row, String from, String to) {
        builder.deduction(row, day(from), day(to));
        return this;
    }

    public TestProvince extension(int row, int days) {
        builder.extension(row, days);
        return this;
    }

    /** A deducted interval with its reason (说明). */
    public TestProvince deduction(int row, String from, String to, String reason) {
        builder.deduction(row, day(from), day(to), reason);
        return this;
    }

    /** An extension recorded as an interval (inclusive days) with its reason. */
    public TestProvince extension(int row, String from, String to, String reason) {
        builder.extension(row, day(to) - day(from) + 1, day(from), day(to), reason);
        return this;
    }

    public TestProvince payment(int row, String arrived, String released, boolean approved, long fen) {
        payments.add(new Object[] {row, minute(arrived), released == null ? Times.NONE : minute(released), approved, fen});
        return this;
    }

    public TestProvince fieldAction(int row, String time, boolean used, boolean archived) {
        fieldActions.add(new Object[] {row, minute(time), used, archived});
        return this;
    }

    public TestProvince override(int row, boolean compliant, String reason) {
        overrides.put(row, new Object[] {compliant, reason});
        return this;
    }

    /** Row in the built table of a builder row (valid after build). */
    public int row(int builderRow) {
        return builder.newRow(builderRow);
    }

    public ProvinceData build() {
        if (builder == null) builder = new CaseTableBuilder(courts().size());
        CaseTable table = builder.build();
        List<Payment> pays = payments.stream().map(p -> new Payment(builder.newRow((int) p[0]), (int) p[1], (int) p[2],
                (boolean) p[3], (long) p[4])).toList();
        List<FieldAction> actions = fieldActions.stream().map(f -> new FieldAction(builder.newRow((int) f[0]),
                (int) f[1], (boolean) f[2], (boolean) f[3])).toList();
        Map<Integer, TerminationOverride> ov = new HashMap<>();
        overrides.forEach((r, o) -> ov.put(builder.newRow(r),
                new TerminationOverride(builder.newRow(r), (boolean) o[0], (String) o[1], "评估组")));
        return new ProvinceData(WorkCalendar.bundled(), courts(), staff, table, pays, actions, petitions, matters,
                compensations, disciplines, evidence, statistics, ov);
    }

    public static int day(String date) {
        return (int) LocalDate.parse(date).toEpochDay();
    }

    public static int minute(String time) {
        LocalDateTime t = Times.parseDateTime(time);
        return Times.minute(t);
    }
}
