package cn.scorecard.core.demo;

import cn.scorecard.core.cases.CaseFlag;
import cn.scorecard.core.cases.ClosingMethod;
import cn.scorecard.core.cases.StepType;
import cn.scorecard.core.cases.Times;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.data.Discipline;
import cn.scorecard.core.data.StateCompensation;
import cn.scorecard.core.data.TerminationOverride;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rare records of the whole province: two state compensations caused by enforcement (国家赔偿), one
 * disciplinary sanction (违法违纪), and two assessor overrides of the automatic 终本 check — one accepting
 * a 终本 that lacks the 失信 listing, one rejecting a 终本 that looks complete.
 */
final class OversightGenerator {
    private static final String ASSESSOR = "省法院第三方评估组";

    private final Rand rand;
    private final DemoSpec spec;

    OversightGenerator(Rand rand, DemoSpec spec) {
        this.rand = rand;
        this.spec = spec;
    }

    List<StateCompensation> compensations(DemoCourts courts, DemoStaff staff) {
        List<StateCompensation> out = new ArrayList<>();
        int previous = -1;
        for (int i = 0; i < 2; i++) {
            int court = randomBasicCourt(courts);
            while (court == previous && courts.count() > 3) court = randomBasicCourt(courts);
            previous = court;
            int day = randomDay();
            String number = "（" + Times.date(day).getYear() + "）" + courts.casePrefix()[court] + "法赔" + (i + 1) + "号";
            int officer = staff.judge(court, rand.index(staff.teamCount(court)));
            out.add(new StateCompensation(court, number, day, true, officer));
        }
        return out;
    }

    List<Discipline> disciplines(DemoCourts courts, DemoStaff staff) {
        int court = randomBasicCourt(courts);
        int officer = staff.judge(court, rand.index(staff.teamCount(court)));
        return List.of(new Discipline(court, officer, randomDay(), "党纪处分", true));
    }

    /**
     * Finds the two overridden 终本 cases as the cases are generated: the first closed 终本 without a 失信 listing
     * (accepted by the assessors) and the first with one (rejected), from a random case in the first half of the
     * province's cases on. Draw it after the compensations and the discipline.
     */
    OverrideFinder overrides(int caseCount) {
        return new OverrideFinder(caseCount == 0 ? 0 : rand.index(Math.max(1, caseCount / 2)));
    }

    static final class OverrideFinder {
        private final int start;
        private int index;
        private boolean accepted;
        private boolean rejected;

        private OverrideFinder(int start) {
            this.start = start;
        }

        /** The override of the next generated case (by its builder row), or null. */
        TerminationOverride observe(CaseDraft d, int row) {
            if (index++ < start || !d.closesByCutoff() || d.method != ClosingMethod.TERMINATED_THIS_ROUND) return null;
            boolean listed = d.step(StepType.DISHONEST_LISTED) != Times.NONE || d.has(CaseFlag.DISHONEST_NOT_APPLICABLE);
            if (!listed && !accepted) {
                accepted = true;
                return new TerminationOverride(row, true, "被执行人已在他案中纳入失信名单，经复核终本程序合规", ASSESSOR);
            }
            if (listed && !rejected) {
                rejected = true;
                return new TerminationOverride(row, false, "申请人提供的不动产线索未予核查，不符合终本条件", ASSESSOR);
            }
            return null;
        }
    }

    private int randomBasicCourt(DemoCourts courts) {
        int court;
        do {
            court = rand.index(courts.count());
        } while (courts.level(court) != CourtLevel.BASIC);
        return court;
    }

    private int randomDay() {
        int first = Times.day(LocalDate.of(spec.startYear(), 1, 1));
        return rand.between(first, Times.day(spec.evaluationEnd()));
    }
}
