package cn.scorecard.core.staff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Team results: the mean of the members' scores (vetoed members have none), ranked within each court. Public so
 * that a result version with objection adjustments (异议复核) gets its teams by the same rule.
 */
public final class Teams {
    private Teams() {
    }

    public static List<TeamResult> of(List<PersonResult> people) {
        Map<String, List<PersonResult>> byTeam = new LinkedHashMap<>();
        for (PersonResult p : people) {
            if (p.team() == null || p.team().isBlank()) continue;
            byTeam.computeIfAbsent(p.court() + "|" + p.team(), k -> new ArrayList<>()).add(p);
        }
        List<TeamResult> unranked = new ArrayList<>();
        for (List<PersonResult> members : byTeam.values()) {
            double sum = 0;
            int scored = 0;
            for (PersonResult m : members) {
                if (m.total() != null) {
                    sum += m.total();
                    scored++;
                }
            }
            PersonResult first = members.get(0);
            unranked.add(new TeamResult(first.court(), first.team(), members.size(), scored,
                    scored == 0 ? null : Points.round(sum / scored), null));
        }
        Map<Integer, List<Integer>> byCourt = new LinkedHashMap<>();
        for (int i = 0; i < unranked.size(); i++) byCourt.computeIfAbsent(unranked.get(i).court(), k -> new ArrayList<>()).add(i);
        List<TeamResult> out = new ArrayList<>(unranked);
        for (List<Integer> court : byCourt.values()) {
            Integer[] ranks = Ranking.ranks(court, i -> unranked.get(i).mean());
            for (int k = 0; k < court.size(); k++) {
                TeamResult t = unranked.get(court.get(k));
                out.set(court.get(k), new TeamResult(t.court(), t.team(), t.members(), t.scoredMembers(), t.mean(), ranks[k]));
            }
        }
        return out;
    }
}
