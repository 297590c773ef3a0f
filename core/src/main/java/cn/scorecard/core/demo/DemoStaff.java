package cn.scorecard.core.demo;

import cn.scorecard.core.data.StaffMember;
import java.util.List;

/**
 * The roster and the implementation teams (执行团队) of every court. A team is one judge, one clerk and
 * one or more assistants; an assistant who joined mid-span only takes cases filed after joining.
 *
 * @param teams per court, per team: {judge, clerk, assistant...} as staff indexes
 * @param joinedDay per staff index, the epoch day of joining, or Integer.MIN_VALUE
 */
record DemoStaff(List<StaffMember> members, int[][][] teams, int[] joinedDay) {
    int teamCount(int court) {
        return teams[court].length;
    }

    int judge(int court, int team) {
        return teams[court][team][0];
    }

    int clerk(int court, int team) {
        return teams[court][team][1];
    }

    /** An assistant of the team in post on {@code day}, or -1 when none. */
    int assistant(int court, int team, int day, Rand rand) {
        int[] t = teams[court][team];
        int start = 2 + rand.index(t.length - 2);
        for (int k = 0; k < t.length - 2; k++) {
            int a = t[2 + (start - 2 + k) % (t.length - 2)];
            if (joinedDay[a] <= day) return a;
        }
        return -1;
    }
}
