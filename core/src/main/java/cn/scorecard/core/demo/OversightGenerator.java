package cn.scorecard.core.demo;

import cn.scorecard.core.cases.CaseFlag;
import cn.scorecard.core.cases.CaseTable;
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
import java.util.Map;
import java.util.TreeMap;

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

    /** Keyed by case row; a TreeMap so that iteration order does not depend on hashing. */
    Map<Integer, TerminationOverride> overrides(CaseTable cases) {
        Map<Integer, TerminationOverride> out = new TreeMap<>();
        int start = cases.size() == 0 ? 0 : rand.index(cases.size());
        int accepted = -1;
        int rejected = -1;
        for (int k = 0; k < cases.size() && (accepted < 0 || rejected < 0); k++) {
            int r = (start + k) % cases.size();
            if (cases.method(r) != ClosingMethod.TERMINATED_THIS_ROUND) continue;
            boolean listed = cases.hasStep(r, StepType.DISHONEST_LISTED)
                    || cases.has(r, CaseFlag.DISHONEST_NOT_APPLICABLE);
            if (!listed && accepted < 0) accepted = r;
            if (listed && rejected < 0) rejected = r;
        }
        if (accepted >= 0) {
            out.put(accepted, new TerminationOverride(accepted, true,
                    "被执行人已在他案中纳入失信名单，经复核终本程序合规", ASSESSOR));
        }
        if (rejected >= 0) {
            out.put(rejected, new TerminationOverride(rejected, false,
                    "申请人提供的不动产线索未予核查，不符合终本条件", ASSESSOR));
        }
        return out;
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
