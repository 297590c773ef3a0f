package cn.scorecard.core.demo;

import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.data.StaffMember;
import cn.scorecard.core.data.StaffRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Staff of every enforcement bureau in teams of one judge (员额法官), one or two assistants (法官助理, 1.2
 * per judge on average) and one clerk (书记员). The number of teams follows the caseload. Judges and most
 * assistants hold a central political-legal establishment (中央政法编制), clerks mostly do not. Each court
 * has its own share of officers over 50, so that some courts miss the age-structure target.
 */
final class StaffGenerator {
    private static final int CASES_PER_JUDGE_YEAR = 350;
    private static final int MAX_TEAMS = 80;

    private final Rand rand;
    private final List<StaffMember> members = new ArrayList<>();
    private final List<Integer> joined = new ArrayList<>();
    private LocalDate reference;

    StaffGenerator(Rand rand) {
        this.rand = rand;
    }

    DemoStaff generate(DemoCourts courts, int[] casesPerCourt, DemoSpec spec) {
        reference = spec.evaluationEnd();
        int[][][] teams = new int[courts.count()][][];
        for (int c = 0; c < courts.count(); c++) {
            int perYear = casesPerCourt[c] / spec.yearCount();
            int min = courts.level(c) == CourtLevel.BASIC ? 3 : 2;
            int n = Math.max(min, Math.min(MAX_TEAMS, Math.round(perYear / (float) CASES_PER_JUDGE_YEAR)));
            teams[c] = courtTeams(courts, c, n, spec);
            addSupportStaff(courts, c);
        }
        int[] joinedDay = joined.stream().mapToInt(Integer::intValue).toArray();
        return new DemoStaff(List.copyOf(members), teams, joinedDay);
    }

    private int[][] courtTeams(DemoCourts courts, int court, int n, DemoSpec spec) {
        double older = 0.08 + 0.24 * rand.unit();
        int[][] teams = new int[n][];
        for (int t = 0; t < n; t++) {
            String team = "执行第" + (t + 1) + "团队";
            int judge = add(courts, court, StaffRole.JUDGE, team, age(older, 30, 50), true, null);
            int clerk = add(courts, court, StaffRole.CLERK, team, age(older / 4, 24, 40), rand.chance(0.15), null);
            int first = add(courts, court, StaffRole.ASSISTANT, team, age(older / 2, 24, 45), rand.chance(0.85), null);
            if (rand.chance(0.2)) {
                LocalDate join = rand.chance(0.3) ? joinDay(spec) : null;
                int second = add(courts, court, StaffRole.ASSISTANT, team, age(older / 2, 24, 45), rand.chance(0.85),
                        join);
                teams[t] = new int[] {judge, clerk, first, second};
            } else {
                teams[t] = new int[] {judge, clerk, first};
            }
        }
        return teams;
    }

    /** 内勤 and technical support (指挥中心技术保障人员), outside the teams. */
    private void addSupportStaff(DemoCourts courts, int court) {
        int n = rand.between(1, 2);
        for (int i = 0; i < n; i++) add(courts, court, StaffRole.OTHER, null, age(0.1, 24, 45), rand.chance(0.5), null);
    }

    /** Age at the evaluation end: over 50 (51–58) with probability {@code olderShare}. */
    private int age(double olderShare, int youngFrom, int youngTo) {
        return rand.chance(olderShare) ? rand.between(51, 58) : rand.between(youngFrom, youngTo);
    }

    private LocalDate joinDay(DemoSpec spec) {
        LocalDate from = LocalDate.of(spec.startYear(), 3, 1);
        int span = (int) (spec.evaluationEnd().toEpochDay() - from.toEpochDay()) - 60;
        return from.plusDays(rand.between(0, Math.max(0, span)));
    }

    private int add(DemoCourts courts, int court, StaffRole role, String team, int age, boolean political,
                    LocalDate joinedOn) {
        int index = members.size();
        String id = courts.code(court) + "-" + String.format("%03d", countAt(court) + 1);
        LocalDate birth = reference.minusYears(age).minusDays(rand.between(0, 364));
        boolean isPolitical = political || role == StaffRole.JUDGE;
        members.add(new StaffMember(id, PersonNames.next(rand), court, role, team, birth, isPolitical, true,
                joinedOn, null));
        joined.add(joinedOn == null ? Integer.MIN_VALUE : (int) joinedOn.toEpochDay());
        return index;
    }

    private int countAt(int court) {
        int n = 0;
        for (int i = members.size() - 1; i >= 0 && members.get(i).court() == court; i--) n++;
        return n;
    }
}
