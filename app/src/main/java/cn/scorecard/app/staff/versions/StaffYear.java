package cn.scorecard.app.staff.versions;

import cn.scorecard.app.staff.StaffSnapshot;
import cn.scorecard.app.staff.StaffSnapshot.Person;
import cn.scorecard.app.staff.StaffSnapshot.Team;
import cn.scorecard.app.web.Messages;
import cn.scorecard.core.staff.Points;
import cn.scorecard.core.staff.Ranking;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The year so far: a person's months (for the person page and the trend chart) and the year-to-date ranking,
 * the mean of the published monthly totals (五.1 排名 over the months published so far).
 */
@Service
public class StaffYear {
    private final StaffMonths months;

    StaffYear(StaffMonths months) {
        this.months = months;
    }

    /** One month of a person's year and where it comes from. */
    public record Month(YearMonth month, Person person, StaffMonths.Shown shown) {
        public String source() {
            return shown.run() == null ? Messages.text("staffRuns.label.unpublished")
                    : Messages.text("staffRuns.label.versionStatus", String.valueOf(shown.run().versionNo()), shown.run().statusLabel());
        }
    }

    /** The person's months of the year up to {@code upTo}: published only, or (for managers) as {@link StaffMonths#current}. */
    public List<Month> person(String court, String staffId, YearMonth upTo, boolean publishedOnly) {
        List<Month> out = new ArrayList<>();
        for (int m = 1; m <= upTo.getMonthValue(); m++) {
            YearMonth month = YearMonth.of(upTo.getYear(), m);
            StaffMonths.Shown shown = publishedOnly ? months.published(court, month).orElse(null) : months.current(court, month);
            if (shown == null) continue;
            shown.snapshot().person(staffId).ifPresent(p -> out.add(new Month(month, p, shown)));
        }
        return out;
    }

    /** A person's year to date: mean of the published totals (vetoed months have none and are left out). */
    public record PersonRow(String id, String name, String role, String team, Double mean, int months, int fails,
                            Integer rank) {
    }

    public record TeamRow(String team, Double mean, int months, Integer rank) {
    }

    public record YearToDate(YearMonth upTo, List<YearMonth> publishedMonths, List<PersonRow> people, List<TeamRow> teams) {
    }

    public YearToDate yearToDate(String court, YearMonth upTo) {
        List<YearMonth> published = new ArrayList<>();
        Map<String, List<Person>> byPerson = new LinkedHashMap<>();
        Map<String, List<Double>> teamMeans = new LinkedHashMap<>();
        for (int m = 1; m <= upTo.getMonthValue(); m++) {
            YearMonth month = YearMonth.of(upTo.getYear(), m);
            var shown = months.published(court, month);
            if (shown.isEmpty()) continue;
            published.add(month);
            StaffSnapshot s = shown.get().snapshot();
            s.people().forEach(p -> byPerson.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(p));
            for (Team t : s.teams()) if (t.mean() != null) teamMeans.computeIfAbsent(t.team(), k -> new ArrayList<>()).add(t.mean());
        }
        List<PersonRow> rows = new ArrayList<>();
        byPerson.forEach((id, list) -> {
            Person last = list.get(list.size() - 1);
            List<Double> totals = list.stream().map(Person::total).filter(t -> t != null).toList();
            Double mean = totals.isEmpty() ? null : Points.round(totals.stream().mapToDouble(Double::doubleValue).average().orElse(0));
            int fails = (int) list.stream().filter(Person::failed).count();
            rows.add(new PersonRow(id, last.name(), last.role(), last.team(), mean, totals.size(), fails, null));
        });
        List<PersonRow> ranked = rank(rows);
        List<TeamRow> teams = new ArrayList<>();
        teamMeans.forEach((team, means) -> teams.add(new TeamRow(team,
                Points.round(means.stream().mapToDouble(Double::doubleValue).average().orElse(0)), means.size(), null)));
        Integer[] teamRanks = Ranking.ranks(teams, TeamRow::mean);
        List<TeamRow> rankedTeams = new ArrayList<>();
        for (int i = 0; i < teams.size(); i++) {
            TeamRow t = teams.get(i);
            rankedTeams.add(new TeamRow(t.team(), t.mean(), t.months(), teamRanks[i]));
        }
        rankedTeams.sort(Comparator.comparing((TeamRow t) -> t.rank() == null ? Integer.MAX_VALUE : t.rank()).thenComparing(TeamRow::team));
        return new YearToDate(upTo, published, ranked, rankedTeams);
    }

    /** Ranked within the role, ties sharing a rank; by role, then rank. */
    private static List<PersonRow> rank(List<PersonRow> rows) {
        Map<String, List<PersonRow>> byRole = new LinkedHashMap<>();
        rows.forEach(r -> byRole.computeIfAbsent(r.role(), k -> new ArrayList<>()).add(r));
        List<PersonRow> out = new ArrayList<>();
        byRole.forEach((role, list) -> {
            Integer[] ranks = Ranking.ranks(list, PersonRow::mean);
            for (int i = 0; i < list.size(); i++) {
                PersonRow r = list.get(i);
                out.add(new PersonRow(r.id(), r.name(), r.role(), r.team(), r.mean(), r.months(), r.fails(), ranks[i]));
            }
        });
        out.sort(Comparator.comparingInt((PersonRow r) -> StaffSnapshot.roleOrder(r.role()))
                .thenComparing(r -> r.rank() == null ? Integer.MAX_VALUE : r.rank()).thenComparing(PersonRow::id));
        return out;
    }
}
