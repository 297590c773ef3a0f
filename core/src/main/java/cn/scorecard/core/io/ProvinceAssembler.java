package cn.scorecard.core.io;

import cn.scorecard.core.calendar.WorkCalendar;
import cn.scorecard.core.cases.CaseFlag;
import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.CaseTableBuilder;
import cn.scorecard.core.court.Court;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds {@link ProvinceData} from validated rows: natural keys become indexes (courts and staff in the order
 * received), cases go into a {@link CaseTableBuilder} and steps act on them through {@link StepEffects}. The
 * rows must come in dependency order (courts, staff, cases, then what refers to them). Used by
 * {@link DataDirectoryReader} and by the application's database reader, so both build the same data.
 */
public final class ProvinceAssembler implements RecordSink {
    private final Map<LocalDate, Boolean> holidays = new HashMap<>();
    private final List<Court> courts = new ArrayList<>();
    private final Map<String, Integer> courtIndex = new HashMap<>();
    private final List<StaffMember> staff = new ArrayList<>();
    private final Map<String, Integer> staffIndex = new HashMap<>();
    private CaseTableBuilder cases;
    private final List<Payment> payments = new ArrayList<>();
    private final List<FieldAction> fieldActions = new ArrayList<>();
    private final Map<Integer, Rows.Review> reviews = new LinkedHashMap<>();
    private final List<Petition> petitions = new ArrayList<>();
    private final List<Matter> matters = new ArrayList<>();
    private final List<StateCompensation> compensations = new ArrayList<>();
    private final List<Discipline> disciplines = new ArrayList<>();
    private final List<EvidenceRecord> evidence = new ArrayList<>();
    private final List<CourtStatistic> statistics = new ArrayList<>();
    private CaseKeys keys;
    private CaseTable prebuilt;
    private String lastCourt;
    private String lastNumber;
    private int lastRow;

    @Override
    public void holiday(Rows.Holiday h) {
        holidays.put(h.day(), h.off());
    }

    @Override
    public void court(Court c) {
        if (cases != null) throw new IllegalStateException("法院须在案件之前载入: " + c.code());
        courtIndex.put(c.code(), courts.size());
        courts.add(c);
    }

    @Override
    public void staff(Rows.Staff s) {
        staffIndex.put(s.id(), staff.size());
        staff.add(new StaffMember(s.id(), s.name(), court(s.court()), s.role(), s.team(), s.birthDate(),
                s.politicalEstablishment(), s.enforcementBureau(), s.joined(), s.left()));
    }

    @Override
    public void caseRow(Rows.Case c) {
        int row = builder().addCase(court(c.court()), c.number(), c.type(), c.filedDay(), c.closedDay(), c.method(),
                c.category(), c.appliedFen(), c.deliveredFen(), person(c.judge()), person(c.assistant()),
                person(c.clerk()));
        if (c.whereaboutsUnknown()) cases.flag(row, CaseFlag.WHEREABOUTS_UNKNOWN);
        if (c.dishonestNotApplicable()) cases.flag(row, CaseFlag.DISHONEST_NOT_APPLICABLE);
        if (c.outsideSystem()) cases.flag(row, CaseFlag.OUTSIDE_SYSTEM);
    }

    @Override
    public void step(Rows.Step s) {
        StepEffects.apply(builder(), caseRow(s.court(), s.number()), s, payments, fieldActions);
    }

    @Override
    public void review(Rows.Review r) {
        reviews.put(caseRow(r.court(), r.number()), r);
    }

    @Override
    public void petition(Rows.Petition p) {
        petitions.add(new Petition(p.id(), court(p.court()), p.caseNumber(), p.registeredDay(), p.source(),
                p.toBeijing(), p.concludedDay(), p.resolved(), p.causedByMisconduct(), person(p.staff())));
    }

    @Override
    public void matter(Rows.Matter m) {
        matters.add(new Matter(m.id(), court(m.court()), m.type(), m.receivedDay(), m.deadlineDay(), m.doneDay(),
                m.caseNumber(), person(m.staff())));
    }

    @Override
    public void compensation(Rows.Compensation c) {
        compensations.add(new StateCompensation(court(c.court()), c.caseNumber(), c.decidedDay(),
                c.causedByEnforcement(), person(c.staff())));
    }

