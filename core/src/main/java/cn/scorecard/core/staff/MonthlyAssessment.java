package cn.scorecard.core.staff;

import java.time.YearMonth;
import java.util.List;

/** The assessment of every person and team for a month under one rule set. */
public record MonthlyAssessment(YearMonth month, String ruleSetVersion, List<PersonResult> people,
                                List<TeamResult> teams, List<Interview> interviews) {
    public MonthlyAssessment {
        people = List.copyOf(people);
        teams = List.copyOf(teams);
        interviews = List.copyOf(interviews);
    }

    /** The result of a person by 人员编号, or null when not assessed this month. */
    public PersonResult person(String staffId) {
        for (PersonResult p : people) {
            if (p.staffId().equals(staffId)) return p;
        }
        return null;
    }

    public TeamResult team(int court, String team) {
        for (TeamResult t : teams) {
            if (t.court() == court && t.team().equals(team)) return t;
        }
        return null;
    }

    /** People under accountability (问责) this month. */
    public List<PersonResult> accountable() {
        return people.stream().filter(PersonResult::accountability).toList();
    }
}
