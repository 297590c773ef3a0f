package cn.scorecard.core.demo;

import cn.scorecard.core.cases.CaseType;
import cn.scorecard.core.cases.Times;
import java.time.LocalDate;

/**
 * Generates every court's cases in filing order, so that case numbers run with the filing date within a
 * court, year and type, like a real register (立案登记). One draft is reused for all cases.
 */
final class CaseGenerator {
    private static final CaseType[] TYPES = CaseType.values();

    private final Rand rand;
    private final DemoCourts courts;
    private final DemoStaff staff;
    private final DemoSpec spec;
    private final FilingDays filingDays;
    private final ImplementationCases implementation;
    private final OtherCases others;
    private final CaseDraft draft = new CaseDraft();
    private final int cutoffDay;
    private final CaseAssignment assignment;

    CaseGenerator(Rand rand, WorkDays workDays, DemoCourts courts, DemoStaff staff, DemoSpec spec) {
        this.rand = rand;
        this.courts = courts;
        this.staff = staff;
        this.spec = spec;
        this.filingDays = new FilingDays(workDays, LocalDate.of(spec.startYear(), 1, 1), spec.lastFilingDay());
        Clock clock = new Clock(rand, workDays);
        this.implementation = new ImplementationCases(rand, clock);
        this.others = new OtherCases(rand, clock);
        this.cutoffDay = (int) spec.evaluationEnd().toEpochDay();
        // the assignment's own stream: the cases' draws stay as they are
        this.assignment = new CaseAssignment(new Rand(spec.seed()).fork(17), staff, spec);
    }

    /** Receives every case as generated: court by court, in filing order. */
    interface Sink {
        void write(CaseDraft draft, String number, int judge, int assistant, int clerk);
    }

    /** counts[court][type] as given by {@link CaseMix#allocate}. */
    void generate(int[][] counts, Sink sink) {
        for (int c = 0; c < counts.length; c++) courtCases(c, counts[c].clone(), sink);
    }

    private void courtCases(int court, int[] remaining, Sink sink) {
        int left = 0;
        for (int n : remaining) left += n;
        int[] perDay = filingDays.spread(rand, left);
        int[][] sequence = new int[spec.yearCount()][TYPES.length];
        for (int i = 0; i < perDay.length; i++) {
            int day = filingDays.day(i);
            int year = LocalDate.ofEpochDay(day).getYear();
            for (int k = 0; k < perDay[i]; k++) {
                CaseType type = TYPES[drawType(remaining, left--)];
                int seq = ++sequence[year - spec.startYear()][type.ordinal()];
                String number = "（" + year + "）" + courts.casePrefix()[court] + type.code() + seq + "号";
                oneCase(court, type, day, number, sink);
            }
        }
    }

    /** Draws without replacement, so each court gets exactly its allocated count of each type. */
    private int drawType(int[] remaining, int left) {
        int x = rand.index(left);
        for (int t = 0; t < remaining.length; t++) {
            x -= remaining[t];
            if (x < 0) {
                remaining[t]--;
                return t;
            }
        }
        throw new IllegalStateException("no case left to draw");
    }

    private void oneCase(int court, CaseType type, int day, String number, Sink sink) {
        int filedMinute = day * Times.MINUTES_PER_DAY + rand.between(8 * 60 + 30, 17 * 60);
        draft.reset(court, type, courts.quality()[court], day, filedMinute);
        draft.cutoff(cutoffDay);
        if (type.isImplementation()) implementation.generate(draft);
        else if (type == CaseType.PRESERVATION) others.preservation(draft);
        else others.review(draft);
        int drawn = rand.index(staff.teamCount(court));
        int[] chosen = assignment.assign(draft, court, drawn, staff.assistant(court, drawn, day, rand));
        int team = chosen[0];
        sink.write(draft, number, staff.judge(court, team), chosen[1], staff.clerk(court, team));
    }
}