    @Override
    public void discipline(Rows.Discipline d) {
        disciplines.add(new Discipline(court(d.court()), person(d.staff()), d.day(), d.kind(), d.causedByEnforcement()));
    }

    @Override
    public void evidence(Rows.Evidence e) {
        evidence.add(new EvidenceRecord(court(e.court()), e.year(), e.indicatorCode(), e.status(), e.count(),
                e.partialScore(), e.reason(), e.attachment()));
    }

    @Override
    public void statistic(Rows.Statistic s) {
        statistics.add(new CourtStatistic(court(s.court()), s.year(), s.item(), s.value(), s.source()));
    }

    /** The data; case references move from builder rows to table rows. */
    public ProvinceData build() {
        CaseTableBuilder b = builder();
        CaseTable table = prebuilt != null ? prebuilt : b.build();
        java.util.function.IntUnaryOperator moved = prebuilt != null ? row -> row : b::newRow;
        List<Payment> movedPayments = new ArrayList<>(payments.size());
        for (Payment p : payments) {
            movedPayments.add(prebuilt != null ? p : new Payment(moved.applyAsInt(p.caseRow()), p.arrivedMinute(),
                    p.releasedMinute(), p.lateApproved(), p.amountFen()));
        }
        List<FieldAction> movedActions = new ArrayList<>(fieldActions.size());
        for (FieldAction f : fieldActions) {
            movedActions.add(prebuilt != null ? f
                    : new FieldAction(moved.applyAsInt(f.caseRow()), f.minute(), f.recorderUsed(), f.archived()));
        }
        Map<Integer, TerminationOverride> overrides = new HashMap<>();
        reviews.forEach((row, r) -> overrides.put(moved.applyAsInt(row),
                new TerminationOverride(moved.applyAsInt(row), r.compliant(), r.reason(), r.assessor())));
        WorkCalendar calendar = holidays.isEmpty() ? WorkCalendar.bundled() : WorkCalendar.bundled().with(holidays);
        return new ProvinceData(calendar, new Courts(courts), List.copyOf(staff), table, List.copyOf(movedPayments),
                List.copyOf(movedActions), List.copyOf(petitions), List.copyOf(matters), List.copyOf(compensations),
                List.copyOf(disciplines), List.copyOf(evidence), List.copyOf(statistics), Map.copyOf(overrides));
    }

    /** The fast readers' access: the case builder, the indexes of courts and staff, the payment and action rows. */
    CaseTableBuilder cases() {
        return builder();
    }

    Map<String, Integer> courtIndex() {
        return courtIndex;
    }

    Map<String, Integer> staffIndex() {
        return staffIndex;
    }

    List<Payment> paymentRows() {
        return payments;
    }

    List<FieldAction> fieldActionRows() {
        return fieldActions;
    }

    /**
     * The cases, payments and field actions already built ({@link BuiltCases}, e.g. of a snapshot: rows are table rows),
     * given after the courts and staff they refer to; the other records refer to the cases through their keys.
     */
    public void prebuilt(BuiltCases built) {
        prebuilt = built.table;
        payments.addAll(built.payments);
        fieldActions.addAll(built.actions);
        keys = built.keys;
    }

    /** Cases added by numeric key ({@link FastCaseFile}): later references to them are resolved through it. */
    void keyedBy(CaseKeys keys) {
        this.keys = keys;
    }

    private CaseTableBuilder builder() {
        if (cases == null) cases = new CaseTableBuilder(courts.size());
        return cases;
    }

    private int court(String code) {
        Integer i = courtIndex.get(code);
        if (i == null) throw new IllegalStateException("未知的法院: " + code);
        return i;
    }

    private int person(String id) {
        if (id == null) return -1;
        Integer i = staffIndex.get(id);
        if (i == null) throw new IllegalStateException("未知的人员: " + id);
        return i;
    }

    private int caseRow(String court, String number) {
        if (court.equals(lastCourt) && number.equals(lastNumber)) return lastRow;
        int row = builder().rowOf(court(court), number);
        if (row < 0 && keys != null) row = keys.get(keys.key(court(court), number)) >> 1;
        if (row < 0) throw new IllegalStateException("未知的案件: " + court + " " + number);
        lastCourt = court;
        lastNumber = number;
        lastRow = row;
        return row;
    }
}
