package cn.scorecard.core.staff;

import cn.scorecard.core.calendar.WorkCalendar;
import cn.scorecard.core.cases.CaseCategory;
import cn.scorecard.core.cases.CaseTableBuilder;
import cn.scorecard.core.cases.CaseType;
import cn.scorecard.core.cases.ClosingMethod;
import cn.scorecard.core.cases.StepType;
import cn.scorecard.core.cases.Times;
import cn.scorecard.core.court.Court;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.court.Courts;
import cn.scorecard.core.data.Discipline;
import cn.scorecard.core.data.Matter;
import cn.scorecard.core.data.Petition;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.data.StaffMember;
import cn.scorecard.core.data.StaffRole;
import cn.scorecard.core.data.StateCompensation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A small data set built by hand: two basic courts, staff, cases with steps, petitions and matters. */
final class StaffFixture {
    static final WorkCalendar CALENDAR = WorkCalendar.bundled();
    static final StaffRuleSet RULES = StaffRuleSets.bundled();

    final List<StaffMember> staff = new ArrayList<>();
    final CaseTableBuilder cases = new CaseTableBuilder(2);
    final List<Petition> petitions = new ArrayList<>();
    final List<Matter> matters = new ArrayList<>();
    final List<StateCompensation> compensations = new ArrayList<>();
    final List<Discipline> disciplines = new ArrayList<>();
    private int caseSequence;

    int person(String id, StaffRole role, String team) {
        return person(id, role, team, 0, null, null);
    }

    int person(String id, StaffRole role, String team, int court, LocalDate joined, LocalDate left) {
        staff.add(new StaffMember(id, "姓名" + id, court, role, team, null, true, true, joined, left));
        return staff.size() - 1;
    }

    /** A case of court 0; closed null = open. Returns the builder row. */
    int addCase(CaseType type, String filed, String closed, ClosingMethod method, int judge, int assistant, int clerk) {
        String number = "（2023）豫1302" + type.code() + (++caseSequence) + "号";
        return cases.addCase(0, number, type, day(filed), closed == null ? Times.NONE : day(closed),
                closed == null ? null : method, CaseCategory.CIVIL_COMMERCIAL, 100_00, 0, judge, assistant, clerk);
    }

    int openCase(String filed, int judge) {
        return addCase(CaseType.FIRST_ENFORCEMENT, filed, null, null, judge, -1, -1);
    }

    int closedCase(String filed, String closed, int judge) {
        return addCase(CaseType.FIRST_ENFORCEMENT, filed, closed, ClosingMethod.FULFILLED, judge, -1, -1);
    }

    void step(int row, StepType step, String day) {
        cases.step(row, step, Times.day(LocalDate.parse(day)) * Times.MINUTES_PER_DAY + 9 * 60);
    }

    /** Every step the 终本 check requires, on the given day (the three-month condition is the case's age). */
    void terminationSteps(int row, String day) {
        terminationStepsExcept(row, day, null);
    }

    void terminationStepsExcept(int row, String day, StepType missing) {
        for (StepType s : List.of(StepType.EXECUTION_NOTICE, StepType.PROPERTY_REPORT_ORDER,
                StepType.CONSUMPTION_RESTRICTION, StepType.DISHONEST_LISTED, StepType.ONLINE_SEARCH_START,
                StepType.TRADITIONAL_SEARCH, StepType.APPLICANT_INFORMED)) {
            if (s != missing) step(row, s, day);
        }
    }

    void petition(String id, int staffIndex, String registered, boolean toBeijing, String concluded, boolean resolved,
                  boolean misconduct) {
        petitions.add(new Petition(id, 0, null, day(registered), null, toBeijing,
                concluded == null ? Times.NONE : day(concluded), resolved, misconduct, staffIndex));
    }

    ProvinceData data() {
        Courts courts = new Courts(List.of(new Court("R1", "宛城区人民法院", CourtLevel.BASIC, null, false, false),
                new Court("R2", "卧龙区人民法院", CourtLevel.BASIC, null, false, false)));
        return new ProvinceData(CALENDAR, courts, staff, cases.build(), List.of(), List.of(), petitions, matters,
                compensations, disciplines, List.of(), List.of(), Map.of());
    }

    StaffAssessor assessor(StaffInputs inputs) {
        return new StaffAssessor(data(), RULES, inputs);
    }

    MonthlyAssessment assess(String month, StaffInputs inputs) {
        return assessor(inputs).assess(YearMonth.parse(month));
    }

    static int day(String date) {
        return Times.day(LocalDate.parse(date));
    }

    static StaffInputs.Incident incident(String id, int staffIndex, String day, String kind, int count) {
        return new StaffInputs.Incident(id, staffIndex, LocalDate.parse(day), RULES.deductionKind(kind).code(), null,
                count, "", "考核组");
    }

    static StaffInputs incidents(StaffInputs.Incident... incidents) {
        return new StaffInputs(List.of(incidents), List.of(), List.of(), List.of());
    }

    static StaffInputs quotas(StaffInputs.ClosureQuota... quotas) {
        return new StaffInputs(List.of(), List.of(quotas), List.of(), List.of());
    }
}
